import type { ChangeFilter, OpportunityChange } from './comparison.ts'

/**
 * Whether a view keeps this opportunity under `filters` (any of them). No filter keeps every
 * opportunity the current export has: removed ones are rows only when asked for.
 */
export function matchesChangeFilter(
  change: Pick<OpportunityChange, 'change' | 'fields' | 'moved'>,
  filters: readonly ChangeFilter[],
): boolean {
  if (filters.length === 0) return change.change !== 'removed'
  for (const f of filters) {
    if (f === change.change) return true
    if (f === 'moved' && change.moved) return true
    if (f === 'status' && change.fields.some((x) => x.field === 'status')) return true
  }
  return false
}
