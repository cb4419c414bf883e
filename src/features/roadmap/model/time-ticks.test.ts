import { describe, expect, it } from 'vitest'
import { dayNumber, isoDay } from './roadmap-days.ts'
import { axisTicks, monthLabeller, type TickLabels } from './time-ticks.ts'

const labels: TickLabels = {
  year: (y) => String(y),
  quarter: (q) => `Q${q}`,
  month: monthLabeller('en-GB'),
}
const from = dayNumber('2024-01-01')
const to = dayNumber('2026-01-01')

const labelled = (zoom: 'year' | 'quarter' | 'month', level: string, a = from, b = to) =>
  axisTicks(a, b, zoom, labels)
    .filter((t) => t.level === level && t.label !== null)
    .map((t) => t.label)

describe('axisTicks', () => {
  it('labels years at year zoom and draws unlabelled quarter lines between them', () => {
    const ticks = axisTicks(from, to, 'year', labels)
    expect(labelled('year', 'year')).toEqual(['2024', '2025'])
    const quarters = ticks.filter((t) => t.level === 'quarter')
    expect(quarters.map((t) => isoDay(t.day))).toEqual([
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
    ])
    expect(quarters.every((t) => t.label === null)).toBe(true)
    expect(ticks.some((t) => t.level === 'month')).toBe(false)
  })

  it('labels quarters at quarter zoom', () => {
    expect(labelled('quarter', 'quarter')).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q1', 'Q2', 'Q3', 'Q4'])
  })

  it('labels months at month zoom, in the locale', () => {
    const months = labelled('month', 'month', dayNumber('2024-11-01'), dayNumber('2025-02-01'))
    expect(months).toEqual(['Nov', 'Dec', 'Jan'])
    expect(monthLabeller('fi-FI')(0, 2025)).toMatch(/^tammi/)
  })

  it('includes the period reaching into the window from before it', () => {
    const t = axisTicks(dayNumber('2024-06-15'), dayNumber('2024-08-01'), 'month', labels)
    expect(t.find((x) => x.level === 'year')?.label).toBe('2024')
    expect(isoDay(t.find((x) => x.level === 'month')?.day ?? 0)).toBe('2024-06-01')
  })
})
