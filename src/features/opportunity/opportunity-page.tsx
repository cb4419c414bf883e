import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { Link, useParams } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useDataset } from '../../data/use-dataset.ts'
import type { NormalisedExport } from '../../domain/normalise-export.ts'
import type { AxisScore } from '../../domain/scoring.ts'
import { isSafeLinkUrl } from '../../domain/text-safety.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { formatEuros, formatNumber, formatScore } from '../../ui/format.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { Localized } from '../../ui/localized.tsx'

/** Every field of one opportunity in readable form; text from data is only ever text. */
export function OpportunityPage() {
  const { id } = useParams({ from: '/opportunities/$id' })
  const lang = useLanguage()
  const t = useTranslate()
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
  const o = data.opportunityById.get(id)
  if (!o) {
    return (
      <>
        <h1>{t('opportunity.notFound.heading')}</h1>
        <p>{t('opportunity.notFound.text', { id })}</p>
        <p>
          <Link to="/opportunities" search={true}>
            {t('opportunity.backToList')}
          </Link>
        </p>
      </>
    )
  }
  return <OpportunityDetails data={data} index={data.opportunities.indexOf(o)} />
}

function Field({ label, children }: { label: MessageKey; children: ReactNode }) {
  const t = useTranslate()
  return (
    <>
      <dt>{t(label)}</dt>
      <dd>{children}</dd>
    </>
  )
}

function OpportunityDetails({ data, index }: { data: NormalisedExport; index: number }) {
  const t = useTranslate()
  const locale = useLocale()
  const n = data.opportunities[index]
  if (!n) return null
  const o = n.record
  const dl = data.dataset.defaultLanguage
  const score = data.scores[index]
  const axis = (s: AxisScore | null | undefined) =>
    s
      ? `${formatScore(locale, s.value)} / 100${s.partial ? ` ${t('opportunity.partial')}` : ''}`
      : t('opportunity.notScored')
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
          <h2 id="description-heading">{t('opportunity.description')}</h2>
          <p className="description">
            <Localized value={o.description} defaultLanguage={dl} />
          </p>
        </section>
      ) : null}

      <dl className="fields">
        <Field label="opportunity.id">
          <code>{o.id}</code>
        </Field>
        <Field label="opportunity.status">{t(`status.${o.status}`)}</Field>
        <Field label="opportunity.theme">
          <Localized value={data.themeById.get(o.theme)?.name} defaultLanguage={dl} />
        </Field>
        {o.clusters?.length ? (
          <Field label="opportunity.clusters">
            {o.clusters.map((c, i) => (
              <span key={c}>
                {i > 0 ? ', ' : null}
                <Localized value={data.clusterById.get(c)?.name} defaultLanguage={dl} />
              </span>
            ))}
          </Field>
        ) : null}
        <Field label="opportunity.growthGoals">
          {o.growthGoals.map((g) => t(`goal.${g}`)).join(', ')}
        </Field>
        {o.innovationTypes?.length ? (
          <Field label="opportunity.innovationTypes">
            {o.innovationTypes.map((x) => t(`innovation.${x}`)).join(', ')}
          </Field>
        ) : null}
        <Field label="opportunity.budget">
          {o.budgetEur !== undefined ? formatEuros(locale, o.budgetEur) : t('opportunity.none')}
        </Field>
        <Field label="opportunity.horizon">
          {o.horizon ? `${o.horizon.start} – ${o.horizon.end}` : t('opportunity.unscheduled')}
        </Field>
        {o.updatedAt ? <Field label="opportunity.updatedAt">{o.updatedAt}</Field> : null}
      </dl>

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t('opportunity.scores')}</h2>
        <dl className="fields">
          <Field label="opportunity.impactScore">{axis(score?.impact)}</Field>
          <Field label="opportunity.feasibilityScore">{axis(score?.feasibility)}</Field>
          <Field label="opportunity.priorityScore">{axis(score?.priority)}</Field>
          <Field label="opportunity.rank">{score?.rank ?? t('opportunity.none')}</Field>
        </dl>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('opportunity.criterion')}</th>
              <th scope="col">{t('opportunity.axis')}</th>
              <th scope="col" className="number">
                {t('opportunity.score')}
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
                      : t('opportunity.notScored')}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>

      {o.phases?.length ? (
        <section aria-labelledby="phases-heading">
          <h2 id="phases-heading">{t('opportunity.phases')}</h2>
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
          <h2 id="milestones-heading">{t('opportunity.milestones')}</h2>
          <ul>
            {o.milestones.map((m, i) => (
              <li key={i}>
                {m.date}: <Localized value={m.name} defaultLanguage={dl} /> —{' '}
                {m.done ? t('opportunity.done') : t('opportunity.upcoming')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.sources?.length ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('opportunity.sources')}</h2>
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
                  {s.remote ? `, ${t('opportunity.remote')}` : ''}
                  {s.participants !== undefined
                    ? `, ${t('opportunity.participants', { count: s.participants })}`
                    : ''}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}

      {o.actors?.length ? (
        <section aria-labelledby="actors-heading">
          <h2 id="actors-heading">{t('opportunity.actors')}</h2>
          <ul>
            {o.actors.map((a, i) => (
              <li key={i}>
                <Localized value={data.actorById.get(a.actor)?.name} defaultLanguage={dl} /> (
                {t(`role.${a.role}`)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.funding?.length ? (
        <section aria-labelledby="funding-heading">
          <h2 id="funding-heading">{t('opportunity.funding')}</h2>
          <ul>
            {o.funding.map((f, i) => (
              <li key={i}>
                {f.instrument}
                {f.amountEur !== undefined ? `: ${formatEuros(locale, f.amountEur)}` : ''}
                {f.status ? ` (${t(`fundingStatus.${f.status}`)})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.indicators?.length ? (
        <section aria-labelledby="indicators-heading">
          <h2 id="indicators-heading">{t('opportunity.indicators')}</h2>
          <ul>
            {o.indicators.map((ind, i) => (
              <li key={i}>
                {ind.code ? <code>{ind.code}</code> : null}{' '}
                <Localized value={ind.name} defaultLanguage={dl} />
                {ind.baseline !== undefined || ind.target !== undefined
                  ? `: ${t('opportunity.indicatorLine', {
                      baseline: ind.baseline ?? '–',
                      target: ind.target ?? '–',
                    })}${ind.unit ? ` ${ind.unit}` : ''}`
                  : ''}
                {ind.targetYear !== undefined
                  ? ` ${t('opportunity.indicatorTargetYear', { year: String(ind.targetYear) })}`
                  : ''}
                {ind.actual !== undefined
                  ? `, ${t('opportunity.indicatorActual', { actual: ind.actual })}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <DependencyList heading="opportunity.dependsOn" ids={o.dependsOn ?? []} data={data} />
      <DependencyList heading="opportunity.dependents" ids={dependents} data={data} />

      {o.tags?.length ? (
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading">{t('opportunity.tags')}</h2>
          <ul className="tags">
            {o.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {o.links?.length ? (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">{t('opportunity.links')}</h2>
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
                    <Localized value={l.label} defaultLanguage={dl} />: {l.url}{' '}
                    {t('opportunity.unsafeLink')}
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
  heading: MessageKey
  ids: readonly string[]
  data: NormalisedExport
}) {
  const t = useTranslate()
  if (ids.length === 0) return null
  const id = heading.replace('.', '-')
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(heading)}</h2>
      <ul>
        {ids.map((dep) => {
          const target = data.opportunityById.get(dep)
          return (
            <li key={dep}>
              {target ? (
                <Link to="/opportunities/$id" params={{ id: dep }} search={true}>
                  <Localized
                    value={target.record.title}
                    defaultLanguage={data.dataset.defaultLanguage}
                  />
                </Link>
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
