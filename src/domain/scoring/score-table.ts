/**
 * The scores of a set of opportunities as typed arrays (scoring.ts makes them), and how to
 * read one opportunity's. Apart from the scoring code so that the overview, which only reads
 * scores, does not bring the ranking and weighting code into the first download.
 */

export interface AxisScore {
  /** Weighted mean on 0..1. */
  value: number
  /** Some criteria on this axis are unscored and left out of the mean. */
  partial: boolean
  /** Every weight that entered the mean was zero, so equal weights were used. */
  equalWeights: boolean
}

/** One opportunity's scores as an object, for code that shows a single opportunity. */
export interface OpportunityScore {
  impact: AxisScore | null
  feasibility: AxisScore | null
  /** Weighted mean over all criteria of both axes; null when nothing is scored. */
  priority: AxisScore | null
  /** 1 = highest priority; null without a priority score. */
  rank: number | null
}

/** The means a score table holds for each opportunity. */
export type ScoreAxis = 'impact' | 'feasibility' | 'priority'

/**
 * The scores of n opportunities, one typed array per field, aligned with the opportunities.
 * Not an object per opportunity: for a large export those small objects weigh on the heap,
 * keep the garbage collector busy while validating, and are copied one by one when the
 * worker hands the report over, where a typed array is copied as one block.
 *
 * Loops over every opportunity read the arrays; `opportunityScoreAt` and friends give one
 * opportunity's scores as objects.
 */
export interface ScoreTable {
  /** Weighted means on 0..1; NaN where the opportunity has no score on that axis. */
  impact: Float64Array
  feasibility: Float64Array
  priority: Float64Array
  /** Per opportunity, a `PARTIAL` and an `EQUAL_WEIGHTS` bit for each axis (`flagShift`). */
  flags: Uint8Array
  /** 1 = highest priority; 0 = no rank (no priority score). */
  rank: Int32Array
}

/** The axis's mean leaves unscored criteria out (`AxisScore.partial`). */
export const PARTIAL = 1
/** Every weight entering the axis's mean was zero (`AxisScore.equalWeights`). */
export const EQUAL_WEIGHTS = 2

export const FLAG_SHIFT: Readonly<Record<ScoreAxis, number>> = {
  impact: 0,
  feasibility: 2,
  priority: 4,
}

/** Where an axis's bits sit in `ScoreTable.flags`: `(flags >> flagShift(axis)) & PARTIAL`. */
export function flagShift(axis: ScoreAxis): number {
  return FLAG_SHIFT[axis]
}

/** A table for n opportunities with nothing scored. */
export function createScoreTable(n: number): ScoreTable {
  return {
    impact: new Float64Array(n).fill(Number.NaN),
    feasibility: new Float64Array(n).fill(Number.NaN),
    priority: new Float64Array(n).fill(Number.NaN),
    flags: new Uint8Array(n),
    rank: new Int32Array(n),
  }
}

/** How many opportunities the table scores. */
export function scoreCount(table: ScoreTable): number {
  return table.rank.length
}

/** The mean on one axis, on 0..1; null without a score (or outside the table). */
export function axisValueAt(table: ScoreTable, axis: ScoreAxis, i: number): number | null {
  const v = table[axis][i]
  return v === undefined || Number.isNaN(v) ? null : v
}

export function axisScoreAt(table: ScoreTable, axis: ScoreAxis, i: number): AxisScore | null {
  const value = axisValueAt(table, axis, i)
  if (value === null) return null
  const bits = ((table.flags[i] ?? 0) >> FLAG_SHIFT[axis]) & 3
  return { value, partial: (bits & PARTIAL) !== 0, equalWeights: (bits & EQUAL_WEIGHTS) !== 0 }
}

/** Whether the mean on an axis leaves unscored criteria out (false without a score). */
export function isPartialAt(table: ScoreTable, axis: ScoreAxis, i: number): boolean {
  return (((table.flags[i] ?? 0) >> FLAG_SHIFT[axis]) & PARTIAL) !== 0
}

/** Whether the mean on an axis fell back to equal weights (false without a score). */
export function hasEqualWeightsAt(table: ScoreTable, axis: ScoreAxis, i: number): boolean {
  return (((table.flags[i] ?? 0) >> FLAG_SHIFT[axis]) & EQUAL_WEIGHTS) !== 0
}

export function priorityAt(table: ScoreTable, i: number): number | null {
  return axisValueAt(table, 'priority', i)
}

/** 1 = highest priority; null without a rank (or outside the table). */
export function rankAt(table: ScoreTable, i: number): number | null {
  const r = table.rank[i]
  return r === undefined || r === 0 ? null : r
}

export function opportunityScoreAt(table: ScoreTable, i: number): OpportunityScore {
  return {
    impact: axisScoreAt(table, 'impact', i),
    feasibility: axisScoreAt(table, 'feasibility', i),
    priority: axisScoreAt(table, 'priority', i),
    rank: rankAt(table, i),
  }
}
