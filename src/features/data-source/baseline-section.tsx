import { useBaseline } from '../../data/load/use-baseline.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { RefusedAlert } from '../../ui/load-status.tsx'
import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'
import { LoadFailure } from './load-failure.tsx'
import { ReportAlert } from './report-alert.tsx'
import { SetAsideList } from './opportunity-titles.tsx'

/**
 * The `?compare=` baseline on the data page: where it came from and its full report, in the
 * same words and detail as the export's own; nothing without a baseline.
 */
export function BaselineSection() {
  const t = useFeatureTranslate(compareCatalog)
  const lang = useLanguage()
  const locale = useLocale()
  const { compare } = useSharedSearch()
  const baseline = useBaseline(lang, compare)
  if (baseline.phase === 'none') return null
  const report = baseline.phase === 'done' ? baseline.fetched.report : null
  return (
    <section aria-labelledby="baseline-heading">
      <h2 id="baseline-heading">{t('data.heading')}</h2>
      {baseline.phase === 'loading' ? <p className="status status-busy">{t('loading')}</p> : null}
      {baseline.phase === 'refused' ? (
        <RefusedAlert url={baseline.url} reason={baseline.reason} />
      ) : null}
      {baseline.phase === 'failed' ? (
        <LoadFailure error={baseline.error} onRetry={baseline.retry} />
      ) : null}
      {baseline.phase === 'done' && baseline.data ? (
        <p>
          {t('data.loaded', {
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
    </section>
  )
}
