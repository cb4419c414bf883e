import type { Axis } from './export-vocabulary.ts'

/**
 * Scoring as the spec defines it ("Scoring, as every view computes it"). Criterion scores are
 * mapped to 0..1 once, at normalisation; what-if weights then only rerun the weighted means,
 * which is a tight loop over numbers even at 100 000 opportunities.
 */

export interface ScoringCriterion {
  id: string
  axis: Axis
  /** The export's weight. */
  weight: number
}

/** criterion id → weight; ids not given keep the export's weight. */
export type Weights = Readonly<Record<string, number>>

export interface AxisScore {
  /** Weighted mean on 0..1. */
  value: number
  /** Some criteria on this axis are unscored and left out of the mean. */
  partial: boolean
  /** Every weight that entered the mean was zero, so equal weights were used. */
  equalWeights: boolean
}

export interface OpportunityScore {
  impact: AxisScore | null
  feasibility: AxisScore | null
  /** Weighted mean over all criteria of both axes; null when nothing is scored. */
  priority: AxisScore | null
  /** 1 = highest priority; null without a priority score. */
  rank: number | null
}

/** A raw score to 0..1 along its criterion's min..max. */
export function normaliseScore(value: number, min: number, max: number): number {
  return (value - min) / (max - min)
}

/**
 * The weighted mean of the scored entries among `indices` (`normalised[i]` is null where
 * criterion i is unscored): the plain mean when every weight there is zero, NaN when nothing
 * is scored. The one place this arithmetic lives; it allocates nothing, because the matrix's
 * robustness check runs it some thirty times per opportunity on every weight change.
 */
export function weightedMeanValue(
  normalised: readonly (number | null)[],
  weights: readonly number[],
  indices: readonly number[],
): number {
  let sum = 0
  let weightSum = 0
  let plainSum = 0
  let scored = 0
  for (const i of indices) {
    const v = normalised[i]
    if (v === null || v === undefined) continue
    const w = weights[i] ?? 0
    sum += v * w
    weightSum += w
    plainSum += v
    scored++
  }
  if (scored === 0) return Number.NaN
  return weightSum === 0 ? plainSum / scored : sum / weightSum
}

/** `weightedMeanValue` with what the reader is told about it; null when nothing is scored. */
export function weightedMean(
  normalised: readonly (number | null)[],
  weights: readonly number[],
  indices: readonly number[],
): AxisScore | null {
  const value = weightedMeanValue(normalised, weights, indices)
  if (Number.isNaN(value)) return null
  let scored = 0
  let weightSum = 0
  for (const i of indices) {
    if (normalised[i] === null || normalised[i] === undefined) continue
    scored++
    weightSum += weights[i] ?? 0
  }
  return { value, partial: scored < indices.length, equalWeights: weightSum === 0 }
}

export interface ScoringPlan {
  weights: number[]
  impact: number[]
  feasibility: number[]
  all: number[]
}

/** Weights in criterion order, and which criteria belong to which mean. */
export function scoringPlan(
  criteria: readonly ScoringCriterion[],
  overrides: Weights = {},
): ScoringPlan {
  const weights = criteria.map((c) => {
    const w = overrides[c.id]
    return w !== undefined && Number.isFinite(w) && w >= 0 ? w : c.weight
  })
  const impact: number[] = []
  const feasibility: number[] = []
  criteria.forEach((c, i) => (c.axis === 'impact' ? impact : feasibility).push(i))
  return { weights, impact, feasibility, all: criteria.map((_, i) => i) }
}

/**
 * Ranks by priority, highest first; equal scores ordered by id in code-point order (not by
 * locale, so every machine and language ranks alike). Scores are compared at 1e-12 so that
 * the same mean reached in another summation order counts as equal.
 */
export function rankByPriority(
  ids: readonly string[],
  priorities: readonly (number | null)[],
): (number | null)[] {
  const order: number[] = []
  const keys = new Float64Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const p = priorities[i]
    if (p === null || p === undefined) continue
    order.push(i)
    keys[i] = Math.round(p * 1e12)
  }
  order.sort((a, b) => {
    const d = (keys[b] as number) - (keys[a] as number)
    if (d !== 0) return d
    const ia = ids[a] as string
    const ib = ids[b] as string
    return ia < ib ? -1 : ia > ib ? 1 : 0
  })
  const ranks: (number | null)[] = new Array<number | null>(ids.length).fill(null)
  for (let position = 0; position < order.length; position++)
    ranks[order[position] as number] = position + 1
  return ranks
}

export interface Scorable {
  id: string
  /** Normalised 0..1 score per criterion, in criterion order; null = unscored. */
  normalisedScores: readonly (number | null)[]
}

export function scoreOpportunities(
  opportunities: readonly Scorable[],
  criteria: readonly ScoringCriterion[],
  overrides: Weights = {},
): OpportunityScore[] {
  const plan = scoringPlan(criteria, overrides)
  const n = opportunities.length
  const scores: OpportunityScore[] = new Array<OpportunityScore>(n)
  const ids: string[] = new Array<string>(n)
  const priorities: (number | null)[] = new Array<number | null>(n)
  for (let i = 0; i < n; i++) {
    const o = opportunities[i] as Scorable
    const priority = weightedMean(o.normalisedScores, plan.weights, plan.all)
    scores[i] = {
      impact: weightedMean(o.normalisedScores, plan.weights, plan.impact),
      feasibility: weightedMean(o.normalisedScores, plan.weights, plan.feasibility),
      priority,
      rank: null,
    }
    ids[i] = o.id
    priorities[i] = priority?.value ?? null
  }
  const ranks = rankByPriority(ids, priorities)
  for (let i = 0; i < n; i++) (scores[i] as OpportunityScore).rank = ranks[i] ?? null
  return scores
}
