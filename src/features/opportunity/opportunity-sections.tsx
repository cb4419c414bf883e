import type { ReactNode } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import type { Opportunity } from '../../domain/format/export-schema.ts'
import { isSafeLinkUrl } from '../../domain/format/text-safety.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { formatEuros } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { opportunityCatalog, type OpportunityKey } from './opportunity-catalog.ts'

/**
 * The opportunity page's list sections: phases, milestones, sources, actors, funding,
 * indicators, dependencies, tags and links. Each is left out when the record has none, so the
 * page shows only what the export says.
 */

type Indicator = NonNullable<Opportunity['indicators']>[number]
type Data = { data: NormalisedExport }

/**
 * A headed list, or nothing when `items` is empty. The heading's id is made from its catalog
 * key, so each section is named by its heading for screen readers.
 */
function ListSection<T>({
  heading,
  items,
  ordered = false,
  className,
  children,
}: {
  heading: OpportunityKey
  items: readonly T[] | undefined
  ordered?: boolean
  className?: string
  /** One item's `<li>`. */
  children: (item: T, index: number) => ReactNode
}) {
  const tt = useFeatureTranslate(opportunityCatalog)
  if (!items?.length) return null
  const id = `${heading}-heading`
  const List = ordered ? 'ol' : 'ul'
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{tt(heading)}</h2>
      <List className={className}>{items.map(children)}</List>
    </section>
  )
}

export function PhaseList({ phases, data }: { phases: Opportunity['phases'] } & Data) {
  const dl = data.dataset.defaultLanguage
  return (
    <ListSection heading="phases" items={phases} ordered>
      {(p, i) => (
        <li key={i}>
          <Localized value={p.name} defaultLanguage={dl} /> ({p.start} – {p.end})
        </li>
      )}
    </ListSection>
  )
}

export function MilestoneList({
  milestones,
  data,
}: { milestones: Opportunity['milestones'] } & Data) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const dl = data.dataset.defaultLanguage
  return (
    <ListSection heading="milestones" items={milestones}>
      {(m, i) => (
        <li key={i}>
          {m.date}: <Localized value={m.name} defaultLanguage={dl} /> —{' '}
          {m.done ? tt('done') : tt('upcoming')}
        </li>
      )}
    </ListSection>
  )
}

export function SourceList({ sources, data }: { sources: Opportunity['sources'] } & Data) {
  const t = useTranslate()
  const tt = useFeatureTranslate(opportunityCatalog)
  const dl = data.dataset.defaultLanguage
  return (
    <ListSection heading="sources" items={sources}>
      {(id) => {
        const s = data.sourceById.get(id)
        if (!s) return null
        return (
          <li key={id}>
            {t(`sourceKind.${s.kind}`)}: <Localized value={s.name} defaultLanguage={dl} />, {s.date}
            {s.endDate ? `–${s.endDate}` : ''}
            {s.location ? `, ${s.location}` : ''}
            {s.remote ? `, ${tt('remote')}` : ''}
            {s.participants !== undefined
              ? `, ${tt('participants', { count: s.participants })}`
              : ''}
          </li>
        )
      }}
    </ListSection>
  )
}

export function ActorList({ actors, data }: { actors: Opportunity['actors'] } & Data) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const dl = data.dataset.defaultLanguage
  return (
    <ListSection heading="actors" items={actors}>
      {(a, i) => (
        <li key={i}>
          <Localized value={data.actorById.get(a.actor)?.name} defaultLanguage={dl} /> (
          {tt(`role.${a.role}`)})
        </li>
      )}
    </ListSection>
  )
}

export function FundingList({ funding }: { funding: Opportunity['funding'] }) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const locale = useLocale()
  return (
    <ListSection heading="funding" items={funding}>
      {(f, i) => (
        <li key={i}>
          {f.instrument}
          {f.amountEur !== undefined ? `: ${formatEuros(locale, f.amountEur)}` : ''}
          {f.status ? ` (${tt(`fundingStatus.${f.status}`)})` : ''}
        </li>
      )}
    </ListSection>
  )
}

export function IndicatorList({
  indicators,
  data,
}: { indicators: Opportunity['indicators'] } & Data) {
  const dl = data.dataset.defaultLanguage
  return (
    <ListSection heading="indicators" items={indicators}>
      {(ind, i) => (
        <li key={i}>
          {ind.code ? <code>{ind.code}</code> : null}{' '}
          <Localized value={ind.name} defaultLanguage={dl} />
          <IndicatorFigures indicator={ind} />
        </li>
      )}
    </ListSection>
  )
}

/** An indicator's baseline, target, target year and actual value, as far as given. */
function IndicatorFigures({ indicator: ind }: { indicator: Indicator }) {
  const tt = useFeatureTranslate(opportunityCatalog)
  return (
    <>
      {ind.baseline !== undefined || ind.target !== undefined
        ? `: ${tt('indicatorLine', {
            baseline: ind.baseline ?? '–',
            target: ind.target ?? '–',
          })}${ind.unit ? ` ${ind.unit}` : ''}`
        : ''}
      {ind.targetYear !== undefined
        ? ` ${tt('indicatorTargetYear', { year: String(ind.targetYear) })}`
        : ''}
      {ind.actual !== undefined ? `, ${tt('indicatorActual', { actual: ind.actual })}` : ''}
    </>
  )
}

/** Opportunities this one depends on, or that depend on it: links where the export has them. */
export function DependencyList({
  heading,
  ids,
  data,
}: { heading: 'dependsOn' | 'dependents'; ids: readonly string[] } & Data) {
  return (
    <ListSection heading={heading} items={ids}>
      {(dep) => {
        const target = opportunityWithId(data, dep)
        return (
          <li key={dep}>
            {target ? (
              <AppLink to={opportunityPath(dep)}>
                <Localized
                  value={target.record.title}
                  defaultLanguage={data.dataset.defaultLanguage}
                />
              </AppLink>
            ) : (
              <code>{dep}</code>
            )}
          </li>
        )
      }}
    </ListSection>
  )
}

export function TagList({ tags }: { tags: Opportunity['tags'] }) {
  return (
    <ListSection heading="tags" items={tags} className="tags">
      {(tag) => <li key={tag}>{tag}</li>}
    </ListSection>
  )
}

export function LinkList({ links, data }: { links: Opportunity['links'] } & Data) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const dl = data.dataset.defaultLanguage
  return (
    <ListSection heading="links" items={links}>
      {(l, i) => (
        <li key={i}>
          {/* Checked again here: data loaded from anywhere must never make a javascript: link. */}
          {isSafeLinkUrl(l.url) ? (
            <a href={l.url} rel="noopener noreferrer">
              <Localized value={l.label} defaultLanguage={dl} />
            </a>
          ) : (
            <>
              <Localized value={l.label} defaultLanguage={dl} />: {l.url} {tt('unsafeLink')}
            </>
          )}
        </li>
      )}
    </ListSection>
  )
}
