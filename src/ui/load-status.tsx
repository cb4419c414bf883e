import { useLocale, useTranslate } from '../i18n/language-context.tsx'

/** What pages know of a load that has not given them data (structurally an ExportLoad). */
export type LoadState =
  | { phase: 'loading'; progress?: LoadProgressView | null }
  | { phase: 'failed' }
  | { phase: 'done' }
  | { phase: 'refused'; url: string; reason: 'origin' | 'scheme' | 'malformed' }

/** Where a load is (structurally data/load-progress.ts's LoadProgress). */
export interface LoadProgressView {
  phase: 'reading' | 'parsing' | 'validating' | 'normalising' | 'done'
  fraction?: number
  loaded?: number
  total?: number
}

const MB = 2 ** 20

/**
 * The step as words in a live region (announced once per step), and how far it is in a
 * progress bar beside it (not announced on every change).
 */
function LoadProgressLine({ progress }: { progress: LoadProgressView }) {
  const t = useTranslate()
  const locale = useLocale()
  if (progress.phase === 'done') return null
  const mb = (n: number) =>
    (n / MB).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const fraction =
    progress.fraction ??
    (progress.loaded !== undefined && progress.total ? progress.loaded / progress.total : null)
  return (
    <div className="load-progress">
      <p role="status" aria-live="polite" className="status status-busy">
        {t(`load.phase.${progress.phase}`)}
      </p>
      <progress
        aria-label={t('load.progress')}
        max={1}
        {...(fraction !== null && { value: Math.min(1, Math.max(0, fraction)) })}
      />
      {progress.phase === 'reading' && progress.loaded !== undefined ? (
        <span className="muted">
          {progress.total
            ? t('load.megabytes', { loaded: mb(progress.loaded), total: mb(progress.total) })
            : t('load.megabytesNoTotal', { loaded: mb(progress.loaded) })}
        </span>
      ) : null}
    </div>
  )
}

/**
 * While the data loads, or when it could not be: a live status line, or a plain line (the
 * shell's load notice gives the reason, as an alert, on every page; the data page explains
 * a failure in full).
 */
export function LoadStatus({ load }: { load: LoadState }) {
  const t = useTranslate()
  if (load.phase === 'loading') {
    if (load.progress) return <LoadProgressLine progress={load.progress} />
    return (
      <p role="status" aria-live="polite" className="status status-busy">
        {t('load.loading')}
      </p>
    )
  }
  if (load.phase === 'refused') return <RefusedAlert url={load.url} reason={load.reason} />
  return <p className="status">{t('load.heading.failed')}</p>
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
