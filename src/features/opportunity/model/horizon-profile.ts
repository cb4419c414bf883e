import { horizonRange, periodOrDateRange, type DayRange } from '../../../domain/format/calendar.ts'
import type { Opportunity } from '../../../domain/format/export-schema.ts'

/** A stretch of the time axis as shares of its width, 0 at the left edge and 1 at the right. */
export interface Span {
  from: number
  to: number
}

export interface HorizonPhase extends Span {
  name: NonNullable<Opportunity['phases']>[number]['name']
  /** The periods as exported ("2024-Q2"), shown as they are. */
  start: string
  end: string
}

export interface HorizonMilestone {
  name: NonNullable<Opportunity['milestones']>[number]['name']
  date: string
  /** The middle of the milestone's period (or its day), as a share of the axis. */
  at: number
  done: boolean
}

export interface HorizonProfile {
  /** The axis runs over whole years: the strategy period, widened to hold the horizon. */
  firstYear: number
  lastYear: number
  /** Each year's left edge on the axis. */
  years: { year: number; at: number }[]
  period: Span
  /** The opportunity's horizon, null when it is not scheduled. */
  horizon: (Span & { start: string; end: string }) | null
  phases: HorizonPhase[]
  milestones: HorizonMilestone[]
}

const DAY = 86_400_000

function dayValue(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
}

/**
 * The opportunity's horizon, phases and milestones placed on the strategy period. Ranges are
 * whole days, their last day included; a phase or milestone whose period does not parse is
 * left off the picture (validation reports it).
 */
export function horizonProfile(
  strategyPeriod: { start: number; end: number },
  record: Pick<Opportunity, 'horizon' | 'phases' | 'milestones'>,
): HorizonProfile {
  const range = record.horizon ? horizonRange(record.horizon.start, record.horizon.end) : null
  const firstYear = Math.min(
    strategyPeriod.start,
    range ? Number(range.start.slice(0, 4)) : Infinity,
  )
  const lastYear = Math.max(strategyPeriod.end, range ? Number(range.end.slice(0, 4)) : -Infinity)
  const origin = Date.UTC(firstYear, 0, 1)
  const width = Date.UTC(lastYear + 1, 0, 1) - origin
  const share = (t: number) => Math.min(1, Math.max(0, (t - origin) / width))
  const span = (r: DayRange): Span => ({
    from: share(dayValue(r.start)),
    to: share(dayValue(r.end) + DAY),
  })
  const years = []
  for (let year = firstYear; year <= lastYear; year++)
    years.push({ year, at: share(Date.UTC(year, 0, 1)) })

  const phases: HorizonPhase[] = []
  for (const p of record.phases ?? []) {
    const r = horizonRange(p.start, p.end)
    if (r) phases.push({ name: p.name, start: p.start, end: p.end, ...span(r) })
  }
  const milestones: HorizonMilestone[] = []
  for (const m of record.milestones ?? []) {
    const r = periodOrDateRange(m.date)
    if (!r) continue
    const s = span(r)
    milestones.push({ name: m.name, date: m.date, at: (s.from + s.to) / 2, done: m.done === true })
  }
  return {
    firstYear,
    lastYear,
    years,
    period: {
      from: share(Date.UTC(strategyPeriod.start, 0, 1)),
      to: share(Date.UTC(strategyPeriod.end + 1, 0, 1)),
    },
    horizon:
      range && record.horizon
        ? { ...span(range), start: record.horizon.start, end: record.horizon.end }
        : null,
    phases,
    milestones,
  }
}
