import type { TableGroup } from './table-group.ts'

/**
 * What the table prints: its rows in the table's order, as one section, or group by group
 * with each group's subtotals (every group open: a group folded away on screen still prints,
 * as paper cannot unfold it), and the grand total at the foot.
 */
export interface PrintSection {
  /** Null when the table is not grouped. */
  group: TableGroup | null
  positions: readonly number[]
}

export function printSections(
  rows: Int32Array,
  groups: readonly TableGroup[] | null,
): PrintSection[] {
  if (groups === null) return [{ group: null, positions: Array.from(rows) }]
  return groups.map((group) => ({ group, positions: group.positions }))
}

/** The budgets of the rows added up, and how many rows had one. */
export function budgetTotal(
  rows: Int32Array,
  budgetKeys: Float64Array,
): { sum: number; count: number } {
  let sum = 0
  let count = 0
  for (const p of rows) {
    const b = budgetKeys[p] as number
    if (!Number.isNaN(b)) {
      sum += b
      count++
    }
  }
  return { sum, count }
}

/** More columns than fit across an upright A4 page print across a landscape one. */
export const PORTRAIT_MAX_COLUMNS = 6

export function printsLandscape(columnCount: number): boolean {
  return columnCount > PORTRAIT_MAX_COLUMNS
}
