import { NotInHistoryError } from '../../../data/history/not-in-history-error.ts'
import { isLoadError } from '../../../data/load/load-error.ts'
import type { Translate } from '../../../i18n/language-context.tsx'

/** What went wrong while fetching, in a sentence for the user, and the address concerned. */
export function describeLoadError(
  error: unknown,
  t: Translate,
): { message: string; url: string | null } {
  if (error instanceof NotInHistoryError)
    return { message: t('load.error.notInHistory'), url: null }
  if (!isLoadError(error)) return { message: t('load.error.unexpected'), url: null }
  const { detail, url } = error
  switch (detail.kind) {
    case 'http':
      return {
        message: t(
          detail.status === 404 || detail.status === 410
            ? 'load.error.notFound'
            : 'load.error.http',
          {
            status: String(detail.status),
          },
        ),
        url,
      }
    case 'network':
      return { message: t('load.error.network'), url }
    case 'config':
      return detail.reason === 'invalid'
        ? { message: t('load.error.configInvalid'), url }
        : { message: t('load.error.originNotAllowed', { url }), url: null }
    case 'redirect':
      return { message: t('load.error.redirected', { origin: detail.to }), url }
  }
}
