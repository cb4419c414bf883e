import { horizonRange, type DayRange } from './calendar.ts'
import type { Actor, Cluster, Criterion, Dataset, Frame, Opportunity, Source, Theme } from './export-schema.ts'
import { normaliseScore, scoreOpportunities, type OpportunityScore } from './scoring.ts'

/**
 * A validated export in the shape the views need, made once per load: lookups by id, periods
 * as day ranges, criterion scores on 0..1, reverse dependencies, and scores with the export's
 * weights. Everything here survives structured cloning (the worker sends it to the page).
 */

export interface NormalisedOpportunity extends Opportunity {
  /** Position in the export's `opportunities` list (set-aside records leave gaps). */
  index: number
  horizonRange: DayRange | null
  /** Per criterion, in `criteria` order: the score mapped to 0..1, or null when unscored. */
  normalisedScores: (number | null)[]
  leadActor: string | null
  fundingTotalEur: number | null
  sourceCount: number
}

export interface NormalisedExport {
  /** The export's own fields (unknown ones kept) except the opportunities. */
  frame: Omit<Frame, 'opportunities'>
  dataset: Dataset
  exportedAt: string
  themes: Theme[]
  clusters: Cluster[]
  sources: Source[]
  actors: Actor[]
  criteria: Criterion[]
  opportunities: NormalisedOpportunity[]
  themeById: Map<string, Theme>
  clusterById: Map<string, Cluster>
  sourceById: Map<string, Source>
  actorById: Map<string, Actor>
  criterionById: Map<string, Criterion>
  opportunityById: Map<string, NormalisedOpportunity>
  /** id → ids of the opportunities that depend on it. */
  dependents: Map<string, string[]>
  /** Scores with the export's own weights, aligned with `opportunities`. */
  scores: OpportunityScore[]
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]))
}

export function normaliseExport(
  frame: Frame,
  accepted: readonly { index: number; value: Opportunity }[],
  loadedIds: ReadonlySet<string>,
): NormalisedExport {
  const criteria = frame.criteria
  const opportunities: NormalisedOpportunity[] = accepted.map(({ index, value }) => {
    const scores = value.scores ?? {}
    let fundingTotal: number | null = null
    for (const f of value.funding ?? []) if (f.amountEur !== undefined) fundingTotal = (fundingTotal ?? 0) + f.amountEur
    return {
      ...value,
      index,
      horizonRange: value.horizon ? horizonRange(value.horizon.start, value.horizon.end) : null,
      normalisedScores: criteria.map((c) => {
        const v = scores[c.id]
        return v === null || v === undefined ? null : normaliseScore(v, c.min, c.max)
      }),
      leadActor: value.actors?.find((a) => a.role === 'lead')?.actor ?? null,
      fundingTotalEur: fundingTotal,
      sourceCount: value.sources?.length ?? 0,
    }
  })

  const dependents = new Map<string, string[]>()
  for (const o of opportunities) {
    for (const dep of o.dependsOn ?? []) {
      if (!loadedIds.has(dep)) continue
      const list = dependents.get(dep)
      if (list) list.push(o.id)
      else dependents.set(dep, [o.id])
    }
  }

  const { opportunities: _dropped, ...frameOnly } = frame
  return {
    frame: frameOnly,
    dataset: frame.dataset,
    exportedAt: frame.exportedAt,
    themes: frame.themes,
    clusters: frame.clusters ?? [],
    sources: frame.sources ?? [],
    actors: frame.actors ?? [],
    criteria,
    opportunities,
    themeById: byId(frame.themes),
    clusterById: byId(frame.clusters ?? []),
    sourceById: byId(frame.sources ?? []),
    actorById: byId(frame.actors ?? []),
    criterionById: byId(criteria),
    opportunityById: byId(opportunities),
    dependents,
    scores: scoreOpportunities(opportunities, criteria),
  }
}
