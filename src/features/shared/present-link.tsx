import { useTranslate } from '../../i18n/language-context.tsx'
import { AppLink } from '../../url-state/app-link.tsx'

/**
 * The way from a view to the forum presentation: the link keeps the view's query, so the
 * agenda is ranked under the same filters and what-if weights.
 */
export function PresentLink() {
  const t = useTranslate()
  return (
    <AppLink to="/present" className="present-link">
      {t('nav.present')}
    </AppLink>
  )
}
