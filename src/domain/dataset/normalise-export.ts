import type { DayRange } from '../format/calendar.ts'
import type {
  Actor,
  Cluster,
  Criterion,
  Dataset,
  Frame,
  Opportunity,
  Source,
  Theme,
} from '../format/export-schema.ts'
import { normalisedOpportunity } from './normalised-opportunity.ts'
import { addDependents } from './reverse-dependencies.ts'
import { encodeScores, scoreValueAt, type NormalisedScores } from '../scoring/score-palette.ts'
import type { ScoreTable } from '../scoring/score-table.ts'
import { normaliseScore, scoreOpportunities } from '../scoring/scoring.ts'

/**
 * A validated export in the shape the views need, made once per load: lookups by id, periods
 * as day ranges, criterion scores on 0..1, reverse dependencies, and scores with the export's
 * weights. Everything here survives structured cloning (the worker sends it to the page).
 */

/**
 * One loaded opportunity: its record as it came, and its horizon as days (the views read it
 * in every layout and filter). Kept beside the record rather than merged into it, so the
 * record stays untouched (it is what a JSON export writes back) and every wrapper has the same
 * shape, which keeps making 100 000 of them cheap. What else the views derive from a record
 * is worked out on demand (normalised-opportunity.ts).
 */
export interface NormalisedOpportunity {
  id: string
  /** Position in the export's `opportunities` list (set-aside records leave gaps). */
  index: number
  record: Opportunity
  horizonRange: DayRange | null
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
  /** id → ids of the opportunities that depend on it. */
  dependents: Map<string, string[]>
  /**
   * Criterion scores mapped to 0..1: opportunity i's, in `criteria` order, at
   * i × criteria.length onwards; NaN where unscored. One block of codes rather than an array
   * per opportunity, to keep a large export's heap small (score-palette.ts); read one with
   * `normalisedScoreAt`.
   */
  normalisedScores: NormalisedScores
  /** Scores with the export's own weights, aligned with `opportunities`. */
  scores: ScoreTable
}

/** The 0..1 score of the opportunity at `position` on the criterion at index `criterion`. */
export function normalisedScoreAt(
  data: Pick<NormalisedExport, 'criteria' | 'normalisedScores'>,
  position: number,
  criterion: number,
): number | null {
  // NaN marks an unscored criterion.
  const v = scoreValueAt(data.normalisedScores, position * data.criteria.length + criterion)
  return v === undefined || Number.isNaN(v) ? null : v
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>()
  for (const x of items) map.set(x.id, x)
  return map
}

export function normaliseExport(
  frame: Frame,
  accepted: readonly { index: number; value: Opportunity }[],
  loadedIds: { has(id: string): boolean },
): NormalisedExport {
  const criteria = frame.criteria
  const stride = criteria.length
  const criterionIds = criteria.map((c) => c.id)
  const mins = criteria.map((c) => c.min)
  const maxes = criteria.map((c) => c.max)
  const n = accepted.length
  const scores = new Float64Array(n * stride)
  const opportunities: NormalisedOpportunity[] = []
  const dependents = new Map<string, string[]>()
  // One pass makes each wrapper and its reverse dependencies: at 100 000 opportunities every
  // further walk over them (and over their records, whose varied shapes make each property
  // read slow) cost the load tens of milliseconds.
  for (let position = 0; position < n; position++) {
    const { index, value } = accepted[position] as { index: number; value: Opportunity }
    const given = value.scores
    const offset = position * stride
    for (let c = 0; c < stride; c++) {
      // A valid score is a number; checking the type (not just presence) also keeps criterion
      // ids such as "toString" from finding Object.prototype's functions.
      const v = given === undefined ? undefined : given[criterionIds[c] as string]
      scores[offset + c] =
        typeof v === 'number'
          ? normaliseScore(v, mins[c] as number, maxes[c] as number)
          : Number.NaN
    }
    const o = normalisedOpportunity(value, index)
    opportunities.push(o)
    addDependents(dependents, o.id, value.dependsOn, loadedIds)
  }

  const normalisedScores = encodeScores(scores)
  const { opportunities: _opportunities, ...frameOnly } = frame
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
    dependents,
    normalisedScores,
    scores: scoreOpportunities({ opportunities, criteria, normalisedScores }),
  }
}
