import type { OpportunityChange } from '../../domain/compare/comparison.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { Localized } from '../../ui/localized.tsx'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'

/**
 * The opportunities the baseline had and the current export does not, as the baseline had
 * them: they have no row of current values, so they are listed apart, with their rank then.
 */
export function RemovedList({
  removed,
  defaultLanguage,
}: {
  removed: readonly OpportunityChange[]
  defaultLanguage: ContentLanguage
}) {
  const t = useFeatureTranslate(compareCatalog)
  if (removed.length === 0) return null
  return (
    <section aria-labelledby="removed-heading" className="removed-list">
      <h2 id="removed-heading">{t('removed.heading', { count: removed.length })}</h2>
      <ul>
        {removed.map((c) => (
          <li key={c.id}>
            <Localized value={c.then?.title} defaultLanguage={defaultLanguage} /> ({c.id})
            {c.rank.then !== null ? ` · ${t('col.rankThen')} ${c.rank.then}` : ''}
          </li>
        ))}
      </ul>
    </section>
  )
}
