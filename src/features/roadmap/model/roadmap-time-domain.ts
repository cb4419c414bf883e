import { yearEnd, yearOf, yearStart } from './roadmap-days.ts'

/** Inclusive range of day numbers. */
export interface DaySpan {
  start: number
  end: number
}

/** The strategy period (whole years) as days. */
export function strategySpan(period: { start: number; end: number }): DaySpan {
  return { start: yearStart(period.start), end: yearEnd(period.end) }
}

/**
 * The time axis of the roadmap: the strategy period, extended to every dated thing it shows
 * (opportunity horizons and the strategy work's own events, which usually precede the period),
 * rounded out to whole years so the axis starts and ends on a year line.
 */
export function extendedDomain(
  period: { start: number; end: number },
  spans: Iterable<DaySpan | null>,
): DaySpan {
  const strategy = strategySpan(period)
  let start = strategy.start
  let end = strategy.end
  for (const s of spans) {
    if (!s) continue
    if (s.start < start) start = s.start
    if (s.end > end) end = s.end
  }
  return { start: yearStart(yearOf(start)), end: yearEnd(yearOf(end)) }
}

/**
 * The first visible day after panning, kept inside the domain: the window of `visibleDays`
 * never starts before the domain, and never runs past its end unless the domain is shorter.
 */
export function clampFrom(from: number, visibleDays: number, domain: DaySpan): number {
  const lastStart = domain.end + 1 - visibleDays
  if (lastStart <= domain.start) return domain.start
  return Math.min(Math.max(Math.round(from), domain.start), lastStart)
}
