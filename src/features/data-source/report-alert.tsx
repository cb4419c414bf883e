import type { FetchedExport } from '../../data/load/fetch-export.ts'
import { setAsideCount } from '../../domain/validate/report-counts.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import { ProblemList } from './problem-list.tsx'

/**
 * The export arrived but not all of it loads: the outcome in one sentence, then every error
 * with its place. Nothing is rendered for a clean load (warnings are counted elsewhere).
 */
export function ReportAlert({ fetched }: { fetched: FetchedExport }) {
  const t = useTranslate()
  const { report } = fetched
  if (report.outcome === 'loaded') return null
  const errors = report.problems.filter((p) => p.severity === 'error')
  const defaultLanguage = report.outcome === 'partial' ? report.data.dataset.defaultLanguage : 'fi'
  return (
    <div className={report.outcome === 'partial' ? 'alert alert-partial' : 'alert'} role="alert">
      <p className="alert-title">
        {report.outcome === 'partial'
          ? t('report.outcome.partial', {
              setAside: setAsideCount(report),
              loaded: report.data.opportunities.length,
            })
          : t(`report.outcome.${report.outcome}`)}
      </p>
      {fetched.wrongContentType !== undefined ? (
        <p>{t('load.error.wrongContentType', { contentType: fetched.wrongContentType || '?' })}</p>
      ) : null}
      {errors.length > 0 ? (
        <>
          <h2 className="alert-heading">{t('load.problemsHeading')}</h2>
          <ProblemList
            problems={errors}
            omitted={report.omitted?.errors ?? 0}
            defaultLanguage={defaultLanguage}
          />
        </>
      ) : null}
    </div>
  )
}
