import { scaleLinear } from 'd3'
import type { Zoom } from '../../../url-state/view-state.ts'
import type { DaySpan } from './roadmap-time-domain.ts'

/**
 * How many days each zoom level shows across the timeline's width: years show the whole
 * domain, quarters two years, months half a year (so month names fit on a laptop).
 */
export function visibleDays(zoom: Zoom, domain: DaySpan): number {
  const all = domain.end - domain.start + 1
  if (zoom === 'quarter') return Math.min(all, 731)
  if (zoom === 'month') return Math.min(all, 184)
  return all
}

export interface TimeScale {
  /** First visible day. */
  from: number
  /** The day just after the last visible one. */
  to: number
  width: number
  pxPerDay: number
  /** The x of the start of a day. */
  x(day: number): number
  /** The (fractional) day at x. */
  dayAt(x: number): number
}

/** The visible window of `days` days from `from`, across `width` pixels. */
export function timeScale(from: number, days: number, width: number): TimeScale {
  const to = from + days
  const scale = scaleLinear().domain([from, to]).range([0, width])
  return {
    from,
    to,
    width,
    pxPerDay: width / days,
    x: (day) => scale(day),
    dayAt: (x) => scale.invert(x),
  }
}

/** A bar's x and width for an inclusive day range, cut to the visible window (plus a margin). */
export function clipBar(s: TimeScale, start: number, end: number): { x: number; w: number } {
  const margin = 4
  const x0 = Math.max(s.x(start), -margin)
  const x1 = Math.min(s.x(end + 1), s.width + margin)
  return { x: x0, w: Math.max(0, x1 - x0) }
}

/** Whether an inclusive day range reaches into the window [from, to). */
export function reachesWindow(
  span: { start: number; end: number },
  window: { from: number; to: number },
): boolean {
  return span.end >= window.from && span.start < window.to
}
