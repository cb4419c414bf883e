import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import type { LaneGrouping, LaneOrder } from '../../../url-state/view-state.ts'
import type { LanePreference } from './roadmap-lanes.ts'
import { buildLanes, roadmapItems } from './roadmap-layout.ts'
import { orderItems } from './roadmap-stack.ts'

/**
 * The roadmap's order, for an opportunity page's previous and next: lane by lane from the top,
 * each lane's bars by start or by rank as the view orders them (as its table alternative lists
 * them); then those without a horizon, as the roadmap lists them under the chart.
 */
export function roadmapOrder(
  data: Pick<NormalisedExport, 'opportunities' | 'themes' | 'clusters'>,
  positions: readonly number[],
  ranks: ArrayLike<number | null>,
  grouping: LaneGrouping,
  order: LaneOrder,
  compareUnknownKeys?: (a: string, b: string) => number,
  preferred?: LanePreference,
): number[] {
  const { scheduled, unscheduled } = roadmapItems(data, positions, ranks)
  const lanes = buildLanes(data, scheduled, grouping, order, compareUnknownKeys, preferred)
  const out: number[] = []
  for (const lane of lanes)
    for (const item of orderItems(lane.rows.flat(), order)) out.push(item.pos)
  return [...out, ...unscheduled]
}
