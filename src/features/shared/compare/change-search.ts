import type { ChangeFilter } from '../../../domain/compare/comparison.ts'

/**
 * A query string (with "?") that keeps every parameter of `search` but shows only `filter`'s
 * opportunities: the table reads `change=` (view-state.ts) and writes it back in canonical
 * order. The table's other filters are cleared, so the count on the link is the rows it opens
 * (the weights and the "moved" thresholds stay: they decide that count).
 */
export function searchWithChange(search: string, filter: ChangeFilter): string {
  const params = new URLSearchParams(search)
  const keep = new URLSearchParams()
  for (const name of ['lang', 'data', 'compare', 'w', 'moved', 'mock'])
    for (const v of params.getAll(name)) keep.append(name, v)
  keep.set('change', filter)
  return `?${keep.toString()}`
}
