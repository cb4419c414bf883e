import { Link } from '@tanstack/react-router'
import { useTranslate } from '../i18n/language-context.tsx'

export function NotFoundPage() {
  const t = useTranslate()
  return (
    <>
      <h1>{t('page.notFound.heading')}</h1>
      <p>{t('page.notFound.text')}</p>
      <p>
        <Link to="/" search={true}>
          {t('nav.overview')}
        </Link>
      </p>
    </>
  )
}
