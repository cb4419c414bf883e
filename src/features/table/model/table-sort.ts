/**
 * Sorting the analyst table: a header click sorts by one column, shift-click adds a
 * second and third; empty values go last in both directions. Keys are numbers (see
 * table-row-model.ts), so sorting 100 000 rows compares numbers only.
 */

export interface SortSpec {
  column: string
  desc: boolean
}

export const MAX_SORT_KEYS = 3

/**
 * The sort after a click on `column`'s header. A plain click sorts by that column alone
 * (ascending; descending when it already was the only key sorted ascending; then unsorted);
 * with `additive` (shift-click) the column is added as the next key, or its direction flipped,
 * or, after descending, removed; at most `MAX_SORT_KEYS` keys, the oldest extra ones dropped.
 * `descFirst` starts numbers at their largest, which analysts usually want first.
 */
export function toggleSort(
  sort: readonly SortSpec[],
  column: string,
  additive: boolean,
  descFirst = false,
): SortSpec[] {
  const at = sort.findIndex((k) => k.column === column)
  const current = at < 0 ? undefined : sort[at]
  // first direction → second direction → off
  const next = current === undefined ? descFirst : current.desc === descFirst ? !descFirst : null
  if (!additive) {
    if (current === undefined) return [{ column, desc: descFirst }]
    // Off after the second direction, unless other keys were set too: then this column alone.
    if (next === null) return sort.length > 1 ? [{ column, desc: descFirst }] : []
    return [{ column, desc: next }]
  }
  if (current === undefined) return [...sort, { column, desc: descFirst }].slice(-MAX_SORT_KEYS)
  if (next === null) return sort.filter((k) => k.column !== column)
  return sort.map((k) => (k.column === column ? { column, desc: next } : k))
}

/**
 * Where `column` stands in the sort, as its header shows it: its direction and its 1-based
 * place among the keys (`multi` when there are several); null when it is not sorted on.
 */
export function sortPlace(
  sort: readonly SortSpec[],
  column: string,
): { desc: boolean; place: number; multi: boolean } | null {
  const at = sort.findIndex((k) => k.column === column)
  const key = sort[at]
  return key === undefined ? null : { desc: key.desc, place: at + 1, multi: sort.length > 1 }
}

/**
 * Positions 0..n-1 ordered by the keys, most significant first; NaN (no value) last whatever
 * the direction; ties keep export order, so the sort is stable and the same on every machine.
 *
 * No comparator runs, since calling one per comparison is what makes sorting 100 000 rows slow.
 * Each column's keys become small integer ranks once (cached with the key array, which the
 * table model makes once per column and never changes), and the rows are then ordered by a
 * stable counting sort per key, least significant first (an LSD radix sort): a few linear
 * passes.
 */
export function sortPositions(
  n: number,
  keys: readonly Float64Array[],
  desc: readonly boolean[],
): Int32Array {
  let order: Int32Array = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  for (let k = keys.length - 1; k >= 0; k--)
    order = countingSort(order, cachedRanks(keys[k] as Float64Array, n), desc[k] === true)
  return order
}

/** A stable sort of `order` by rank (reversed when `desc`, the empty rank staying last). */
function countingSort(order: Int32Array, { ranks, bound }: Ranks, desc: boolean): Int32Array {
  const n = order.length
  const empty = bound - 1
  const counts = new Int32Array(bound + 1)
  for (let i = 0; i < n; i++) {
    let r = ranks[order[i] as number] as number
    if (desc && r !== empty) r = empty - 1 - r
    counts[r + 1] = (counts[r + 1] as number) + 1
  }
  for (let b = 1; b <= bound; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number)
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const p = order[i] as number
    let r = ranks[p] as number
    if (desc && r !== empty) r = empty - 1 - r
    out[counts[r] as number] = p
    counts[r] = (counts[r] as number) + 1
  }
  return out
}

/** Ascending ranks per key array: a column's keys are made once, so are its ranks. */
const rankCache = new WeakMap<Float64Array, Ranks>()

/** Ranks no larger than about 2n, so counting needs little memory. */
function cachedRanks(key: Float64Array, n: number): Ranks {
  let r = rankCache.get(key)
  if (r === undefined || r.ranks.length !== n) {
    r = ranksOf(key, n)
    if (r.bound > 2 * n + 2) r = denseRanks(key, n)
    rankCache.set(key, r)
  }
  return r
}

/** Ranks (integers ≥ 0, empty values at the top) and a bound above every rank. */
interface Ranks {
  ranks: Float64Array
  bound: number
}

/**
 * Integer keys within ±2^35 (collation ranks, enumerations, counts) are their own ranks,
 * shifted to start at 0; other keys (scores, or spread-out integers such as euros and days,
 * see `cachedRanks`) are ranked densely.
 */
function ranksOf(key: Float64Array, n: number): Ranks {
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (let i = 0; i < n; i++) {
    const v = key[i] as number
    if (v !== v) continue
    if (v !== Math.floor(v) || v > 2 ** 35 || v < -(2 ** 35)) return denseRanks(key, n)
    if (v < min) min = v
    if (v > max) max = v
  }
  if (min > max) return { ranks: new Float64Array(n), bound: 1 }
  const empty = max - min + 1
  const ranks = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const v = key[i] as number
    ranks[i] = v !== v ? empty : v - min
  }
  return { ranks, bound: empty + 1 }
}

/**
 * Each row's rank among the distinct values of its key, 0 for the smallest; an empty value gets
 * one past the last rank.
 */
function denseRanks(key: Float64Array, n: number): Ranks {
  const values = new Float64Array(n)
  let m = 0
  for (let i = 0; i < n; i++) {
    const v = key[i] as number
    if (v === v) values[m++] = v
  }
  const sorted = values.subarray(0, m).sort()
  // Distinct values, in place.
  let u = 0
  for (let i = 0; i < m; i++)
    if (u === 0 || sorted[i] !== sorted[u - 1]) sorted[u++] = sorted[i] as number
  const ranks = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const v = key[i] as number
    if (v !== v) {
      ranks[i] = u
      continue
    }
    let lo = 0
    let hi = u - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((sorted[mid] as number) < v) lo = mid + 1
      else hi = mid
    }
    ranks[i] = lo
  }
  return { ranks, bound: u + 1 }
}

/** The sorted positions that pass a filter, in sorted order. `pass` null: all pass. */
export function selectPositions(order: Int32Array, pass: Uint8Array | null): Int32Array {
  if (pass === null) return order
  let count = 0
  for (let i = 0; i < order.length; i++) if (pass[order[i] as number] === 1) count++
  const out = new Int32Array(count)
  let j = 0
  for (let i = 0; i < order.length; i++) {
    const p = order[i] as number
    if (pass[p] === 1) out[j++] = p
  }
  return out
}
