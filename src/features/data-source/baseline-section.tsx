import { useBaseline, type BaselineLoad } from '../../data/load/use-baseline.ts'
import { baselineRef } from '../../domain/compare/baseline-ref.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { RefusedAlert } from '../../ui/load-status.tsx'
import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'
import { baselineChoiceCatalog } from './baseline-choice-catalog.ts'
import { BaselineFile } from './baseline-file.tsx'
import { BaselineHistory } from './baseline-history.tsx'
import { DatasetConfirm } from './dataset-confirm.tsx'
import { LoadFailure } from './load-failure.tsx'
import { ReportAlert } from './report-alert.tsx'
import { SetAsideList } from './opportunity-titles.tsx'
import { useBaselineChoice } from './use-baseline-choice.ts'

/**
 * The baseline on the data page: the one in use (`?compare=`), where it came from and its
 * full report, in the same words and detail as the export's own; and the ways to choose one,
 * from this browser's history or from a file.
 */
export function BaselineSection({ current }: { current: NormalisedExport | null }) {
  const t = useFeatureTranslate(compareCatalog)
  const bt = useFeatureTranslate(baselineChoiceCatalog)
  const lang = useLanguage()
  const { compare } = useSharedSearch()
  const baseline = useBaseline(lang, compare)
  const choice = useBaselineChoice(current?.dataset.id ?? null)
  const ref = compare === null ? null : baselineRef(compare)
  return (
    <section aria-labelledby="baseline-heading">
      <h2 id="baseline-heading">{t('data.heading')}</h2>
      {compare === null ? <p>{bt('intro')}</p> : <BaselineStatus baseline={baseline} />}
      {compare !== null ? (
        <p>
          <button type="button" onClick={choice.stop}>
            {bt('stop')}
          </button>
        </p>
      ) : null}
      {choice.pending && current ? (
        <DatasetConfirm
          current={current.dataset.id}
          other={choice.pending.datasetId}
          onConfirm={choice.confirm}
          onCancel={choice.cancel}
        />
      ) : null}
      <BaselineHistory
        marks={{
          shown: current && { datasetId: current.dataset.id, exportedAt: current.exportedAt },
          comparedHash: ref?.kind === 'history' ? ref.hash : null,
        }}
        onChoose={choice.choose}
      />
      <BaselineFile onRead={choice.choose} />
    </section>
  )
}

function BaselineStatus({ baseline }: { baseline: BaselineLoad }) {
  const t = useFeatureTranslate(compareCatalog)
  const bt = useFeatureTranslate(baselineChoiceCatalog)
  const locale = useLocale()
  if (baseline.phase === 'none') return null
  const report = baseline.phase === 'done' ? baseline.fetched.report : null
  const fromHistory = baseline.phase === 'done' && baseline.fetched.url.startsWith('history:')
  return (
    <>
      {baseline.phase === 'loading' ? <p className="status status-busy">{t('loading')}</p> : null}
      {baseline.phase === 'refused' ? (
        <RefusedAlert url={baseline.url} reason={baseline.reason} />
      ) : null}
      {baseline.phase === 'failed' ? (
        <LoadFailure error={baseline.error} onRetry={baseline.retry} />
      ) : null}
      {baseline.phase === 'done' && baseline.data ? (
        <p>
          {fromHistory
            ? bt('fromHistory', {
                date: formatDateTime(baseline.data.exportedAt, locale),
                count: baseline.data.opportunities.length,
              })
            : t('data.loaded', {
                date: formatDateTime(baseline.data.exportedAt, locale),
                count: baseline.data.opportunities.length,
                url: baseline.fetched.url,
              })}
        </p>
      ) : null}
      {baseline.phase === 'done' ? <ReportAlert fetched={baseline.fetched} /> : null}
      {report?.outcome === 'partial' ? (
        <SetAsideList
          records={report.setAside}
          omitted={report.omitted?.setAside ?? 0}
          defaultLanguage={report.data.dataset.defaultLanguage}
        />
      ) : null}
    </>
  )
}
