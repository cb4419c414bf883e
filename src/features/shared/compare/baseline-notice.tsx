import type { BaselineLoad } from '../../../data/load/use-baseline.ts'
import type { Comparison } from '../../../domain/compare/comparison.ts'
import { setAsideCount } from '../../../domain/validate/report-counts.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { useTranslate } from '../../../i18n/language-context.tsx'
import { RefusedAlert } from '../../../ui/load-status.tsx'
import { AppLink } from '../../../url-state/app-link.tsx'
import { describeLoadError } from '../load/describe-load-error.ts'
import { compareCatalog } from './compare-catalog.ts'

/**
 * What a view says about its baseline when it cannot compare, or compares with a caveat: a
 * refused address, a failed load or a report that does not load (in the words an export gets),
 * no id in common, another dataset, different criteria, set-aside records.
 */
export function BaselineNotice({
  baseline,
  comparison,
}: {
  baseline: BaselineLoad
  comparison: Comparison | null
}) {
  const t = useFeatureTranslate(compareCatalog)
  const shell = useTranslate()
  if (baseline.phase === 'none') return null
  if (baseline.phase === 'refused')
    return <RefusedAlert url={baseline.url} reason={baseline.reason} />
  if (baseline.phase === 'loading')
    return (
      <p role="status" className="status status-busy">
        {t('loading')}
      </p>
    )
  const report = baseline.phase === 'done' ? baseline.fetched.report : null
  if (baseline.phase === 'failed' || !baseline.data || !report) {
    return (
      <div role="alert" className="alert alert-error compare-notice">
        <p>
          {t('badBaseline')}{' '}
          {report
            ? shell(`report.outcome.${report.outcome}`, { setAside: 0, loaded: 0 })
            : describeLoadError(baseline.phase === 'failed' ? baseline.error : null, shell)
                .message}{' '}
          {t('unchangedViews')} <AppLink to="/data">{t('reportLink')}</AppLink>
        </p>
      </div>
    )
  }
  const notes: string[] = []
  if (comparison?.noCommonIds) notes.push(t('noCommonIds'))
  if (comparison && !comparison.sameDataset)
    notes.push(t('otherDataset', { id: baseline.data.dataset.id }))
  if (comparison?.frame.differentCriteria) notes.push(t('differentCriteria'))
  if (report.outcome === 'partial') notes.push(t('setAside', { count: setAsideCount(report) }))
  if (notes.length === 0) return null
  return (
    <div className="alert alert-warning compare-notice">
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  )
}
