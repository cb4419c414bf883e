import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { ATTENTION_KINDS, type AttentionKind } from './model/dashboard-model.ts'
import { overviewCatalog } from './overview-catalog.ts'

/**
 * Where each kind of problem is listed: the data report for the export's own problems, the
 * matrix's list of unscored opportunities, the roadmap's unscheduled list, conflicts and
 * milestones. Links keep the query string, so the view opens with the same filters.
 */
const TARGET: Record<AttentionKind, { to: string; where: 'data' | 'matrix' | 'roadmap' }> = {
  setAside: { to: '/data', where: 'data' },
  warnings: { to: '/data', where: 'data' },
  unscored: { to: '/matrix', where: 'matrix' },
  unscheduled: { to: '/roadmap', where: 'roadmap' },
  dependencyConflicts: { to: '/roadmap', where: 'roadmap' },
  overdueMilestones: { to: '/roadmap', where: 'roadmap' },
}

/** What needs attention, each kind with its count as a link to the view that lists it. */
export function AttentionList({ counts }: { counts: Readonly<Record<AttentionKind, number>> }) {
  const t = useFeatureTranslate(overviewCatalog)
  const present = ATTENTION_KINDS.filter((k) => counts[k] > 0)
  return (
    <section className="dash-card attention-card" aria-labelledby="attention-heading">
      <h2 id="attention-heading">{t('attention.heading')}</h2>
      {present.length === 0 ? (
        <p>{t('attention.none')}</p>
      ) : (
        <ul className="attention-list">
          {present.map((k) => (
            <li key={k} data-attention={k}>
              <AppLink to={TARGET[k].to}>{t(`attention.${k}`, { count: counts[k] })}</AppLink>{' '}
              <span className="muted">({t(`attention.where.${TARGET[k].where}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
