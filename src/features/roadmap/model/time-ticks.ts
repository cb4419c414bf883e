import { utcMonth, utcYear } from 'd3'
import { MS_PER_DAY } from './roadmap-days.ts'
import type { Zoom } from '../../../url-state/view-state.ts'

export type TickLevel = 'year' | 'quarter' | 'month'

export interface Tick {
  level: TickLevel
  /** The period's first day (the tick line). */
  day: number
  /** The period's last day + 1. */
  next: number
  /** Text to show, null for an unlabelled (minor) tick. */
  label: string | null
}

export interface TickLabels {
  year(year: number): string
  quarter(quarter: number, year: number): string
  month(monthIndex: number, year: number): string
}

const toDate = (day: number) => new Date(day * MS_PER_DAY)
const toDay = (d: Date) => Math.round(d.getTime() / MS_PER_DAY)

/**
 * The axis ticks of the visible window [from, to): year lines always, quarter lines, and month
 * lines at month zoom. Which levels carry labels follows the zoom: years at every zoom,
 * quarters from quarter zoom on, months at month zoom. Periods that begin before the window
 * but reach into it are included so their labels can sit in the visible part.
 */
export function axisTicks(from: number, to: number, zoom: Zoom, labels: TickLabels): Tick[] {
  const start = toDate(from)
  const end = toDate(to)
  const ticks: Tick[] = []
  for (const d of utcYear.range(utcYear.floor(start), end)) {
    const y = d.getUTCFullYear()
    ticks.push({
      level: 'year',
      day: toDay(d),
      next: toDay(utcYear.offset(d, 1)),
      label: labels.year(y),
    })
  }
  // Quarter starts picked from the month starts: d3's every(3) counts the months since 1970
  // for each date, work that every pan would repeat.
  for (const d of utcMonth.range(utcMonth.floor(start), end)) {
    const m = d.getUTCMonth()
    if (m % 3 !== 0) continue
    if (m === 0 && zoom !== 'quarter') {
      // A year line already marks the first quarter's start; at quarter zoom Q1 still needs
      // its label, so it is kept there.
      continue
    }
    ticks.push({
      level: 'quarter',
      day: toDay(d),
      next: toDay(utcMonth.offset(d, 3)),
      label: zoom === 'quarter' ? labels.quarter(m / 3 + 1, d.getUTCFullYear()) : null,
    })
  }
  if (zoom === 'month')
    for (const d of utcMonth.range(utcMonth.floor(start), end))
      ticks.push({
        level: 'month',
        day: toDay(d),
        next: toDay(utcMonth.offset(d, 1)),
        label: labels.month(d.getUTCMonth(), d.getUTCFullYear()),
      })
  return ticks
}

/** Month names of a locale ("tammi", "Jan"), from Intl: no word lists to keep. */
export function monthLabeller(locale: string): (monthIndex: number, year: number) => string {
  const f = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  return (m, y) => f.format(new Date(Date.UTC(y, m, 1))).replace(/\.$/, '')
}
