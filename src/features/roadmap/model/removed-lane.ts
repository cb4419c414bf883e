import type { OpportunityChange } from '../../../domain/compare/comparison.ts'
import { parsePeriod } from '../../../domain/format/calendar.ts'
import type { Sizes } from './geometry.ts'
import { dayNumber } from './roadmap-days.ts'
import type { RoadmapItem } from './roadmap-lanes.ts'
import { orderItems, stackRows } from './roadmap-stack.ts'
import { rowY } from './row-position.ts'
import { clipBar, reachesWindow, type TimeScale } from './time-scale.ts'

/**
 * The roadmap's lane of the opportunities the baseline had and the current export does not:
 * they have no bar of their own any more, so they are drawn apart, as ghosts at the horizon
 * they had.
 */

export interface RemovedItem {
  id: string
  /** The baseline's record, for its title and status. */
  then: NonNullable<OpportunityChange['then']>
  /** Baseline horizon, first and last day (day numbers). */
  start: number
  end: number
}

/** The removed opportunities that had a readable horizon, in the baseline's order. */
export function removedItems(changes: readonly OpportunityChange[]): RemovedItem[] {
  const out: RemovedItem[] = []
  for (const c of changes) {
    const h = c.change === 'removed' ? c.then?.horizon : undefined
    const s = h && parsePeriod(h.start)
    const e = h && parsePeriod(h.end)
    if (!c.then || !s || !e) continue
    out.push({ id: c.id, then: c.then, start: dayNumber(s.start), end: dayNumber(e.end) })
  }
  return out
}

/**
 * The removed items packed into rows by start, as the lanes pack their bars (`stackRows`), so
 * that none overlap; each row is in order along time.
 */
export function removedRows(items: readonly RemovedItem[]): RemovedItem[][] {
  const byId = new Map(items.map((i) => [i.id, i]))
  const asBars: RoadmapItem[] = items.map((i, pos) => ({ ...i, pos, rank: null }))
  return stackRows(orderItems(asBars, 'start')).map((row) =>
    row.map((bar) => byId.get(bar.id) as RemovedItem),
  )
}

export interface RemovedRect {
  id: string
  x: number
  /** Top of the ghost, from the top of the lane's rows. */
  y: number
  width: number
  height: number
  /** Whether it reaches into the time window; one outside is drawn only while it has focus. */
  inWindow: boolean
}

/** Each removed item's ghost in its row, cut to the time window (with a little margin). */
export function removedRects(
  rows: readonly (readonly RemovedItem[])[],
  scale: TimeScale,
  s: Sizes,
): RemovedRect[] {
  const out: RemovedRect[] = []
  rows.forEach((row, r) => {
    for (const item of row) {
      const { x, w } = clipBar(scale, item.start, item.end)
      out.push({
        id: item.id,
        x,
        y: rowY(r, s) + s.barY,
        width: w,
        height: s.barH,
        inWindow: reachesWindow(item, scale),
      })
    }
  })
  return out
}
