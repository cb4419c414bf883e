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
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined)
  if (keys.length !== Object.keys(rb).filter((k) => rb[k] !== undefined).length) return false
  for (const k of keys) if (!Object.hasOwn(rb, k) || !sameValue(ra[k], rb[k])) return false
  return true
}

/**
 * Equality of two id lists read as sets (clusters, goals, sources, dependencies): their
 * order carries no meaning, and a missing list is an empty one.
 */
export function sameSet(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): boolean {
  const la = a ?? []
  const lb = b ?? []
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
  return sameValue(a ?? [], b ?? [])
}
