import { problemCounts } from '../../domain/validate/report-counts.ts'
import { useRef } from 'react'
import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { RefusedAlert } from '../../ui/load-status.tsx'
import { CurrentFile, FilePicker } from './file-picker.tsx'
import type { FetchedExport } from '../../data/load/fetch-export.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { LoadFailure } from './load-failure.tsx'
import { OpportunityTitles, SetAsideList } from './opportunity-titles.tsx'
import { ReportAlert } from './report-alert.tsx'
import { BaselineSection } from './baseline-section.tsx'
import { useExportLoad, type ExportLoad } from '../../data/load/use-export-load.ts'

function statusText(load: ExportLoad, t: ReturnType<typeof useTranslate>): string {
  if (load.phase === 'loading') {
    return load.attempt > 1
      ? t('load.retrying', { attempt: load.attempt, total: load.maxAttempts })
      : t('load.loading')
  }
  if (load.phase === 'done' && 'data' in load.fetched.report) {
    return t('load.loadedCount', { count: load.fetched.report.data.opportunities.length })
  }
  return ''
}

/**
 * The data source as a page: the dataset's title, when it was exported, how many
 * opportunities loaded, what was set aside and why. The one status region stays in place from
 * the first render, so screen readers announce "loading" and then the count.
 */
export function DataSourcePage() {
  const lang = useLanguage()
  const t = useTranslate()
  const locale = useLocale()
  const { data: dataParam } = useSharedSearch()
  const load = useExportLoad(lang, dataParam)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const fetched = load.phase === 'done' ? load.fetched : null
  const data = fetched && 'data' in fetched.report ? fetched.report.data : null
  const title = data ? resolveText(data.dataset.title, lang, data.dataset.defaultLanguage) : null

  const heading = title
    ? title.text
    : load.phase === 'loading'
      ? t('load.heading.loading')
      : t('load.heading.failed')

  const retry = () => {
    if (load.phase !== 'failed') return
    // The button goes away while loading; focus goes to the heading instead of being lost.
    headingRef.current?.focus()
    load.retry()
  }

  return (
    <>
      <h1
        ref={headingRef}
        tabIndex={-1}
        lang={title && title.lang !== lang ? title.lang : undefined}
      >
        {heading}
      </h1>
      <p
        role="status"
        aria-live="polite"
        className={load.phase === 'loading' ? 'status status-busy' : 'status'}
      >
        {statusText(load, t)}
      </p>
      {load.phase === 'refused' ? <RefusedAlert url={load.url} reason={load.reason} /> : null}
      {load.phase === 'failed' ? <LoadFailure error={load.error} onRetry={retry} /> : null}
      {load.phase === 'done' && load.loaded.fromCache && load.loaded.source.kind === 'url' ? (
        <p role="alert" className="alert alert-warning">
          {t('load.cachedCopy', {
            time: formatDateTime(load.loaded.savedAt ?? load.loaded.loadedAt, locale),
          })}
        </p>
      ) : null}
      {load.phase === 'done' && load.loaded.source.kind === 'file' ? (
        <CurrentFile name={load.loaded.source.name} readAt={load.loaded.loadedAt} />
      ) : null}
      {fetched ? <ReportAlert fetched={fetched} /> : null}
      {/* The choices come before the export's details: present from the first render, they
          would otherwise be pushed down the page when the details arrive. */}
      <FilePicker />
      <BaselineSection current={data} />
      {fetched ? <LoadedExport fetched={fetched} /> : null}
    </>
  )
}

function LoadedExport({ fetched }: { fetched: FetchedExport }) {
  const t = useTranslate()
  const locale = useLocale()
  const { report } = fetched
  const data = 'data' in report ? report.data : null
  const { warnings } = problemCounts(report)
  return (
    <>
      {data ? (
        <p className="exported-at">
          {t('load.exportedAt', { date: formatDateTime(data.exportedAt, locale) })}
        </p>
      ) : null}
      {report.outcome === 'partial' ? (
        <SetAsideList
          records={report.setAside}
          omitted={report.omitted?.setAside ?? 0}
          defaultLanguage={report.data.dataset.defaultLanguage}
        />
      ) : null}
      {data && warnings > 0 ? <p>{t('load.warningCount', { count: warnings })}</p> : null}
      {data ? (
        <section aria-labelledby="titles-heading">
          <h2 id="titles-heading">{t('load.titlesHeading')}</h2>
          {data.opportunities.length > 0 ? (
            <OpportunityTitles
              items={data.opportunities.map((o) => ({ id: o.id, title: o.record.title }))}
              defaultLanguage={data.dataset.defaultLanguage}
            />
          ) : (
            <p>{t('load.noOpportunities')}</p>
          )}
        </section>
      ) : null}
      <p className="source">
        {t('load.source', {
          url: fetched.url,
          time: formatDateTime(fetched.fetchedAt, locale, 'short'),
        })}
      </p>
    </>
  )
}
