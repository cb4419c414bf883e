import { useState } from 'react'
import type { FetchedExport } from '../data/load/fetch-export.ts'
import { useExportLoad } from '../data/load/use-export-load.ts'
import { describeLoadError } from '../features/shared/load/describe-load-error.ts'
import { formatDateTime } from '../i18n/format-date.ts'
import { describeProblem } from '../i18n/describe-problem.ts'
import { useLanguage, useLocale, useTranslate, type Translate } from '../i18n/language-context.tsx'
import { AppLink } from '../url-state/app-link.tsx'
import { useSharedSearch } from '../url-state/use-shared-search.ts'
import { loadNotices, type LoadNotice } from './load-notice-model.ts'

/**
 * The state of the data, said on every page that shows it (load-notice-model.ts). It sits in
 * the shell, so it stays mounted across pages: a notice is announced when it first appears,
 * not again on every page change.
 */
export function LoadNotices() {
  const { lang, data: dataParam } = useSharedSearch()
  const load = useExportLoad(lang, dataParam)
  const notices = loadNotices(load)
  if (notices.length === 0) return null
  const showCachedCopy =
    (load.phase === 'failed' || load.phase === 'done') && load.showCachedCopy
      ? load.showCachedCopy
      : null
  return (
    <div className="load-notices">
      {notices.map((notice) => (
        <Notice key={notice.kind} notice={notice} showCachedCopy={showCachedCopy} />
      ))}
    </div>
  )
}

function Notice({
  notice,
  showCachedCopy,
}: {
  notice: LoadNotice
  showCachedCopy: (() => Promise<void>) | null
}) {
  const t = useTranslate()
  const locale = useLocale()
  const time = (iso: string) => formatDateTime(iso, locale)
  const reportLink = <AppLink to="/data">{t('notice.fullReport')}</AppLink>
  switch (notice.kind) {
    case 'setAside':
      return (
        <p role="alert" className="load-notice load-notice-warning">
          {t('notice.setAside', { count: notice.count })} {reportLink}
        </p>
      )
    case 'cachedCopy':
      return (
        <p role="alert" className="load-notice load-notice-warning">
          {t(notice.retrying ? 'notice.cachedCopyRetrying' : 'notice.cachedCopy', {
            time: time(notice.savedAt),
          })}{' '}
          <FailureReason failure={notice.failure} /> {reportLink}
        </p>
      )
    case 'refreshed':
      return (
        <p role="status" className="load-notice">
          {t('notice.refreshed', { time: time(notice.replacedCopyFrom) })}
        </p>
      )
    case 'failed':
      return (
        <div role="alert" className="load-notice load-notice-error">
          <p>
            <strong>{t('load.heading.failed')}.</strong>{' '}
            {notice.answer ? (
              <AnswerReason fetched={notice.answer} />
            ) : (
              <FailureReason failure={notice.error} />
            )}{' '}
            {reportLink}
          </p>
          {notice.cachedCopy && showCachedCopy ? (
            <ShowCopyButton savedAt={time(notice.cachedCopy.savedAt)} show={showCachedCopy} />
          ) : null}
        </div>
      )
  }
}

/** A failed request, or a fresh answer that did not load, in one sentence. */
function FailureReason({ failure }: { failure: unknown }) {
  const t = useTranslate()
  if (failure && typeof failure === 'object' && 'report' in failure)
    return <AnswerReason fetched={failure as FetchedExport} />
  return <>{describeLoadError(failure, t).message}</>
}

/** Why an answer did not load: the outcome, and its first problem. */
function AnswerReason({ fetched }: { fetched: Pick<FetchedExport, 'report'> }) {
  const t = useTranslate()
  const lang = useLanguage()
  return <>{answerReason(fetched.report, t, lang)}</>
}

function answerReason(
  report: FetchedExport['report'],
  t: Translate,
  lang: ReturnType<typeof useLanguage>,
): string {
  const first = report.problems.find((p) => p.severity === 'error')
  const outcome = t(`report.outcome.${report.outcome}`)
  return first ? `${outcome} ${describeProblem(first, lang).message}` : outcome
}

function ShowCopyButton({ savedAt, show }: { savedAt: string; show: () => Promise<void> }) {
  const t = useTranslate()
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={() => {
        setBusy(true)
        void show().finally(() => setBusy(false))
      }}
    >
      {t('notice.showCachedCopy', { time: savedAt })}
    </button>
  )
}
