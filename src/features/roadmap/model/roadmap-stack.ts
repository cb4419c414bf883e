import type { LaneOrder } from '../../../url-state/view-state.ts'
import type { RoadmapItem } from './roadmap-lanes.ts'

const byId = (a: RoadmapItem, b: RoadmapItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function compareByStart(a: RoadmapItem, b: RoadmapItem): number {
  return a.start - b.start || a.end - b.end || byId(a, b)
}

/** Ranked first (1 before 2), unranked after them by start; ties by id so order is stable. */
export function compareByRank(a: RoadmapItem, b: RoadmapItem): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1
    if (b.rank === null) return -1
    return a.rank - b.rank
  }
  return compareByStart(a, b)
}

export function orderItems(items: readonly RoadmapItem[], order: LaneOrder): RoadmapItem[] {
  return [...items].sort(order === 'rank' ? compareByRank : compareByStart)
}

/**
 * Bars packed into rows so that no two in a row share a day: each item, in the given order,
 * goes into the first row where it fits (first fit). In start order this uses the fewest rows
 * possible; in rank order, higher-ranked bars end up in the upper rows. Each row comes back
 * sorted by start, which is the order along time.
 */
export function stackRows(ordered: readonly RoadmapItem[]): RoadmapItem[][] {
  const rows: RoadmapItem[][] = []
  // Start order only needs each row's last end; any other order needs every interval checked.
  let sortedByStart = true
  for (let i = 1; i < ordered.length; i++)
    if (compareByStart(ordered[i - 1] as RoadmapItem, ordered[i] as RoadmapItem) > 0) {
      sortedByStart = false
      break
    }
  const lastEnd: number[] = []
  for (const item of ordered) {
    let placed = false
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as RoadmapItem[]
      const fits = sortedByStart
        ? (lastEnd[r] as number) < item.start
        : row.every((o) => o.end < item.start || item.end < o.start)
      if (fits) {
        row.push(item)
        lastEnd[r] = Math.max(lastEnd[r] as number, item.end)
        placed = true
        break
      }
    }
    if (!placed) {
      rows.push([item])
      lastEnd.push(item.end)
    }
  }
  if (!sortedByStart) for (const row of rows) row.sort(compareByStart)
  return rows
}
