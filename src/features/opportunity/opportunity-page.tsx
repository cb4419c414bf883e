import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath, useRouteParam } from '../../url-state/location.ts'
import type { ReactNode } from 'react'
import { useDataset } from '../../data/load/use-dataset.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import { opportunityScoreAt, type AxisScore } from '../../domain/scoring/score-table.ts'
import { isSafeLinkUrl } from '../../domain/format/text-safety.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { formatEuros, formatNumber, formatScore } from '../../ui/format.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { Localized } from '../../ui/localized.tsx'
import { opportunityCatalog, type OpportunityKey } from './opportunity-catalog.ts'

/** Every field of one opportunity in readable form; text from data is only ever text. */
export function OpportunityPage() {
  const id = useRouteParam('id')
  const lang = useLanguage()
  const tt = useFeatureTranslate(opportunityCatalog)
  const { data: dataParam } = useSharedSearch()
  const { data, load } = useDataset(lang, dataParam)
  if (!data) {
    return (
      <>
        <h1>{id}</h1>
        <LoadStatus load={load} />
      </>
    )
  }
  const o = opportunityWithId(data, id)
  if (!o) {
    return (
      <>
        <h1>{tt('notFound.heading')}</h1>
        <p>{tt('notFound.text', { id })}</p>
        <p>
          <AppLink to="/opportunities">{tt('backToList')}</AppLink>
        </p>
      </>
    )
  }
  return <OpportunityDetails data={data} index={data.opportunities.indexOf(o)} />
}

function Field({ label, children }: { label: OpportunityKey; children: ReactNode }) {
  const tt = useFeatureTranslate(opportunityCatalog)
  return (
    <>
      <dt>{tt(label)}</dt>
      <dd>{children}</dd>
    </>
  )
}

function OpportunityDetails({ data, index }: { data: NormalisedExport; index: number }) {
  const t = useTranslate()
  const tt = useFeatureTranslate(opportunityCatalog)
  const locale = useLocale()
  const n = data.opportunities[index]
  if (!n) return null
  const o = n.record
  const dl = data.dataset.defaultLanguage
  const score = opportunityScoreAt(data.scores, index)
  const axis = (s: AxisScore | null | undefined) =>
    s
      ? `${formatScore(locale, s.value)} / 100${s.partial ? ` ${tt('partial')}` : ''}`
      : tt('notScored')
  const dependents = data.dependents.get(o.id) ?? []

  return (
    <article>
      <h1>
        <Localized value={o.title} defaultLanguage={dl} />
      </h1>
      {o.summary ? (
        <p className="summary">
          <Localized value={o.summary} defaultLanguage={dl} />
        </p>
      ) : null}
      {o.description ? (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">{tt('description')}</h2>
          <p className="description">
            <Localized value={o.description} defaultLanguage={dl} />
          </p>
        </section>
      ) : null}

      <dl className="fields">
        <Field label="id">
          <code>{o.id}</code>
        </Field>
        <Field label="status">{t(`status.${o.status}`)}</Field>
        <Field label="theme">
          <Localized value={data.themeById.get(o.theme)?.name} defaultLanguage={dl} />
        </Field>
        {o.clusters?.length ? (
          <Field label="clusters">
            {o.clusters.map((c, i) => (
              <span key={c}>
                {i > 0 ? ', ' : null}
                <Localized value={data.clusterById.get(c)?.name} defaultLanguage={dl} />
              </span>
            ))}
          </Field>
        ) : null}
        <Field label="growthGoals">{o.growthGoals.map((g) => t(`goal.${g}`)).join(', ')}</Field>
        {o.innovationTypes?.length ? (
          <Field label="innovationTypes">
            {o.innovationTypes.map((x) => t(`innovation.${x}`)).join(', ')}
          </Field>
        ) : null}
        <Field label="budget">
          {o.budgetEur !== undefined ? formatEuros(locale, o.budgetEur) : tt('none')}
        </Field>
        <Field label="horizon">
          {o.horizon ? `${o.horizon.start} – ${o.horizon.end}` : tt('unscheduled')}
        </Field>
        {o.updatedAt ? <Field label="updatedAt">{o.updatedAt}</Field> : null}
      </dl>

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{tt('scores')}</h2>
        <dl className="fields">
          <Field label="impactScore">{axis(score?.impact)}</Field>
          <Field label="feasibilityScore">{axis(score?.feasibility)}</Field>
          <Field label="priorityScore">{axis(score?.priority)}</Field>
          <Field label="rank">{score?.rank ?? tt('none')}</Field>
        </dl>
        <table>
          <thead>
            <tr>
              <th scope="col">{tt('criterion')}</th>
              <th scope="col">{tt('axis')}</th>
              <th scope="col" className="number">
                {tt('score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.criteria.map((c) => {
              const v = o.scores?.[c.id]
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <Localized value={c.name} defaultLanguage={dl} />
                  </th>
                  <td>{t(`axis.${c.axis}`)}</td>
                  <td className="number">
                    {typeof v === 'number'
                      ? `${formatNumber(locale, v, Number.isInteger(v) ? 0 : 1)} (${c.min}–${c.max})`
                      : tt('notScored')}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>

      {o.phases?.length ? (
        <section aria-labelledby="phases-heading">
          <h2 id="phases-heading">{tt('phases')}</h2>
          <ol>
            {o.phases.map((p, i) => (
              <li key={i}>
                <Localized value={p.name} defaultLanguage={dl} /> ({p.start} – {p.end})
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {o.milestones?.length ? (
        <section aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">{tt('milestones')}</h2>
          <ul>
            {o.milestones.map((m, i) => (
              <li key={i}>
                {m.date}: <Localized value={m.name} defaultLanguage={dl} /> —{' '}
                {m.done ? tt('done') : tt('upcoming')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.sources?.length ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{tt('sources')}</h2>
          <ul>
            {o.sources.map((id) => {
              const s = data.sourceById.get(id)
              if (!s) return null
              return (
                <li key={id}>
                  {t(`sourceKind.${s.kind}`)}: <Localized value={s.name} defaultLanguage={dl} />,{' '}
                  {s.date}
                  {s.endDate ? `–${s.endDate}` : ''}
                  {s.location ? `, ${s.location}` : ''}
                  {s.remote ? `, ${tt('remote')}` : ''}
                  {s.participants !== undefined
                    ? `, ${tt('participants', { count: s.participants })}`
                    : ''}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}

      {o.actors?.length ? (
        <section aria-labelledby="actors-heading">
          <h2 id="actors-heading">{tt('actors')}</h2>
          <ul>
            {o.actors.map((a, i) => (
              <li key={i}>
                <Localized value={data.actorById.get(a.actor)?.name} defaultLanguage={dl} /> (
                {tt(`role.${a.role}`)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.funding?.length ? (
        <section aria-labelledby="funding-heading">
          <h2 id="funding-heading">{tt('funding')}</h2>
          <ul>
            {o.funding.map((f, i) => (
              <li key={i}>
                {f.instrument}
                {f.amountEur !== undefined ? `: ${formatEuros(locale, f.amountEur)}` : ''}
                {f.status ? ` (${tt(`fundingStatus.${f.status}`)})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.indicators?.length ? (
        <section aria-labelledby="indicators-heading">
          <h2 id="indicators-heading">{tt('indicators')}</h2>
          <ul>
            {o.indicators.map((ind, i) => (
              <li key={i}>
                {ind.code ? <code>{ind.code}</code> : null}{' '}
                <Localized value={ind.name} defaultLanguage={dl} />
                {ind.baseline !== undefined || ind.target !== undefined
                  ? `: ${tt('indicatorLine', {
                      baseline: ind.baseline ?? '–',
                      target: ind.target ?? '–',
                    })}${ind.unit ? ` ${ind.unit}` : ''}`
                  : ''}
                {ind.targetYear !== undefined
                  ? ` ${tt('indicatorTargetYear', { year: String(ind.targetYear) })}`
                  : ''}
                {ind.actual !== undefined
                  ? `, ${tt('indicatorActual', { actual: ind.actual })}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <DependencyList heading="dependsOn" ids={o.dependsOn ?? []} data={data} />
      <DependencyList heading="dependents" ids={dependents} data={data} />

      {o.tags?.length ? (
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading">{tt('tags')}</h2>
          <ul className="tags">
            {o.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.links?.length ? (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">{tt('links')}</h2>
          <ul>
            {o.links.map((l, i) => (
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
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}

function DependencyList({
  heading,
  ids,
  data,
}: {
  heading: OpportunityKey
  ids: readonly string[]
  data: NormalisedExport
}) {
  const tt = useFeatureTranslate(opportunityCatalog)
  if (ids.length === 0) return null
  const id = `${heading}-heading`
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{tt(heading)}</h2>
      <ul>
        {ids.map((dep) => {
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
        })}
      </ul>
    </section>
  )
}
