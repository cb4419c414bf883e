import type { OpportunityChange } from '../../../domain/compare/comparison.ts'
import { parsePeriod } from '../../../domain/format/calendar.ts'
import type { LaneBox, Sizes } from './geometry.ts'
import type { BarPlace } from './roadmap-layout.ts'
import { rowTop } from './row-position.ts'
import { dayNumber } from './roadmap-days.ts'
import type { TimeScale } from './time-scale.ts'

/**
 * The roadmap's picture of a comparison: where a bar's horizon was in the baseline, as a faint
 * ghost in its row, when the horizon moved; and how many months it slipped.
 */

export interface HorizonShift {
  id: string
  /** Baseline horizon, first and last day (day numbers). */
  thenStart: number
  thenEnd: number
  /** Months the end moved later (negative: earlier); the start's when the end stayed. */
  slipMonths: number
}

function horizonDays(o: OpportunityChange['then']): { start: number; end: number } | null {
  const h = o?.horizon
  const s = h && parsePeriod(h.start)
  const e = h && parsePeriod(h.end)
  return s && e ? { start: dayNumber(s.start), end: dayNumber(e.end) } : null
}

/** Whole months from one ISO day's month to another's ("2026-03-31" → "2026-06-01" is 3). */
export function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm] = fromIso.split('-').map(Number) as [number, number]
  const [ty, tm] = toIso.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm)
}

function periodEdge(period: string | undefined, edge: 'start' | 'end'): string | null {
  const p = period === undefined ? null : parsePeriod(period)
  return p ? p[edge] : null
}

/** The opportunities whose horizon moved (start or end), both horizons known. */
export function horizonShifts(changes: readonly OpportunityChange[]): HorizonShift[] {
  const out: HorizonShift[] = []
  for (const c of changes) {
    if (c.change !== 'changed') continue
    if (!c.fields.some((f) => f.field === 'horizonStart' || f.field === 'horizonEnd')) continue
    const then = horizonDays(c.then)
    const thenH = c.then?.horizon
    const nowH = c.now?.horizon
    if (!then || !thenH || !nowH) continue
    const endThen = periodEdge(thenH.end, 'end')
    const endNow = periodEdge(nowH.end, 'end')
    const startThen = periodEdge(thenH.start, 'start')
    const startNow = periodEdge(nowH.start, 'start')
    if (!endThen || !endNow || !startThen || !startNow) continue
    const byEnd = monthsBetween(endThen, endNow)
    out.push({
      id: c.id,
      thenStart: then.start,
      thenEnd: then.end,
      slipMonths: byEnd !== 0 ? byEnd : monthsBetween(startThen, startNow),
    })
  }
  return out
}

export interface GhostRect {
  id: string
  x: number
  y: number
  width: number
  height: number
}

/**
 * The ghosts of the shifted bars that are drawn now (placed, in an expanded lane), in px from
 * the top of the lanes; clipped to a little past the time window.
 */
export function ghostRects(
  shifts: readonly HorizonShift[],
  placeOf: ReadonlyMap<string, BarPlace>,
  boxes: readonly LaneBox[],
  scale: TimeScale,
  s: Sizes,
): GhostRect[] {
  const out: GhostRect[] = []
  for (const shift of shifts) {
    const place = placeOf.get(shift.id)
    const box = place ? boxes[place.lane] : undefined
    if (!place || !box?.expanded) continue
    const x1 = Math.max(scale.x(shift.thenStart), -2)
    const x2 = Math.min(scale.x(shift.thenEnd + 1), scale.width + 2)
    if (x2 <= x1) continue
    out.push({
      id: shift.id,
      x: x1,
      y: rowTop(box, place.row, s) + s.barY,
      width: x2 - x1,
      height: s.barH,
    })
  }
  return out
}
