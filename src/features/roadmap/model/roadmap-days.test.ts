import { describe, expect, it } from 'vitest'
import { horizonRange, parsePeriod } from '../../../domain/format/calendar.ts'
import { dayNumber, isoDay, yearEnd, yearOf, yearStart } from './roadmap-days.ts'

describe('roadmap days', () => {
  it('round-trips ISO days through day numbers', () => {
    for (const iso of ['1970-01-01', '2024-02-29', '2027-12-31', '2022-03-24'])
      expect(isoDay(dayNumber(iso))).toBe(iso)
    expect(dayNumber('1970-01-02')).toBe(1)
  })

  it('gives years their first and last day', () => {
    expect(isoDay(yearStart(2024))).toBe('2024-01-01')
    expect(isoDay(yearEnd(2024))).toBe('2024-12-31')
    expect(yearEnd(2024) - yearStart(2024) + 1).toBe(366)
    expect(yearOf(dayNumber('2023-12-31'))).toBe(2023)
  })

  it('turns periods into day ranges whose end is the last day (year, quarter, month)', () => {
    const days = (p: string) => {
      const r = parsePeriod(p)
      return r && [r.start, r.end, dayNumber(r.end) - dayNumber(r.start) + 1]
    }
    expect(days('2025')).toEqual(['2025-01-01', '2025-12-31', 365])
    expect(days('2024-Q1')).toEqual(['2024-01-01', '2024-03-31', 91])
    expect(days('2025-Q4')).toEqual(['2025-10-01', '2025-12-31', 92])
    expect(days('2024-02')).toEqual(['2024-02-01', '2024-02-29', 29])
    expect(days('2023-02')).toEqual(['2023-02-01', '2023-02-28', 28])
    expect(horizonRange('2023-Q3', '2027')).toEqual({ start: '2023-07-01', end: '2027-12-31' })
  })
})
