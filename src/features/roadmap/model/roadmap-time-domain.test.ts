import { describe, expect, it } from 'vitest'
import { dayNumber, isoDay } from './roadmap-days.ts'
import { clampFrom, extendedDomain, strategySpan } from './roadmap-time-domain.ts'

const span = (a: string, b: string) => ({ start: dayNumber(a), end: dayNumber(b) })
const iso = (s: { start: number; end: number }) => [isoDay(s.start), isoDay(s.end)]

describe('extendedDomain', () => {
  it('is the strategy period when everything lies inside it', () => {
    const d = extendedDomain({ start: 2023, end: 2027 }, [span('2024-04-01', '2025-06-30'), null])
    expect(iso(d)).toEqual(['2023-01-01', '2027-12-31'])
    expect(d).toEqual(strategySpan({ start: 2023, end: 2027 }))
  })

  it('extends to the earliest start and latest end, rounded out to whole years', () => {
    const d = extendedDomain({ start: 2023, end: 2027 }, [
      span('2022-03-24', '2022-03-31'),
      span('2026-10-01', '2029-03-31'),
    ])
    expect(iso(d)).toEqual(['2022-01-01', '2029-12-31'])
  })
})

describe('clampFrom', () => {
  const domain = span('2022-01-01', '2027-12-31')
  it('keeps the window inside the domain', () => {
    expect(isoDay(clampFrom(dayNumber('2020-05-01'), 365, domain))).toBe('2022-01-01')
    expect(isoDay(clampFrom(dayNumber('2027-06-01'), 365, domain))).toBe('2027-01-01')
    expect(isoDay(clampFrom(dayNumber('2024-06-01'), 365, domain))).toBe('2024-06-01')
  })
  it('starts at the domain when the window is wider than the domain', () => {
    expect(isoDay(clampFrom(dayNumber('2024-06-01'), 5000, domain))).toBe('2022-01-01')
  })
})
