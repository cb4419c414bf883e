import type {
  Comparison,
  ComparisonCounts,
  CriterionChangeKind,
  ListChangeKind,
} from '../../../domain/compare/comparison.ts'
import type { Opportunity } from '../../../domain/format/export-schema.ts'
import type { Status } from '../../../domain/format/export-vocabulary.ts'

/**
 * What the printable "changes since" page lists from a comparison: the counts, the new and the
 * dropped opportunities, the status changes, the biggest rank moves and the frame's changes, in
 * an order a reader can scan on one A4 page.
 */

export interface SummaryItem {
  id: string
  title: Opportunity['title']
}

export interface StatusItem extends SummaryItem {
  then: Status
  now: Status
}

export interface MoveItem extends SummaryItem {
  then: number
  now: number
  /** Places up the list (then − now). */
  delta: number
}

export type FrameGroup = 'criteria' | 'themes' | 'clusters' | 'actors'

export interface FrameItem {
  group: FrameGroup
  kind: CriterionChangeKind | ListChangeKind
  id: string
}

export interface ChangesSummary {
  counts: ComparisonCounts
  added: SummaryItem[]
  removed: SummaryItem[]
  status: StatusItem[]
  /** The largest rank changes, at least the "moved" threshold, largest first. */
  moves: MoveItem[]
  /** How many rank changes reached the threshold, of which `moves` lists the first. */
  movesTotal: number
  frame: FrameItem[]
  differentCriteria: boolean
}

/** Rank moves a page lists at most: the rest are in the table, sorted by rank Δ. */
export const MOVES_LISTED = 10

export function changesSummary(comparison: Comparison, limit = MOVES_LISTED): ChangesSummary {
  const added: SummaryItem[] = []
  const removed: SummaryItem[] = []
  const status: StatusItem[] = []
  const moves: MoveItem[] = []
  for (const c of comparison.changes) {
    if (c.change === 'added' && c.now) added.push({ id: c.id, title: c.now.title })
    else if (c.change === 'removed' && c.then) removed.push({ id: c.id, title: c.then.title })
    if (!c.then || !c.now) continue
    if (c.then.status !== c.now.status)
      status.push({ id: c.id, title: c.now.title, then: c.then.status, now: c.now.status })
    const { then, now, delta } = c.rank
    if (
      then !== null &&
      now !== null &&
      delta !== null &&
      Math.abs(delta) >= comparison.thresholds.rank
    )
      moves.push({ id: c.id, title: c.now.title, then, now, delta })
  }
  moves.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || b.delta - a.delta || a.now - b.now)
  const { frame: f } = comparison
  const frame: FrameItem[] = [
    ...f.criteria.map((x) => ({ group: 'criteria' as const, ...x })),
    ...f.themes.map((x) => ({ group: 'themes' as const, ...x })),
    ...f.clusters.map((x) => ({ group: 'clusters' as const, ...x })),
    ...f.actors.map((x) => ({ group: 'actors' as const, ...x })),
  ]
  return {
    counts: comparison.counts,
    added,
    removed,
    status,
    moves: moves.slice(0, limit),
    movesTotal: moves.length,
    frame,
    differentCriteria: f.differentCriteria,
  }
}
