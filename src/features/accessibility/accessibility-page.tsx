import { useQuery } from '@tanstack/react-query'
import { runtimeConfigQueryOptions } from '../../data/runtime-config.ts'
import { useTranslate } from '../../i18n/language-context.tsx'

/**
 * The accessibility statement in the form the Act on the Provision of Digital Services
 * (306/2019) expects: status, known shortcomings, the feedback channel (from config.json, so a
 * deployment names its own), the supervisory authority and the date.
 */
export function AccessibilityPage() {
  const t = useTranslate()
  const config = useQuery(runtimeConfigQueryOptions())
  const email = config.data?.feedback?.email
  const [before, after] = t('a11y.feedback', { contact: '\u0000' }).split('\u0000')
  return (
    <>
      <h1>{t('a11y.heading')}</h1>
      <p>{t('a11y.intro')}</p>
      <h2>{t('a11y.statusHeading')}</h2>
      <p>{t('a11y.status')}</p>
      <h2>{t('a11y.knownIssuesHeading')}</h2>
      <p>{t('a11y.knownIssues')}</p>
      <h2>{t('a11y.feedbackHeading')}</h2>
      <p>
        {before}
        {email ? <a href={`mailto:${email}`}>{email}</a> : '…'}
        {after}
      </p>
      <h2>{t('a11y.supervisionHeading')}</h2>
      <p>{t('a11y.supervision')}</p>
      <h2>{t('a11y.dateHeading')}</h2>
      <p>{t('a11y.date')}</p>
    </>
  )
}
