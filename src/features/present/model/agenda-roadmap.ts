import type { DayRange } from '../../../domain/format/calendar.ts'

export interface AgendaBar {
  position: number
  /** Where the horizon starts and ends on the axis, 0..1; null without a horizon. */
  from: number
  to: number
  startYear: number
  endYear: number
}

export interface AgendaRoadmap {
  /** The years on the axis, first to last, each a whole column. */
  years: number[]
  bars: (AgendaBar | null)[]
}

function dayOfYear(day: string): number {
  const d = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
  const start = Date.UTC(Number(day.slice(0, 4)), 0, 1)
  const end = Date.UTC(Number(day.slice(0, 4)) + 1, 0, 1)
  return (d - start) / (end - start)
}

/**
 * The agenda's horizons as bars over whole years: from the first year any starts to the last
 * any ends (the strategy period at least, when given). An item without a horizon is null.
 */
export function agendaRoadmap(
  horizons: readonly (DayRange | null)[],
  period: { start: number; end: number } | null,
): AgendaRoadmap {
  let first = period?.start ?? Infinity
  let last = period?.end ?? -Infinity
  for (const h of horizons) {
    if (!h) continue
    first = Math.min(first, Number(h.start.slice(0, 4)))
    last = Math.max(last, Number(h.end.slice(0, 4)))
  }
  if (!Number.isFinite(first) || !Number.isFinite(last))
    return { years: [], bars: horizons.map(() => null) }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const span = years.length
  // The end day is inclusive: the bar reaches the end of that day.
  const at = (day: string, end: boolean) => {
    const y = Number(day.slice(0, 4)) - first
    const share = dayOfYear(day) + (end ? 1 / 366 : 0)
    return Math.min(1, (y + share) / span)
  }
  const bars = horizons.map((h, i): AgendaBar | null =>
    h
      ? {
          position: i,
          from: at(h.start, false),
          to: at(h.end, true),
          startYear: Number(h.start.slice(0, 4)),
          endYear: Number(h.end.slice(0, 4)),
        }
      : null,
  )
  return { years, bars }
}
