import type { JsonPath } from '../format/problems.ts'

/** Where a parsed value goes past the validator's bounds (limits.ts), and how. */
export type BoundsBreach =
  { kind: 'tooDeep'; path: JsonPath } | { kind: 'tooManyEntries'; path: JsonPath; count: number }

interface Step {
  key: string | number
  parent: Step | null
}

function pathOf(base: JsonPath, step: Step | null): JsonPath {
  const keys: (string | number)[] = []
  for (let s = step; s !== null; s = s.parent) keys.push(s.key)
  return [...base, ...keys.reverse()]
}

/**
 * The first place in `value` (at `base` in the export) that nests deeper than `maxDepth`
 * levels below `base`, or holds a list or object of more than `maxEntries` entries; null when
 * it stays within both. Iterative, so no input can overflow the stack; each step links to its
 * parent, so a path is built only for the breach.
 */
export function findBoundsBreach(
  value: unknown,
  base: JsonPath,
  maxDepth: number,
  maxEntries: number,
): BoundsBreach | null {
  const stack: [unknown, number, Step | null][] = [[value, 0, null]]
  while (stack.length > 0) {
    const [v, depth, step] = stack.pop() as [unknown, number, Step | null]
    if (typeof v !== 'object' || v === null) continue
    if (depth >= maxDepth) return { kind: 'tooDeep', path: pathOf(base, step) }
    if (Array.isArray(v)) {
      if (v.length > maxEntries)
        return { kind: 'tooManyEntries', path: pathOf(base, step), count: v.length }
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i]
        if (typeof child === 'object' && child !== null)
          stack.push([child, depth + 1, { key: i, parent: step }])
      }
      continue
    }
    const keys = Object.keys(v)
    if (keys.length > maxEntries)
      return { kind: 'tooManyEntries', path: pathOf(base, step), count: keys.length }
    for (const key of keys) {
      const child = (v as Record<string, unknown>)[key]
      if (typeof child === 'object' && child !== null)
        stack.push([child, depth + 1, { key, parent: step }])
    }
  }
  return null
}
