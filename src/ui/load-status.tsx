import { useTranslate } from '../i18n/language-context.tsx'

/** What pages know of a load that has not given them data (structurally an ExportLoad). */
export type LoadState =
  | { phase: 'loading' }
  | { phase: 'failed' }
  | { phase: 'done' }
  | { phase: 'refused'; url: string; reason: 'origin' | 'scheme' | 'malformed' }

/**
 * While the data loads, or when it could not be: a live status line, or an alert; the data
 * page explains a failure in full.
 */
export function LoadStatus({ load }: { load: LoadState }) {
  const t = useTranslate()
  if (load.phase === 'loading') {
    return (
      <p role="status" aria-live="polite" className="status status-busy">
        {t('load.loading')}
      </p>
    )
  }
  if (load.phase === 'refused') return <RefusedAlert url={load.url} reason={load.reason} />
  return (
    <p role="alert" className="status">
      {t('load.heading.failed')}
    </p>
  )
}

export function RefusedAlert({
  url,
  reason,
}: {
  url: string
  reason: 'origin' | 'scheme' | 'malformed'
}) {
  const t = useTranslate()
  return (
    <p role="alert" className="alert alert-error">
      {t(`load.refused.${reason}`, { url })}
    </p>
  )
}
