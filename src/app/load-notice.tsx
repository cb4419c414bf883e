import { useState } from 'react'
import type { FetchedExport } from '../data/load/fetch-export.ts'
import type { ExportLoad } from '../data/load/use-export-load.ts'
import { describeLoadError } from '../features/shared/load/describe-load-error.ts'
import { formatDateTime } from '../i18n/format-date.ts'
import { describeProblemWith } from '../i18n/describe-problem.ts'
import {
  useCatalog,
  useLanguage,
  useLocale,
  useTranslate,
  type Translate,
} from '../i18n/language-context.tsx'
import type { Catalog } from '../i18n/messages-en.ts'
import { AppLink } from '../url-state/app-link.tsx'
import type { LoadNotice } from './load-notice-model.ts'
import { noticeCatalog } from './notice-catalog.ts'
import { useFeatureTranslate } from '../i18n/feature-catalog.ts'

/**
 * The notices of load-notice-model.ts, in words. Loaded only when there is something to say
 * (load-notices.tsx), so a clean load does not download the words for failures.
 */
export function NoticeList({
  load,
  notices,
}: {
  load: ExportLoad
  notices: readonly LoadNotice[]
}) {
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
  const nt = useFeatureTranslate(noticeCatalog)
  const locale = useLocale()
  const time = (iso: string) => formatDateTime(iso, locale)
  const reportLink = <AppLink to="/data">{nt('fullReport')}</AppLink>
  switch (notice.kind) {
    case 'setAside':
      return (
        <p role="alert" className="load-notice load-notice-warning">
          {nt('setAside', { count: notice.count })} {reportLink}
        </p>
      )
    case 'cachedCopy':
      return (
        <p role="alert" className="load-notice load-notice-warning">
          {nt(notice.retrying ? 'cachedCopyRetrying' : 'cachedCopy', {
            time: time(notice.savedAt),
          })}{' '}
          <FailureReason failure={notice.failure} /> {reportLink}
        </p>
      )
    case 'refreshed':
      return (
        <p role="status" className="load-notice">
          {nt('refreshed', { time: time(notice.replacedCopyFrom) })}
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
  const catalog = useCatalog()
  return <>{answerReason(fetched.report, t, lang, catalog)}</>
}

function answerReason(
  report: FetchedExport['report'],
  t: Translate,
  lang: ReturnType<typeof useLanguage>,
  catalog: Catalog,
): string {
  const first = report.problems.find((p) => p.severity === 'error')
  const outcome = t(`report.outcome.${report.outcome}`)
  return first ? `${outcome} ${describeProblemWith(catalog, first, lang).message}` : outcome
}

function ShowCopyButton({ savedAt, show }: { savedAt: string; show: () => Promise<void> }) {
  const nt = useFeatureTranslate(noticeCatalog)
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
      {nt('showCachedCopy', { time: savedAt })}
    </button>
  )
}
