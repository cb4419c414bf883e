import { useMemo } from 'react'
import { useDataset } from '../../data/load/use-dataset.ts'
import { NO_FILTERS } from '../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { Comparison } from '../../domain/compare/comparison.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { useViewState } from '../../url-state/use-view-state.ts'
import { BaselineNotice } from '../shared/compare/baseline-notice.tsx'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'
import { useComparison } from '../shared/compare/use-comparison.ts'
import { PrintContextBlock } from '../shared/print-context/print-context-block.tsx'
import { changesCatalog } from './changes-catalog.ts'
import { ChangeLists } from './change-lists.tsx'
import { changesSummary } from './model/changes-summary.ts'
import './changes.css'

/**
 * The "changes since" summary (/changes?compare=…), made to print on one A4 page (two when
 * long): the context block, the counts, then the lists a steering group reads first.
 */
export function ChangesPage() {
  const lang = useLanguage()
  const { data: dataParam } = useSharedSearch()
  const { data, load } = useDataset(lang, dataParam)
  const ct = useFeatureTranslate(changesCatalog)
  if (!data)
    return (
      <>
        <h1>{ct('heading', { date: '…' })}</h1>
        <LoadStatus load={load} />
      </>
    )
  return <Changes data={data} />
}

function Changes({ data }: { data: NormalisedExport }) {
  const ct = useFeatureTranslate(changesCatalog)
  const locale = useLocale()
  const state = useViewState()
  const { baseline, comparison } = useComparison(data, state.weights)
  const date = comparison ? formatDay(comparison.baselineExportedAt, locale) : '…'
  return (
    <article className="changes-page">
      <h1>{ct('heading', { date })}</h1>
      <p className="changes-actions">
        <button type="button" onClick={() => print()}>
          {ct('print')}
        </button>{' '}
        <AppLink to="/">{ct('back')}</AppLink>
      </p>
      <p className="changes-actions muted">{ct('intro')}</p>
      <PrintContextBlock
        data={data}
        state={{ ...state, ...NO_FILTERS }}
        shown={data.opportunities.length}
      />
      <BaselineNotice baseline={baseline} comparison={comparison} />
      {baseline.phase === 'none' ? <p>{ct('noBaseline')}</p> : null}
      {comparison && !comparison.noCommonIds ? (
        <Summary
          data={data}
          baselineData={baseline.phase === 'done' ? baseline.data : null}
          comparison={comparison}
        />
      ) : null}
    </article>
  )
}

function Summary({
  data,
  baselineData,
  comparison,
}: {
  data: NormalisedExport
  baselineData: NormalisedExport | null
  comparison: Comparison
}) {
  const t = useTranslate()
  const ct = useFeatureTranslate(changesCatalog)
  const cc = useFeatureTranslate(compareCatalog)
  const lang = useLanguage()
  const summary = useMemo(() => changesSummary(comparison), [comparison])
  const { counts } = summary
  const { thresholds } = comparison
  // A frame item's name now, or then when it is gone; "then → now" when renamed.
  const frameName = (group: 'criteria' | 'themes' | 'clusters' | 'actors', id: string) => {
    const look = (d: NormalisedExport | null) => {
      const byId = {
        criteria: d?.criterionById,
        themes: d?.themeById,
        clusters: d?.clusterById,
        actors: d?.actorById,
      }[group]
      const name = byId?.get(id)?.name
      return name ? (resolveText(name, lang, d?.dataset.defaultLanguage ?? 'fi')?.text ?? id) : null
    }
    const then = look(baselineData)
    const now = look(data)
    return then && now && then !== now ? ct('thenNow', { then, now }) : (now ?? then ?? id)
  }
  return (
    <>
      <section aria-labelledby="changes-counts" className="changes-counts">
        <h2 id="changes-counts">{ct('counts')}</h2>
        <ul>
          <li>{cc('added', { count: counts.added })}</li>
          <li>{cc('removed', { count: counts.removed })}</li>
          <li>{cc('status', { count: counts.statusChanged })}</li>
          <li>{cc('moved', { count: counts.moved, places: thresholds.rank })}</li>
        </ul>
        {summary.differentCriteria ? <p>{cc('differentCriteria')}</p> : null}
      </section>
      <ChangeLists
        summary={summary}
        defaultLanguage={data.dataset.defaultLanguage}
        statusLabel={(s) => t(`status.${s}` as MessageKey)}
        frameName={frameName}
      />
    </>
  )
}
