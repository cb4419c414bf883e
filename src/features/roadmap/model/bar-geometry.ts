import { parsePeriod, periodOrDateRange } from '../../../domain/format/calendar.ts'
import type { Opportunity } from '../../../domain/format/export-schema.ts'
import { dayNumber } from './roadmap-days.ts'
import type { RoadmapItem } from './roadmap-lanes.ts'
import { fitText, type MeasureText, type Sizes } from './geometry.ts'
import { clipBar, type TimeScale } from './time-scale.ts'

/** Where one opportunity's bar, title, phases and milestones go, in pixels. */
export interface BarGeometry {
  x: number
  w: number
  y: number
  /** The title's x and the text fitted to the room it has. */
  tx: number
  title: string
  /** The fitted title's width in pixels. */
  titleW: number
  phases: { x: number; w: number }[] | null
  milestones: { x: number; done: boolean }[]
}

/**
 * Where one bar and its parts go at the current zoom and pan: the bar cut to the window, its
 * phases as segments, milestones (a period milestone at its last day, the deadline it names),
 * and its title fitted to the room before the next bar in its row.
 */
export function barGeometry(
  item: RoadmapItem,
  record: Pick<Opportunity, 'phases' | 'milestones'>,
  nextStart: number | null,
  y: number,
  scale: TimeScale,
  sizes: Sizes,
  title: string,
  measure: MeasureText,
): BarGeometry {
  const { x, w } = clipBar(scale, item.start, item.end)
  const tx = Math.max(x, 0) + 2
  const room = (nextStart === null ? scale.width : scale.x(nextStart)) - tx - 16
  let phases: BarGeometry['phases'] = null
  if (record.phases && record.phases.length > 0) {
    phases = []
    for (const p of record.phases) {
      const s = parsePeriod(p.start)
      const e = parsePeriod(p.end)
      if (!s || !e) continue
      const start = Math.max(dayNumber(s.start), item.start)
      const end = Math.min(dayNumber(e.end), item.end)
      if (end < start) continue
      const seg = clipBar(scale, start, end)
      if (seg.w > 0) phases.push(seg)
    }
  }
  const milestones: BarGeometry['milestones'] = []
  for (const m of record.milestones ?? []) {
    const r = periodOrDateRange(m.date)
    if (!r) continue
    const day = dayNumber(r.end)
    const mx = scale.x(day + 0.5)
    if (mx < -8 || mx > scale.width + 8) continue
    milestones.push({ x: mx, done: m.done === true })
  }
  const fitted = fitText(title, room, measure)
  return {
    x,
    w,
    y,
    tx,
    title: fitted,
    titleW: fitted === '' ? 0 : measure(fitted),
    phases,
    milestones,
  }
}
