import { describe, expect, it } from 'vitest'
import {
  horizonRange,
  isIsoDate,
  isIsoDateTimeWithZone,
  parsePeriod,
  periodOrDateRange,
  rangesOverlap,
} from './calendar.ts'

describe('parsePeriod', () => {
  it('reads a whole year from its first to its last day', () => {
    expect(parsePeriod('2025')).toEqual({ kind: 'year', start: '2025-01-01', end: '2025-12-31' })
  })

  it('reads each quarter, ending on the quarter’s last day', () => {
    expect(parsePeriod('2024-Q1')).toEqual({
      kind: 'quarter',
      start: '2024-01-01',
      end: '2024-03-31',
    })
    expect(parsePeriod('2024-Q2')?.end).toBe('2024-06-30')
    expect(parsePeriod('2024-Q3')?.start).toBe('2024-07-01')
    expect(parsePeriod('2024-Q4')?.end).toBe('2024-12-31')
  })

  it('reads a month, ending on its last day, leap years included', () => {
    expect(parsePeriod('2024-02')).toEqual({
      kind: 'month',
      start: '2024-02-01',
      end: '2024-02-29',
    })
    expect(parsePeriod('2023-02')?.end).toBe('2023-02-28')
    expect(parsePeriod('2100-02')?.end).toBe('2100-02-28')
    expect(parsePeriod('2000-02')?.end).toBe('2000-02-29')
    expect(parsePeriod('2025-11')?.end).toBe('2025-11-30')
  })

  it('refuses what is not a period', () => {
    for (const bad of [
      '2024-Q5',
      '2024-Q0',
      '2024-13',
      '2024-00',
      '24',
      '2024-1',
      '2024-03-01',
      ' 2024',
      'Q1-2024',
      '',
    ]) {
      expect(parsePeriod(bad), bad).toBeNull()
    }
  })
})

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2022-09-15')).toBe(true)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2022-04-31')).toBe(false)
    expect(isIsoDate('2022-9-15')).toBe(false)
    expect(isIsoDate('15.9.2022')).toBe(false)
  })

  it('requires a time zone on date-times', () => {
    expect(isIsoDateTimeWithZone('2026-11-20T09:30:00+02:00')).toBe(true)
    expect(isIsoDateTimeWithZone('2026-11-20T07:30:00Z')).toBe(true)
    expect(isIsoDateTimeWithZone('2026-11-20T07:30:00.123Z')).toBe(true)
    expect(isIsoDateTimeWithZone('2026-11-20T07:30:00')).toBe(false)
    expect(isIsoDateTimeWithZone('2026-11-20')).toBe(false)
    expect(isIsoDateTimeWithZone('2026-02-30T07:30:00Z')).toBe(false)
  })

  it('treats a milestone date as a period or a single day', () => {
    expect(periodOrDateRange('2025-06-15')).toEqual({ start: '2025-06-15', end: '2025-06-15' })
    expect(periodOrDateRange('2025-Q2')).toEqual({
      kind: 'quarter',
      start: '2025-04-01',
      end: '2025-06-30',
    })
    expect(periodOrDateRange('June 2025')).toBeNull()
  })
})

describe('horizonRange', () => {
  it('runs from the first day of the start to the last day of the end', () => {
    expect(horizonRange('2024-Q3', '2026')).toEqual({ start: '2024-07-01', end: '2026-12-31' })
    expect(horizonRange('2025-03', '2025-03')).toEqual({ start: '2025-03-01', end: '2025-03-31' })
  })

  it('is null when either end is not a period', () => {
    expect(horizonRange('2024', 'later')).toBeNull()
  })

  it('detects overlapping ranges, touching ends included', () => {
    expect(
      rangesOverlap(
        { start: '2024-01-01', end: '2024-12-31' },
        { start: '2024-12-31', end: '2025-01-05' },
      ),
    ).toBe(true)
    expect(
      rangesOverlap(
        { start: '2024-01-01', end: '2024-06-30' },
        { start: '2024-07-01', end: '2024-12-31' },
      ),
    ).toBe(false)
  })
})
