import { facetValues, type Facet } from '../../../domain/dataset/filter-opportunities.ts'
import type {
  NormalisedExport,
  NormalisedOpportunity,
} from '../../../domain/dataset/normalise-export.ts'

/**
 * Grouping the analyst table by theme, cluster, status or growth goal, with each
 * group's count, budget sum and mean priority score. An opportunity with two clusters (or
 * goals) is listed under each; one with none under a last "none" group. Groups follow the
 * facet's own order (the export's themes and clusters, the declared statuses and goals); rows
 * keep their sorted order within a group.
 */

export const GROUP_BYS = ['theme', 'cluster', 'status', 'goal'] as const
export type GroupBy = (typeof GROUP_BYS)[number]

export function isGroupBy(value: unknown): value is GroupBy {
  return typeof value === 'string' && (GROUP_BYS as readonly string[]).includes(value)
}

export interface TableGroup {
  /** The theme or cluster id, status or goal; null for the opportunities with none. */
  value: string | null
  /** Positions in `data.opportunities`, in the table's sorted order. */
  positions: number[]
  /** Sum of the budgets given (0 when none is). */
  budgetSum: number
  /** How many rows have a budget. */
  budgetCount: number
  /** Mean of the priority scores given, on their keys' scale; null when none is. */
  priorityMean: number | null
}

function valuesOf(o: NormalisedOpportunity, by: GroupBy): readonly string[] | undefined {
  const r = o.record
  switch (by) {
    case 'theme':
      return [r.theme]
    case 'status':
      return [r.status]
    case 'cluster':
      return r.clusters
    case 'goal':
      return r.growthGoals
  }
}

export function groupRows(
  data: NormalisedExport,
  order: Int32Array,
  by: GroupBy,
  budgetKeys: Float64Array,
  priorityKeys: Float64Array,
): TableGroup[] {
  const values = facetValues(data, by satisfies Facet)
  const slot = new Map<string, number>()
  values.forEach((v, i) => slot.set(v, i))
  const buckets: number[][] = values.map(() => [])
  const none: number[] = []
  for (let i = 0; i < order.length; i++) {
    const p = order[i] as number
    const list = valuesOf(data.opportunities[p] as NormalisedOpportunity, by)
    let placed = false
    if (list !== undefined)
      for (let j = 0; j < list.length; j++) {
        const k = slot.get(list[j] as string)
        // A value listed twice in one record still lists the record once.
        if (k === undefined || list.indexOf(list[j] as string) < j) continue
        ;(buckets[k] as number[]).push(p)
        placed = true
      }
    if (!placed) none.push(p)
  }
  const groups: TableGroup[] = []
  const make = (value: string | null, positions: number[]) => {
    if (positions.length === 0) return
    let budgetSum = 0
    let budgetCount = 0
    let prioritySum = 0
    let priorityCount = 0
    for (const p of positions) {
      const b = budgetKeys[p] as number
      if (b === b) {
        budgetSum += b
        budgetCount++
      }
      const s = priorityKeys[p] as number
      if (s === s) {
        prioritySum += s
        priorityCount++
      }
    }
    groups.push({
      value,
      positions,
      budgetSum,
      budgetCount,
      priorityMean: priorityCount === 0 ? null : prioritySum / priorityCount,
    })
  }
  values.forEach((v, i) => make(v, buckets[i] as number[]))
  make(null, none)
  return groups
}

/** A group's key for collapse state: its value, or "" for the "none" group. */
export function groupKey(group: TableGroup): string {
  return group.value ?? ''
}

/**
 * The rows as displayed: each group's header (as `-(group index + 1)`) followed by its
 * positions unless the group is collapsed.
 */
export function flattenGroups(
  groups: readonly TableGroup[],
  collapsed: ReadonlySet<string>,
): Int32Array {
  let n = 0
  for (const g of groups) n += 1 + (collapsed.has(groupKey(g)) ? 0 : g.positions.length)
  const out = new Int32Array(n)
  let j = 0
  groups.forEach((g, i) => {
    out[j++] = -(i + 1)
    if (!collapsed.has(groupKey(g))) for (const p of g.positions) out[j++] = p
  })
  return out
}

/** The group index of a display entry that is a group's header; null for a row's position. */
export function headerGroupIndex(entry: number): number | null {
  return entry < 0 ? -entry - 1 : null
}
