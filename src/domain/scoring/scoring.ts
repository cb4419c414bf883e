import type { Axis } from '../format/export-vocabulary.ts'
import type { NormalisedScores } from './score-palette.ts'
import {
  type AxisScore,
  EQUAL_WEIGHTS,
  FLAG_SHIFT,
  PARTIAL,
  type ScoreTable,
} from './score-table.ts'

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

/** A raw score to 0..1 along its criterion's min..max. */
export function normaliseScore(value: number, min: number, max: number): number {
  return (value - min) / (max - min)
}

/**
 * The sums behind one weighted mean over the entries at `offset + i` for i in `indices` (NaN
 * where criterion i is unscored). One object serves every call, so that none allocates: the
 * matrix's robustness check runs a mean some thirty times per opportunity on every weight
 * change.
 */
const sums = { sum: 0, weightSum: 0, plainSum: 0, scored: 0 }

function sumsOf(
  normalised: NormalisedScores,
  offset: number,
  weights: readonly number[],
  indices: readonly number[],
): typeof sums {
  const { codes, values } = normalised
  sums.sum = 0
  sums.weightSum = 0
  sums.plainSum = 0
  sums.scored = 0
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number
    const v = values[codes[offset + i] as number]
    if (v === undefined || Number.isNaN(v)) continue
    const w = weights[i] ?? 0
    sums.sum += v * w
    sums.weightSum += w
    sums.plainSum += v
    sums.scored++
  }
  return sums
}

/**
 * The weighted mean of the scored entries at `offset + i` for i in `indices`: the plain mean
 * when every weight there is zero, NaN when nothing is scored (meanOf).
 */
export function weightedMeanValue(
  normalised: NormalisedScores,
  offset: number,
  weights: readonly number[],
  indices: readonly number[],
): number {
  const s = sumsOf(normalised, offset, weights, indices)
  return meanOf(s.sum, s.weightSum, s.plainSum, s.scored)
}

/** `weightedMeanValue`'s `PARTIAL` and `EQUAL_WEIGHTS` bits (0 when nothing is scored). */
function meanFlags(
  normalised: NormalisedScores,
  offset: number,
  weights: readonly number[],
  indices: readonly number[],
): number {
  const s = sumsOf(normalised, offset, weights, indices)
  return flagsOf(s.scored, indices.length, s.weightSum)
}

/** `weightedMeanValue` with what the reader is told about it; null when nothing is scored. */
export function weightedMean(
  normalised: NormalisedScores,
  offset: number,
  weights: readonly number[],
  indices: readonly number[],
): AxisScore | null {
  const value = weightedMeanValue(normalised, offset, weights, indices)
  if (Number.isNaN(value)) return null
  const bits = meanFlags(normalised, offset, weights, indices)
  return { value, partial: (bits & PARTIAL) !== 0, equalWeights: (bits & EQUAL_WEIGHTS) !== 0 }
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
 * Ranks by priority (NaN = none), highest first: 1, 2, …, and 0 for no rank. Equal scores are
 * ordered by id in code-point order (not by locale, so every machine and language ranks
 * alike). Scores are compared at 1e-12 so that the same mean reached in another summation
 * order counts as equal.
 */
export function rankByPriority(ids: readonly string[], priorities: ArrayLike<number>): Int32Array {
  const order = rankOrderPacked(ids, priorities) ?? rankOrderCompared(ids, priorities)
  const ranks = new Int32Array(ids.length)
  for (let position = 0; position < order.length; position++)
    ranks[order[position] as number] = position + 1
  return ranks
}

/** The rounded score `rankByPriority` compares. */
function rankKey(p: number): number {
  return Math.round(p * 1e12)
}

function compareIds(ids: readonly string[], a: number, b: number): number {
  const ia = ids[a] as string
  const ib = ids[b] as string
  return ia < ib ? -1 : ia > ib ? 1 : 0
}

/** The ranked indices, best first, by sorting with a comparator: works for any scores. */
function rankOrderCompared(ids: readonly string[], priorities: ArrayLike<number>): number[] {
  const order: number[] = []
  const keys = new Float64Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const p = priorities[i]
    if (p === undefined || Number.isNaN(p)) continue
    order.push(i)
    keys[i] = rankKey(p)
  }
  order.sort((a, b) => {
    const d = (keys[b] as number) - (keys[a] as number)
    return d !== 0 ? d : compareIds(ids, a, b)
  })
  return order
}

// Keys of scores in 0..1 fit in 40 bits and indices in 24, so (key, index) packs into one
// unsigned 64-bit number whose numeric order is the ranking's; a typed array sorts those
// natively, with no comparator call per comparison.
const KEY_BITS = 40
const INDEX_BITS = 24
const KEY_LIMIT = 2 ** KEY_BITS
const INDEX_LIMIT = 2 ** INDEX_BITS
const LOW_KEY_SCALE = 2 ** (32 - INDEX_BITS)
/** Where the high and low 32 bits of a 64-bit element sit in a Uint32Array view of it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
const HIGH = LITTLE_ENDIAN ? 1 : 0
const LOW = LITTLE_ENDIAN ? 0 : 1

/**
 * `rankOrderCompared`'s order, sorted as packed numbers: by key (highest first), then by
 * index; runs of equal keys are then put in id order, which leaves them as they are when ids
 * ascend with the index (as they usually do). Null when a key or index does not fit.
 */
function rankOrderPacked(ids: readonly string[], priorities: ArrayLike<number>): Int32Array | null {
  const n = ids.length
  if (n >= INDEX_LIMIT) return null
  const packed = new BigUint64Array(n)
  const words = new Uint32Array(packed.buffer)
  let count = 0
  for (let i = 0; i < n; i++) {
    const p = priorities[i]
    if (p === undefined || Number.isNaN(p)) continue
    const key = rankKey(p)
    if (!(key >= 0 && key < KEY_LIMIT)) return null
    // Inverted so that ascending numeric order puts the highest score first.
    const inverted = KEY_LIMIT - 1 - key
    words[2 * count + HIGH] = Math.floor(inverted / LOW_KEY_SCALE)
    words[2 * count + LOW] = (inverted % LOW_KEY_SCALE) * INDEX_LIMIT + i
    count++
  }
  const sorted = packed.subarray(0, count).sort()
  const sortedWords = new Uint32Array(sorted.buffer, sorted.byteOffset, 2 * count)
  const order = new Int32Array(count)
  for (let k = 0; k < count; k++) order[k] = (sortedWords[2 * k + LOW] as number) % INDEX_LIMIT
  // Equal keys: the run shares its high word and the key bits of its low word.
  let runStart = 0
  for (let k = 1; k <= count; k++) {
    if (
      k < count &&
      sortedWords[2 * k + HIGH] === sortedWords[2 * runStart + HIGH] &&
      Math.floor((sortedWords[2 * k + LOW] as number) / INDEX_LIMIT) ===
        Math.floor((sortedWords[2 * runStart + LOW] as number) / INDEX_LIMIT)
    )
      continue
    if (k - runStart > 1) sortRunById(ids, order, runStart, k)
    runStart = k
  }
  return order
}

/** Puts order[start..end) in id order, unless it already is. */
function sortRunById(ids: readonly string[], order: Int32Array, start: number, end: number): void {
  for (let k = start + 1; k < end; k++) {
    if (compareIds(ids, order[k - 1] as number, order[k] as number) > 0) {
      order.subarray(start, end).sort((a, b) => compareIds(ids, a, b))
      return
    }
  }
}

/** What scoring reads; a `NormalisedExport` is one. */
export interface Scorable {
  /** Their ids order equal priorities. */
  opportunities: readonly { id: string }[]
  criteria: readonly ScoringCriterion[]
  /**
   * Opportunity i's criterion scores on 0..1, in criterion order, at i × criteria.length
   * onwards; NaN = unscored (score-palette.ts).
   */
  normalisedScores: NormalisedScores
}

export function scoreOpportunities(input: Scorable, overrides: Weights = {}): ScoreTable {
  const { opportunities, criteria } = input
  const { codes, values } = input.normalisedScores
  const plan = scoringPlan(criteria, overrides)
  const n = opportunities.length
  const stride = criteria.length
  const impact = new Float64Array(n)
  const feasibility = new Float64Array(n)
  const priority = new Float64Array(n)
  const flags = new Uint8Array(n)
  const ids = new Array<string>(n)
  const weights = plan.weights
  const onImpact = criteria.map((c) => c.axis === 'impact')
  const impactCount = plan.impact.length
  const feasibilityCount = plan.feasibility.length
  // One pass over each opportunity's scores feeds all three means and their flags. Each mean
  // still adds its criteria in criterion order, as `weightedMeanValue` does over the plan's
  // indices, so the sums (and so the scores) come out bit for bit the same.
  for (let i = 0; i < n; i++) {
    const offset = i * stride
    let sumI = 0
    let weightSumI = 0
    let plainSumI = 0
    let scoredI = 0
    let sumF = 0
    let weightSumF = 0
    let plainSumF = 0
    let scoredF = 0
    let sum = 0
    let weightSum = 0
    let plainSum = 0
    let scored = 0
    for (let c = 0; c < stride; c++) {
      const v = values[codes[offset + c] as number]
      if (v === undefined || Number.isNaN(v)) continue
      const w = weights[c] ?? 0
      const weighted = v * w
      if (onImpact[c]) {
        sumI += weighted
        weightSumI += w
        plainSumI += v
        scoredI++
      } else {
        sumF += weighted
        weightSumF += w
        plainSumF += v
        scoredF++
      }
      sum += weighted
      weightSum += w
      plainSum += v
      scored++
    }
    impact[i] = meanOf(sumI, weightSumI, plainSumI, scoredI)
    feasibility[i] = meanOf(sumF, weightSumF, plainSumF, scoredF)
    priority[i] = meanOf(sum, weightSum, plainSum, scored)
    flags[i] =
      (flagsOf(scoredI, impactCount, weightSumI) << FLAG_SHIFT.impact) |
      (flagsOf(scoredF, feasibilityCount, weightSumF) << FLAG_SHIFT.feasibility) |
      (flagsOf(scored, stride, weightSum) << FLAG_SHIFT.priority)
    ids[i] = (opportunities[i] as { id: string }).id
  }
  return { impact, feasibility, priority, flags, rank: rankByPriority(ids, priority) }
}

/**
 * A mean from its sums: the weighted mean, the plain mean when every weight was zero, NaN
 * when nothing was scored. The one place this rule lives (weightedMeanValue, and the single
 * pass of scoreOpportunities).
 */
function meanOf(sum: number, weightSum: number, plainSum: number, scored: number): number {
  if (scored === 0) return Number.NaN
  return weightSum === 0 ? plainSum / scored : sum / weightSum
}

/** A mean's `PARTIAL` and `EQUAL_WEIGHTS` bits from its counts (0 when nothing is scored). */
function flagsOf(scored: number, of: number, weightSum: number): number {
  if (scored === 0) return 0
  return (scored < of ? PARTIAL : 0) | (weightSum === 0 ? EQUAL_WEIGHTS : 0)
}
