/**
 * Text columns sort by the UI language's collation (text-compare.ts). Comparing with
 * `Intl.Collator` is slow next to comparing numbers, so each text column is turned once into ranks: equal texts share a rank, and the
 * ranks order as the texts do. A header click then sorts numbers only.
 */

/**
 * The rank of each text among the distinct texts, in `compare` order; an empty text gets NaN
 * (no value: sorted last in both directions). `compare` must be a total order, as
 * `compareText(lang)` is, so equal ranks mean equal texts.
 */
export function collationRanks(
  texts: readonly string[],
  compare: (a: string, b: string) => number,
): Float64Array {
  // Each distinct text is sorted once: columns such as theme or lead actor repeat a few
  // dozen texts over 100 000 rows.
  const slot = new Map<string, number>()
  const distinct: string[] = []
  const n = texts.length
  const slots = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const t = texts[i] as string
    if (t === '') {
      slots[i] = -1
      continue
    }
    let s = slot.get(t)
    if (s === undefined) {
      s = distinct.length
      slot.set(t, s)
      distinct.push(t)
    }
    slots[i] = s
  }
  const order = distinct.map((_, i) => i)
  order.sort((a, b) => compare(distinct[a] as string, distinct[b] as string))
  const rankOfSlot = new Float64Array(distinct.length)
  for (let r = 0; r < order.length; r++) rankOfSlot[order[r] as number] = r
  const ranks = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const s = slots[i] as number
    ranks[i] = s < 0 ? Number.NaN : (rankOfSlot[s] as number)
  }
  return ranks
}
