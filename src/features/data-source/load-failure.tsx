import { useTranslate } from '../../i18n/language-context.tsx'
import { describeLoadError } from '../shared/load/describe-load-error.ts'

/** No usable answer from the server: what happened, where, and a way to try again. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useTranslate()
  const { message, url } = describeLoadError(error, t)
  return (
    <div className="alert">
      {/* The button stays out of the live region: only the sentences are announced. */}
      <div role="alert">
        <p className="alert-title">{message}</p>
        {url ? <p className="alert-detail">{t('load.error.address', { url })}</p> : null}
      </div>
      <button type="button" className="button" onClick={onRetry}>
        {t('load.retry')}
      </button>
    </div>
  )
}
