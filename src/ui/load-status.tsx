import { useTranslate } from '../i18n/language-context.tsx'

/**
 * While the data loads, or when it could not be: a live status line, or an alert; the data
 * page explains a failure in full.
 */
export function LoadStatus({ loading }: { loading: boolean }) {
  const t = useTranslate()
  return loading ? (
    <p role="status" aria-live="polite" className="status status-busy">
      {t('load.loading')}
    </p>
  ) : (
    <p role="alert" className="status">
      {t('load.heading.failed')}
    </p>
  )
}
