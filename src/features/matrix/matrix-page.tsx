import { navigateTo, opportunityPath } from '../../url-state/location.ts'
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import { buildMatrixModel, withWeight, type MatrixRow } from './model/matrix-model.ts'
import { toggleTheme } from './model/theme-toggle.ts'
import { resolveText, type LocalizedText } from '../../domain/format/localized-text.ts'
import { themeStyles, UNKNOWN_THEME_STYLE } from '../../ui/theme-style.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { LoadStatus } from '../../ui/load-status.tsx'
import { Localized } from '../../ui/localized.tsx'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { SIZE_MEASURES, type SizeMeasure } from '../../url-state/view-state.ts'
import { useFilteredData, type FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { DEFAULT_SIZE_MEASURE } from './model/bubble-size.ts'
import { matrixCatalog } from './matrix-catalog.ts'
import { MatrixFigure } from './matrix-figure.tsx'
import { MatrixTable } from './matrix-table.tsx'
import { RankList } from './rank-list.tsx'
import { UnscoredList } from './unscored-list.tsx'
import { sameWeights, useStable } from '../../ui/use-stable.ts'
import { WeightSliders } from './weight-sliders.tsx'
import './matrix.css'

/**
 * The prioritisation matrix (/matrix): impact against feasibility with what-if weights,
 * for the leadership forum's big screen and the steering group's "what if?".
 */
export function MatrixPage() {
  const t = useFeatureTranslate(matrixCatalog)
  const { data, load, state, positions } = useFilteredData()
  return (
    <div className="matrix-page">
      <h1>{t('heading')}</h1>
      {data ? (
        <MatrixView data={data} state={state} positions={positions} />
      ) : (
        <LoadStatus load={load} />
      )}
    </div>
  )
}

const NO_POSITIONS: readonly number[] = []

function MatrixView({ data, state, positions }: FilteredViewProps) {
  const t = useFeatureTranslate(matrixCatalog)
  const lang = useLanguage()
  const locale = useLocale()
  const setViewState = useSetViewState()
  const sizeId = useId()
  const dl = data.dataset.defaultLanguage

  // A slider's change is drawn at once from a draft, without waiting for the router; the URL
  // follows (replacing the entry) and, once it says the same, the draft goes. A new set of
  // opportunities (the first data, a filter) is drawn as a deferred render, which React splits
  // into several tasks, so the page stays responsive at 100 000 opportunities.
  const [draft, setDraft] = useState<Record<string, number> | null>(null)
  // The draft lives only until the URL says the same (a few milliseconds).
  if (draft && sameWeights(draft, state.weights)) setDraft(null)
  const weights = useStable(draft ?? state.weights, sameWeights)
  const shownWeights = weights
  const shownPositions = useDeferredValue(positions, NO_POSITIONS)
  const pending = shownPositions !== positions
  const model = useMemo(
    () =>
      buildMatrixModel(
        {
          opportunities: data.opportunities,
          criteria: data.criteria,
          normalisedScores: data.normalisedScores,
          exportScores: data.scores,
        },
        shownPositions,
        shownWeights,
      ),
    [data, shownPositions, shownWeights],
  )
  const styles = useMemo(() => themeStyles(data.themes), [data.themes])
  // Per opportunity once per dataset, so a weight change only picks them out.
  const styleByPosition = useMemo(
    () => data.opportunities.map((o) => styles.get(o.record.theme) ?? UNKNOWN_THEME_STYLE),
    [styles, data],
  )
  const rowStyles = useMemo(
    () => model.placed.map((r) => styleByPosition[r.position] ?? UNKNOWN_THEME_STYLE),
    [model.placed, styleByPosition],
  )
  const text = useCallback(
    (value: LocalizedText | undefined, fallback: string) =>
      resolveText(value, lang, dl)?.text ?? fallback,
    [lang, dl],
  )
  const titleOf = useCallback(
    (row: MatrixRow) => text(data.opportunities[row.position]?.record.title, row.id),
    [data, text],
  )
  const themeName = useCallback(
    (id: string) => text(data.themeById.get(id)?.name, id),
    [data, text],
  )
  const themeOf = useCallback(
    (row: MatrixRow) => themeName(data.opportunities[row.position]?.record.theme ?? ''),
    [data, themeName],
  )
  const criteriaOf = useCallback(
    (axis: 'impact' | 'feasibility') =>
      data.criteria
        .filter((c) => c.axis === axis)
        .map((c) => text(c.name, c.id))
        .join(' · '),
    [data, text],
  )
  const titleNode = useCallback(
    (row: MatrixRow) => (
      <Localized value={data.opportunities[row.position]?.record.title} defaultLanguage={dl} />
    ),
    [data, dl],
  )
  const themeNode = useCallback(
    (row: MatrixRow) => (
      <Localized
        value={data.themeById.get(data.opportunities[row.position]?.record.theme ?? '')?.name}
        defaultLanguage={dl}
        hint={false}
      />
    ),
    [data, dl],
  )
  const onOpen = useCallback((id: string) => navigateTo(opportunityPath(id)), [])
  const allThemeIds = useMemo(() => data.themes.map((th) => th.id), [data.themes])
  const onToggleTheme = useCallback(
    (id: string) => setViewState((s) => ({ themes: toggleTheme(s.themes, allThemeIds, id) })),
    [setViewState, allThemeIds],
  )

  const tableRows = useMemo(
    () =>
      [...model.placed, ...model.unscored].sort(
        (a, b) =>
          (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
          a.position - b.position,
      ),
    [model],
  )

  const measure: SizeMeasure = state.size ?? DEFAULT_SIZE_MEASURE
  const table = state.show === 'table'
  const showToggle = (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => setViewState({ show: table ? null : 'table' })}
    >
      {t(table ? 'show.chart' : 'show.table')}
    </button>
  )
  const sizeSelect = (
    <div className="matrix-size">
      <label htmlFor={sizeId}>{t('size.label')}</label>
      <select
        id={sizeId}
        value={measure}
        onChange={(e) => {
          const size = e.currentTarget.value as SizeMeasure
          setViewState({ size: size === DEFAULT_SIZE_MEASURE ? null : size })
        }}
      >
        {SIZE_MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`size.${m}`)}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <>
      <p className="matrix-intro">{t('intro')}</p>
      <div className="matrix-layout">
        <WeightSliders
          criteria={data.criteria}
          weights={data.criteria.map((c) => weights[c.id] ?? c.weight)}
          hasOverrides={Object.keys(weights).length > 0}
          onChange={(id, w) => {
            const next = withWeight(data.criteria, weights, id, w)
            setDraft(next)
            setViewState({ weights: next }, { replace: true })
          }}
          onReset={() => {
            setDraft(null)
            setViewState({ weights: {} })
          }}
          equalWeightCount={model.equalWeightCount}
          defaultLanguage={dl}
          locale={locale}
          t={t}
        />
        <div className="matrix-main">
          {table ? (
            <>
              <div className="matrix-toolbar">{showToggle}</div>
              <MatrixTable
                rows={tableRows}
                titleNode={titleNode}
                themeNode={themeNode}
                locale={locale}
                t={t}
              />
            </>
          ) : (
            <MatrixFigure
              data={data}
              rows={model.placed}
              pending={pending}
              rowStyles={rowStyles}
              styles={styles}
              measure={measure}
              selectedThemes={state.themes}
              onToggleTheme={onToggleTheme}
              titleOf={titleOf}
              themeOf={themeOf}
              themeName={themeName}
              criteriaOf={criteriaOf}
              onOpen={onOpen}
              toolbarStart={
                <>
                  {sizeSelect}
                  {showToggle}
                </>
              }
              locale={locale}
              t={t}
            />
          )}
        </div>
        <div className="matrix-side">
          <RankList
            rows={model.ranked}
            titleNode={titleNode}
            showChange={Object.keys(shownWeights).length > 0}
            t={t}
          />
          <UnscoredList rows={model.unscored} titleNode={titleNode} t={t} />
        </div>
      </div>
    </>
  )
}
