import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { OpportunityChanges } from './opportunity-changes.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { useRouteParam } from '../../url-state/location.ts'
import { useDataset } from '../../data/load/use-dataset.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import type { Opportunity } from '../../domain/format/export-schema.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { formatEuros } from '../../ui/format.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { Localized } from '../../ui/localized.tsx'
import { DecisionForm } from '../shared/decisions/decision-form.tsx'
import { OpportunityPrintContext } from './opportunity-print-context.tsx'
import { opportunityCatalog } from './opportunity-catalog.ts'
import { Field } from './opportunity-field.tsx'
import { OpportunityNeighbours } from './opportunity-neighbours.tsx'
import { ScoresSection } from './opportunity-scores.tsx'
import { ProfileHorizon } from './profile-horizon.tsx'
import { ProfileMatrix } from './profile-matrix.tsx'
import './opportunity.css'
import { useProfileScores } from './use-profile-scores.ts'
import {
  ActorList,
  DependencyList,
  FundingList,
  IndicatorList,
  LinkList,
  MilestoneList,
  PhaseList,
  SourceList,
  TagList,
} from './opportunity-sections.tsx'

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

function OpportunityDetails({ data, index }: { data: NormalisedExport; index: number }) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const { scores, whatIf } = useProfileScores(data)
  const n = data.opportunities[index]
  if (!n) return null
  const o = n.record
  const dl = data.dataset.defaultLanguage

  return (
    <article className="opportunity-article">
      <h1>
        <Localized value={o.title} defaultLanguage={dl} />
      </h1>
      <OpportunityPrintContext data={data} />
      <OpportunityNeighbours id={o.id} />
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
      <OpportunityChanges data={data} id={o.id} />
      <OpportunityFields record={o} data={data} />
      <div className="opportunity-profile">
        <ScoresSection data={data} index={index} scores={scores} whatIf={whatIf} />
        <ProfileMatrix data={data} index={index} scores={scores} />
        <ProfileHorizon record={o} data={data} />
        <PhaseList phases={o.phases} data={data} />
        <MilestoneList milestones={o.milestones} data={data} />
      </div>
      <DecisionForm data={data} index={index} />
      <SourceList sources={o.sources} data={data} />
      <ActorList actors={o.actors} data={data} />
      <FundingList funding={o.funding} />
      <IndicatorList indicators={o.indicators} data={data} />
      <DependencyList heading="dependsOn" ids={o.dependsOn ?? []} data={data} />
      <DependencyList heading="dependents" ids={data.dependents.get(o.id) ?? []} data={data} />
      <TagList tags={o.tags} />
      <LinkList links={o.links} data={data} />
    </article>
  )
}

/** The record's own fields: id, status, theme, clusters, goals, types, budget and dates. */
function OpportunityFields({ record: o, data }: { record: Opportunity; data: NormalisedExport }) {
  const t = useTranslate()
  const tt = useFeatureTranslate(opportunityCatalog)
  const locale = useLocale()
  const dl = data.dataset.defaultLanguage
  return (
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
  )
}
