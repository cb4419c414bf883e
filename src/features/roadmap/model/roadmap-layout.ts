import { GROWTH_GOALS, STATUSES } from '../../../domain/format/export-schema.ts'
import type {
  NormalisedExport,
  NormalisedOpportunity,
} from '../../../domain/dataset/normalise-export.ts'
import { dayNumber } from './roadmap-days.ts'
import type { LaneGrouping, LaneOrder } from '../../../url-state/view-state.ts'
import {
  groupIntoLanes,
  laneKeyOf,
  type LanePreference,
  type RoadmapItem,
} from './roadmap-lanes.ts'
import { orderItems, stackRows } from './roadmap-stack.ts'

/** One swimlane: its key (theme id, status…; "" for none) and its bars packed into rows. */
export interface RoadmapLane {
  key: string
  count: number
  rows: RoadmapItem[][]
}

/** Where a bar is drawn: its lane, its row within the lane, and the item itself. */
export interface BarPlace {
  lane: number
  row: number
  item: RoadmapItem
}

export interface RoadmapItems {
  scheduled: RoadmapItem[]
  /** Positions of the opportunities without a horizon, in the order given. */
  unscheduled: number[]
}

/** The opportunities at `positions` split into bars (with a horizon) and unscheduled ones. */
export function roadmapItems(
  data: Pick<NormalisedExport, 'opportunities'>,
  positions: readonly number[],
  /** Per position, 1 = highest priority; null or 0 (as in `ScoreTable.rank`) = no rank. */
  ranks: ArrayLike<number | null>,
): RoadmapItems {
  const scheduled: RoadmapItem[] = []
  const unscheduled: number[] = []
  for (const pos of positions) {
    const o = data.opportunities[pos]
    if (!o) continue
    const range = o.horizonRange
    if (!range) {
      unscheduled.push(pos)
      continue
    }
    scheduled.push({
      pos,
      id: o.id,
      start: dayNumber(range.start),
      end: dayNumber(range.end),
      rank: ranks[pos] || null,
    })
  }
  return { scheduled, unscheduled }
}

/** Lane keys in the order the export or the format declares them. */
export function declaredLaneOrder(
  data: Pick<NormalisedExport, 'themes' | 'clusters'>,
  grouping: LaneGrouping,
): readonly string[] {
  switch (grouping) {
    case 'theme':
      return data.themes.map((t) => t.id)
    case 'cluster':
      return data.clusters.map((c) => c.id)
    case 'status':
      return STATUSES
    case 'goal':
      return GROWTH_GOALS
    case 'lead':
      // Actors have no meaningful declared order: lanes go by name (compareUnknown).
      return []
  }
}

/**
 * The lanes of the roadmap: bars grouped, ordered and stacked so none overlap. Computed when
 * the data, the filters, the grouping or the order change; zooming and panning reuse it.
 */
export function buildLanes(
  data: Pick<NormalisedExport, 'opportunities' | 'themes' | 'clusters'>,
  items: readonly RoadmapItem[],
  grouping: LaneGrouping,
  order: LaneOrder,
  compareUnknownKeys?: (a: string, b: string) => number,
  /** The filters' clusters and goals, which pick an opportunity's lane among its own. */
  preferred?: LanePreference,
): RoadmapLane[] {
  const groups = groupIntoLanes(
    items,
    (item) => laneKeyOf(grouping, data.opportunities[item.pos] as NormalisedOpportunity, preferred),
    declaredLaneOrder(data, grouping),
    compareUnknownKeys,
  )
  return groups.map((g) => ({
    key: g.key,
    count: g.items.length,
    rows: stackRows(orderItems(g.items, order)),
  }))
}
