import { quadrantOf, type Quadrant } from '../../../domain/scoring/quadrant.ts'
import { isRobust, robustnessVariants } from '../../../domain/scoring/robustness.ts'
import {
  EQUAL_WEIGHTS,
  PARTIAL,
  axisValueAt,
  flagShift,
  rankAt,
  type ScoreTable,
} from '../../../domain/scoring/score-table.ts'
import {
  scoreOpportunities,
  scoringPlan,
  type Scorable,
  type ScoringCriterion,
  type Weights,
} from '../../../domain/scoring/scoring.ts'

/**
 * What the matrix shows of each opportunity the filters leave, with the current (what-if)
 * weights: its axis scores, quadrant, rank, how its rank moved against the export's own
 * weights, and whether its act-now place is robust. Ranks are over the whole export, as in
 * every other view, so a filter never renumbers them.
 */

export interface MatrixRow {
  /** Index in the export's opportunity list. */
  position: number
  id: string
  /** Axis means on 0..1; null without a score on the axis. */
  impact: number | null
  feasibility: number | null
  priority: number | null
  rank: number | null
  /** The rank with the export's weights. */
  exportRank: number | null
  /** Places gained against the export's weights (positive: moved up); null without a rank. */
  rankChange: number | null
  /** Null when the opportunity is not placed (no score on an axis). */
  quadrant: Quadrant | null
  /** Placed, but some criteria on an axis are unscored and left out of its mean. */
  partial: boolean
  /** In act-now, and stays there when any single weight is halved or doubled. */
  robust: boolean
}

export interface MatrixModel {
  /** Placed opportunities, highest rank first. */
  placed: MatrixRow[]
  /** Opportunities without a score on one axis or both, by rank and then in export order. */
  unscored: MatrixRow[]
  /** Every opportunity with a rank (placed or not: one scored axis gives a priority), by rank. */
  ranked: MatrixRow[]
  /** Placed positions where every weight entering an axis mean was zero (equal weights used). */
  equalWeightCount: number
  /** The weights in use, in criterion order. */
  weights: number[]
}

export interface MatrixInput extends Scorable {
  /** Scores with the export's weights, aligned with `opportunities`. */
  exportScores: ScoreTable
}

const IMPACT_SHIFT = flagShift('impact')
const FEASIBILITY_SHIFT = flagShift('feasibility')
/** Either axis mean leaves unscored criteria out. */
const EITHER_PARTIAL = (PARTIAL << IMPACT_SHIFT) | (PARTIAL << FEASIBILITY_SHIFT)
/** Either axis mean fell back to equal weights. */
const EITHER_EQUAL = (EQUAL_WEIGHTS << IMPACT_SHIFT) | (EQUAL_WEIGHTS << FEASIBILITY_SHIFT)

function byRankThenPosition(a: MatrixRow, b: MatrixRow): number {
  const ra = a.rank ?? Number.POSITIVE_INFINITY
  const rb = b.rank ?? Number.POSITIVE_INFINITY
  return ra - rb || a.position - b.position
}

/**
 * Placed rows all have distinct ranks (1..n over the whole export): a bucket pass puts them in
 * order in linear time, which matters on every weight change at 10 000 opportunities.
 */
function sortByRank(rows: MatrixRow[]): void {
  let max = 0
  for (const r of rows) {
    if (r.rank === null) return void rows.sort(byRankThenPosition)
    if (r.rank > max) max = r.rank
  }
  const slots = new Array<MatrixRow | undefined>(max + 1)
  for (const r of rows) {
    if (slots[r.rank as number] !== undefined) return void rows.sort(byRankThenPosition)
    slots[r.rank as number] = r
  }
  let k = 0
  for (const r of slots) if (r !== undefined) rows[k++] = r
}

export function buildMatrixModel(
  input: MatrixInput,
  positions: readonly number[],
  overrides: Weights,
): MatrixModel {
  const plan = scoringPlan(input.criteria, overrides)
  const changed = input.criteria.some((c, i) => plan.weights[i] !== c.weight)
  // Without a change the export's scores stand; with one, ranks are redone over the whole
  // export, so that a filter never renumbers them.
  const scores = changed ? scoreOpportunities(input, overrides) : input.exportScores
  const variants = robustnessVariants(plan.weights)
  const stride = input.criteria.length

  const placed: MatrixRow[] = []
  const unscored: MatrixRow[] = []
  let equalWeightCount = 0
  for (const position of positions) {
    const o = input.opportunities[position]
    if (!o || position >= scores.rank.length) continue
    const impact = axisValueAt(scores, 'impact', position)
    const feasibility = axisValueAt(scores, 'feasibility', position)
    const rank = rankAt(scores, position)
    const exportRank = rankAt(input.exportScores, position)
    const flags = scores.flags[position] ?? 0
    const quadrant =
      impact !== null && feasibility !== null ? quadrantOf(feasibility, impact) : null
    const row: MatrixRow = {
      position,
      id: o.id,
      impact,
      feasibility,
      priority: axisValueAt(scores, 'priority', position),
      rank,
      exportRank,
      rankChange: rank !== null && exportRank !== null ? exportRank - rank : null,
      quadrant,
      partial: quadrant !== null && (flags & EITHER_PARTIAL) !== 0,
      robust:
        quadrant === 'actNow' &&
        isRobust(input.normalisedScores, position * stride, plan, variants),
    }
    if (quadrant === null) unscored.push(row)
    else {
      placed.push(row)
      if ((flags & EITHER_EQUAL) !== 0) equalWeightCount++
    }
  }
  sortByRank(placed)
  unscored.sort(byRankThenPosition)
  const ranked = [...placed, ...unscored.filter((r) => r.rank !== null)].sort(byRankThenPosition)
  return { placed, unscored, ranked, equalWeightCount, weights: plan.weights }
}

/** Every row, placed or not, by rank and then in export order: the table alternative's order. */
export function rowsByRank(model: MatrixModel): MatrixRow[] {
  return [...model.placed, ...model.unscored].sort(byRankThenPosition)
}

/**
 * The URL's weight overrides after setting one criterion's weight: a weight equal to the
 * export's is dropped, so the link carries only real what-ifs.
 */
export function withWeight(
  criteria: readonly ScoringCriterion[],
  overrides: Weights,
  id: string,
  weight: number,
): Record<string, number> {
  const criterion = criteria.find((c) => c.id === id)
  const keep = !!criterion && criterion.weight !== weight
  const next: Record<string, number> = {}
  for (const [k, v] of Object.entries(overrides)) if (k !== id) next[k] = v
  if (keep) next[id] = weight
  return next
}
