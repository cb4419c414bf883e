import { useQuery } from '@tanstack/react-query'
import { runtimeConfigQueryOptions } from '../../data/config/runtime-config.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { accessibilityCatalog } from './accessibility-catalog.ts'

/**
 * The accessibility statement in the form the Act on the Provision of Digital Services
 * (306/2019) expects: status, known shortcomings, the feedback channel (from config.json, so a
 * deployment names its own), the supervisory authority and the date.
 */
export function AccessibilityPage() {
  const t = useFeatureTranslate(accessibilityCatalog)
  const config = useQuery(runtimeConfigQueryOptions())
  const email = config.data?.feedback?.email
  const [before, after] = t('feedback', { contact: '\u0000' }).split('\u0000')
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('statusHeading')}</h2>
      <p>{t('status')}</p>
      <h2>{t('knownIssuesHeading')}</h2>
      <p>{t('knownIssues')}</p>
      <h2>{t('feedbackHeading')}</h2>
      <p>
        {before}
        {email ? <a href={`mailto:${email}`}>{email}</a> : '…'}
        {after}
      </p>
      <h2>{t('supervisionHeading')}</h2>
      <p>{t('supervision')}</p>
      <h2>{t('dateHeading')}</h2>
      <p>{t('date')}</p>
    </>
  )
}
