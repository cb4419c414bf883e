import { dayKey } from './table-row-model.ts'

/**
 * The table's per-column range filters (issue 6): min–max for numbers, from–to for dates, both
 * ends inclusive and either one open. A row with no value in a filtered column does not pass.
 * Bounds are numbers, or days as "YYYY-MM-DD" for date columns.
 */

export type RangeBound = number | string | null

export interface ColumnRange {
  min: RangeBound
  max: RangeBound
}

/** A bound as a key comparable with the column's keys: days → yyyymmdd. Null: open. */
export function boundKey(bound: RangeBound): number | null {
  if (bound === null) return null
  if (typeof bound === 'number') return Number.isFinite(bound) ? bound : null
  const k = dayKey(bound)
  return Number.isNaN(k) ? null : k
}

/**
 * 1 where every range passes, 0 elsewhere, over all n positions; null when no range filters
 * (so callers can skip the pass entirely).
 */
export function rangeMask(
  n: number,
  ranges: readonly { keys: Float64Array; range: ColumnRange }[],
): Uint8Array | null {
  const active = ranges
    .map(({ keys, range }) => ({ keys, lo: boundKey(range.min), hi: boundKey(range.max) }))
    .filter((r) => r.lo !== null || r.hi !== null)
  if (active.length === 0) return null
  const mask = new Uint8Array(n).fill(1)
  for (const { keys, lo, hi } of active) {
    const min = lo ?? Number.NEGATIVE_INFINITY
    const max = hi ?? Number.POSITIVE_INFINITY
    for (let p = 0; p < n; p++) {
      const v = keys[p] as number
      // NaN fails both comparisons: an empty value never passes.
      if (!(v >= min && v <= max)) mask[p] = 0
    }
  }
  return mask
}

/** 1 for the given positions, 0 elsewhere, combined (AND) with `also` when given. */
export function positionMask(
  n: number,
  positions: readonly number[],
  also: Uint8Array | null,
): Uint8Array {
  const mask = new Uint8Array(n)
  for (let i = 0; i < positions.length; i++) mask[positions[i] as number] = 1
  if (also !== null) for (let p = 0; p < n; p++) mask[p] = (mask[p] as number) & (also[p] as number)
  return mask
}
