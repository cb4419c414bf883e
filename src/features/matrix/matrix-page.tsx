import { useCallback, useMemo } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { LoadStatus } from '../../ui/load-status.tsx'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { useFilteredData, type FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { PrintContextBlock } from '../shared/print-context/print-context-block.tsx'
import { useDescribeContext } from '../shared/print-context/use-print-context.ts'
import { DEFAULT_SIZE_MEASURE } from './model/bubble-size.ts'
import { rowsByRank, type MatrixRow } from './model/matrix-model.ts'
import { toggleTheme } from './model/theme-toggle.ts'
import { matrixCatalog } from './matrix-catalog.ts'
import { ShowToggle, SizeSelect } from './matrix-controls.tsx'
import { MatrixFigure } from './matrix-figure.tsx'
import { MatrixTable } from './matrix-table.tsx'
import { RankList } from './rank-list.tsx'
import { UnscoredList } from './unscored-list.tsx'
import { useMatrixModel, useThemeStyles } from './use-matrix-model.ts'
import { useMatrixNames } from './use-matrix-names.tsx'
import { useDecisionOf } from '../shared/decisions/use-decision-of.ts'
import { useMatrixCompare } from './matrix-compare.tsx'
import { useWhatIfWeights } from './use-what-if-weights.ts'
import { WeightSliders } from './weight-sliders.tsx'
import { PresentLink } from '../shared/present-link.tsx'
import '../shared/print-view.css'
import './matrix.css'

/**
 * The prioritisation matrix (/matrix): impact against feasibility with what-if weights,
 * for the leadership forum's big screen and the steering group's "what if?".
 */
export function MatrixPage() {
  const t = useFeatureTranslate(matrixCatalog)
  const { data, load, state, positions } = useFilteredData()
  return (
    <div className="matrix-page print-view">
      <h1>{t('heading')}</h1>
      {data ? <PrintContextBlock data={data} state={state} shown={positions.length} /> : null}
      {/* Before the data too: the page's words are on screen while the export loads. */}
      <p className="matrix-intro">{t('intro')}</p>
      {data ? (
        <MatrixView data={data} state={state} positions={positions} />
      ) : (
        <LoadStatus load={load} />
      )}
    </div>
  )
}

const NO_ROWS: readonly MatrixRow[] = []

/** The weights beside the chart (or its table) and the ranking. */
function MatrixView({ data, state, positions }: FilteredViewProps) {
  const t = useFeatureTranslate(matrixCatalog)
  const locale = useLocale()
  const setViewState = useSetViewState()
  const { weights, setWeight, resetWeights } = useWhatIfWeights(data.criteria, state.weights)
  const { model, pending } = useMatrixModel(data, positions, weights)
  const { styles, rowStyles } = useThemeStyles(data, model.placed)
  const names = useMatrixNames(data)
  const describeContext = useDescribeContext(data, state, positions.length)
  const decisionOf = useDecisionOf()
  const allThemeIds = useMemo(() => data.themes.map((th) => th.id), [data.themes])
  const onToggleTheme = useCallback(
    (id: string) => setViewState((s) => ({ themes: toggleTheme(s.themes, allThemeIds, id) })),
    [setViewState, allThemeIds],
  )
  const measure = state.size ?? DEFAULT_SIZE_MEASURE
  const table = state.show === 'table'
  // Sorted only while the table is shown: the chart and the ranking have their own orders.
  const tableRows = useMemo(() => (table ? rowsByRank(model) : NO_ROWS), [table, model])
  const compare = useMatrixCompare(data, weights, model.placed, state.arrows)

  return (
    <>
      <div className="matrix-layout">
        <WeightSliders
          criteria={data.criteria}
          weights={data.criteria.map((c) => weights[c.id] ?? c.weight)}
          hasOverrides={Object.keys(weights).length > 0}
          onChange={setWeight}
          onReset={resetWeights}
          equalWeightCount={model.equalWeightCount}
          defaultLanguage={data.dataset.defaultLanguage}
          locale={locale}
          t={t}
        />
        <div className="matrix-main">
          {compare.above}
          {table ? (
            <>
              <div className="matrix-toolbar">
                <ShowToggle table t={t} />
                <PresentLink />
              </div>
              <MatrixTable
                rows={tableRows}
                names={names}
                decisionOf={decisionOf}
                locale={locale}
                t={t}
              />
            </>
          ) : (
            <MatrixFigure
              data={data}
              rows={model.placed}
              rowStyles={rowStyles}
              pending={pending}
              themeLegend={{ styles, selected: state.themes, onToggle: onToggleTheme }}
              measure={measure}
              names={names}
              decisionOf={decisionOf}
              describeContext={describeContext}
              toolbarStart={
                <>
                  <SizeSelect measure={measure} t={t} />
                  <ShowToggle table={false} t={t} />
                  <PresentLink />
                </>
              }
              overlay={compare.overlay}
              legendExtra={compare.legendExtra}
              locale={locale}
              t={t}
            />
          )}
          {compare.below}
        </div>
        <div className="matrix-side">
          <RankList
            rows={model.ranked}
            titleNode={names.titleNode}
            showChange={Object.keys(weights).length > 0}
            t={t}
          />
          <UnscoredList rows={model.unscored} titleNode={names.titleNode} t={t} />
        </div>
      </div>
    </>
  )
}
