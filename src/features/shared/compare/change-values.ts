import type {
  FieldChange,
  OpportunityChange,
  ScoreChange,
} from '../../../domain/compare/comparison.ts'
import { leadActorOf } from '../../../domain/dataset/normalised-opportunity.ts'
import type { Opportunity, Status } from '../../../domain/format/export-schema.ts'
import type { LocalizedText } from '../../../domain/format/localized-text.ts'

/** How the values of a field read in the UI: names for ids, words for enumerations. */
export interface ValueNames {
  text(v: LocalizedText | undefined): string
  status(s: Status): string
  theme(id: string): string
  cluster(id: string): string
  actor(id: string): string
  source(id: string): string
  goal(g: string): string
  type(t: string): string
  number(n: number, digits: number): string
  done: string
}

const list = (ids: readonly string[] | undefined, name: (id: string) => string) =>
  (ids ?? []).map(name).join(', ')

function recordValue(r: Opportunity, f: FieldChange, names: ValueNames): string {
  switch (f.field) {
    case 'title':
      return names.text(r.title)
    case 'summary':
      return names.text(r.summary)
    case 'status':
      return names.status(r.status)
    case 'theme':
      return names.theme(r.theme)
    case 'clusters':
      return list(r.clusters, names.cluster)
    case 'growthGoals':
      return list(r.growthGoals, names.goal)
    case 'innovationTypes':
      return list(r.innovationTypes, names.type)
    case 'score': {
      const v = f.criterion === undefined ? undefined : r.scores?.[f.criterion]
      return typeof v === 'number' ? names.number(v, 2) : ''
    }
    case 'horizonStart':
      return r.horizon?.start ?? ''
    case 'horizonEnd':
      return r.horizon?.end ?? ''
    case 'phases':
      return (r.phases ?? []).map((p) => `${names.text(p.name)} ${p.start}–${p.end}`).join('; ')
    case 'milestones':
      return (r.milestones ?? [])
        .map((m) => `${names.text(m.name)} ${m.date}${m.done ? ` (${names.done})` : ''}`)
        .join('; ')
    case 'budget':
      return r.budgetEur === undefined ? '' : `${names.number(r.budgetEur, 0)} €`
    case 'funding':
      return (r.funding ?? [])
        .map((x) =>
          x.amountEur === undefined
            ? x.instrument
            : `${x.instrument} ${names.number(x.amountEur, 0)} €`,
        )
        .join('; ')
    case 'leadActor': {
      const lead = leadActorOf(r)
      return lead === null ? '' : names.actor(lead)
    }
    case 'sources':
      return list(r.sources, names.source)
    case 'dependencies':
      return list(r.dependsOn, (id) => id)
    default:
      return ''
  }
}

function scoreChangeOf(c: OpportunityChange, f: FieldChange): ScoreChange | null {
  switch (f.field) {
    case 'impact':
    case 'feasibility':
    case 'priority':
    case 'rank':
    case 'ownRank':
      return c[f.field]
    default:
      return null
  }
}

/**
 * A changed field's value then (in the baseline) and now, as text for the "then / now"
 * list; scores on 0–100 to one decimal, ranks as numbers, an empty value as "".
 */
export function changeValues(
  c: OpportunityChange,
  f: FieldChange,
  names: ValueNames,
): { then: string; now: string } {
  const score = scoreChangeOf(c, f)
  if (score) {
    const digits = f.field === 'rank' || f.field === 'ownRank' ? 0 : 1
    const show = (v: number | null) => (v === null ? '' : names.number(v, digits))
    return { then: show(score.then), now: show(score.now) }
  }
  return {
    then: c.then ? recordValue(c.then, f, names) : '',
    now: c.now ? recordValue(c.now, f, names) : '',
  }
}
