import type { JsonPath } from '../format/problems.ts'

/**
 * Paths of `__proto__` keys anywhere in a value. JSON.parse makes them own properties; code
 * that later copies objects key by key could turn them into prototype pollution, so records
 * that carry one are refused before anything else touches them.
 */
export function forbiddenKeyPaths(value: unknown, base: JsonPath): JsonPath[] {
  // The common case (none) is a walk over values only; paths are built just for the rare hit.
  if (!hasForbiddenKey(value)) return []
  // Each step links to its parent rather than copying the path so far: copying made deeply
  // nested input quadratic.
  interface Step {
    key: string | number
    parent: Step | null
  }
  const pathOf = (step: Step | null, last: string): JsonPath => {
    const keys: (string | number)[] = [last]
    for (let s = step; s !== null; s = s.parent) keys.push(s.key)
    return [...base, ...keys.reverse()]
  }
  const found: JsonPath[] = []
  const stack: [unknown, Step | null][] = [[value, null]]
  while (stack.length > 0 && found.length < MAX_FORBIDDEN_KEYS_REPORTED) {
    const [v, step] = stack.pop() as [unknown, Step | null]
    if (typeof v !== 'object' || v === null) continue
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key]
      const at = Array.isArray(v) ? Number(key) : key
      if (key === '__proto__') found.push(pathOf(step, key))
      else if (typeof child === 'object' && child !== null)
        stack.push([child, { key: at, parent: step }])
    }
  }
  return found.slice(0, MAX_FORBIDDEN_KEYS_REPORTED)
}

/**
 * One record is refused whatever the count; naming the first few is enough to find them, and
 * a cap keeps a key repeated at every level of deep nesting from costing depth² path steps.
 */
const MAX_FORBIDDEN_KEYS_REPORTED = 20

function hasForbiddenKey(value: unknown): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const c: unknown = v[i]
        if (typeof c === 'object' && c !== null) stack.push(c)
      }
    } else if (typeof v === 'object' && v !== null) {
      if (Object.prototype.hasOwnProperty.call(v, '__proto__')) return true
      for (const key in v) {
        const c = (v as Record<string, unknown>)[key]
        if (typeof c === 'object' && c !== null) stack.push(c)
      }
    }
  }
  return false
}
