import type { NormalisedOpportunity } from '../../../domain/dataset/normalise-export.ts'
import { leadActorOf } from '../../../domain/dataset/normalised-opportunity.ts'
import type { LaneGrouping } from '../../../url-state/view-state.ts'

/** A scheduled opportunity as the roadmap lays it out: days as numbers, rank for ordering. */
export interface RoadmapItem {
  /** Position in `data.opportunities`. */
  pos: number
  id: string
  start: number
  /** Last day, inclusive. */
  end: number
  /** Priority rank (1 = highest); null when unscored. */
  rank: number | null
}

/** The lane key meaning "none" (no cluster, no lead actor). */
export const NO_LANE = ''

/** The clusters and growth goals the filters choose (empty: no choice). */
export interface LanePreference {
  clusters: readonly string[]
  goals: readonly string[]
}

export const NO_PREFERENCE: LanePreference = { clusters: [], goals: [] }

/**
 * The first of `values` that is among `chosen`; the first of all when none is (or nothing is
 * chosen).
 */
function primaryOf(values: readonly string[] | undefined, chosen: readonly string[]): string {
  if (values === undefined || values.length === 0) return NO_LANE
  if (chosen.length > 0) for (const v of values) if (chosen.includes(v)) return v
  return values[0] as string
}

/**
 * The lane an opportunity belongs to. Clusters and growth goals are lists, and one of them is
 * taken as the primary, so every opportunity is drawn once and keyboard order stays simple:
 * the first listed, or, when the filters choose clusters (goals), the first listed of those,
 * so that filtering by a goal never shows a bar in the lane of another.
 */
export function laneKeyOf(
  grouping: LaneGrouping,
  o: NormalisedOpportunity,
  preferred: LanePreference = NO_PREFERENCE,
): string {
  const r = o.record
  switch (grouping) {
    case 'theme':
      return r.theme
    case 'cluster':
      return primaryOf(r.clusters, preferred.clusters)
    case 'status':
      return r.status
    case 'lead':
      return leadActorOf(r) ?? NO_LANE
    case 'goal':
      return primaryOf(r.growthGoals, preferred.goals)
  }
}

export interface LaneGroup<T> {
  key: string
  items: T[]
}

/**
 * Items grouped into lanes: the known keys in their declared order (themes as the export lists
 * them, statuses as the format does), then keys not declared ordered by `compareUnknown`, then
 * the "none" lane last. Lanes without items are left out.
 */
export function groupIntoLanes<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  declaredOrder: readonly string[],
  compareUnknown: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): LaneGroup<T>[] {
  const byKey = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = byKey.get(key)
    if (list) list.push(item)
    else byKey.set(key, [item])
  }
  const lanes: LaneGroup<T>[] = []
  const declared = new Set(declaredOrder)
  for (const key of declaredOrder) {
    const list = byKey.get(key)
    if (list && key !== NO_LANE) lanes.push({ key, items: list })
  }
  const unknown = [...byKey.keys()]
    .filter((k) => !declared.has(k) && k !== NO_LANE)
    .sort(compareUnknown)
  for (const key of unknown) lanes.push({ key, items: byKey.get(key) as T[] })
  const none = byKey.get(NO_LANE)
  if (none) lanes.push({ key: NO_LANE, items: none })
  return lanes
}
