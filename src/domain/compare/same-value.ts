/** The list a missing one reads as; shared, so that no call makes one. */
const NONE: readonly never[] = []

/**
 * Equality of JSON values as an export means them: objects regardless of key order (a
 * localized text written in another order is the same text), lists in order.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  // Keys counted, not listed: a comparison calls this for every text of every opportunity,
  // and key arrays made on each call were most of its garbage.
  let defined = 0
  for (const k in ra) {
    if (!Object.hasOwn(ra, k) || ra[k] === undefined) continue
    if (!Object.hasOwn(rb, k) || !sameValue(ra[k], rb[k])) return false
    defined++
  }
  for (const k in rb) if (Object.hasOwn(rb, k) && rb[k] !== undefined) defined--
  return defined === 0
}

/**
 * Equality of two id lists read as sets (clusters, goals, sources, dependencies): their
 * order carries no meaning, and a missing list is an empty one.
 */
export function sameSet(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): boolean {
  if (a === b) return true
  const la = a ?? NONE
  const lb = b ?? NONE
  // Most lists come back in the same order: compared in place, no sets made.
  if (la.length === lb.length) {
    let i = 0
    while (i < la.length && la[i] === lb[i]) i++
    if (i === la.length) return true
  }
  const sa = new Set(la)
  const sb = new Set(lb)
  if (sa.size !== sb.size) return false
  for (const x of sa) if (!sb.has(x)) return false
  return true
}

/** A missing optional list and an empty one say the same. */
export function sameList(
  a: readonly unknown[] | undefined,
  b: readonly unknown[] | undefined,
): boolean {
  return a === b || sameValue(a ?? NONE, b ?? NONE)
}
