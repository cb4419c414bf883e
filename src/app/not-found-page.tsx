import { useTranslate } from '../i18n/language-context.tsx'
import { AppLink } from '../url-state/app-link.tsx'

export function NotFoundPage() {
  const t = useTranslate()
  return (
    <>
      <h1>{t('page.notFound.heading')}</h1>
      <p>{t('page.notFound.text')}</p>
      <p>
        <AppLink to="/">{t('nav.overview')}</AppLink>
      </p>
    </>
  )
}
