import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDay } from './format-date.ts'

describe('formatDateTime', () => {
  it('shows Finnish time whatever the offset of the input', () => {
    expect(formatDateTime('2026-11-20T09:30:00+02:00', 'fi-FI')).toBe(
      '20. marraskuuta 2026 klo 9.30',
    )
    expect(formatDateTime('2026-11-20T07:30:00Z', 'en-GB')).toBe('20 November 2026 at 09:30')
  })

  it('gives back what is not a date unchanged', () => {
    expect(formatDateTime('soon', 'fi-FI')).toBe('soon')
  })
})

describe('formatDay', () => {
  it('gives the day in Finnish time, whatever the zone of the time given', () => {
    expect(formatDay('2025-11-14T23:30:00Z', 'fi-FI')).toBe('15.11.2025')
    expect(formatDay('2025-11-14T15:00:00+02:00', 'en-GB')).toBe('14/11/2025')
    expect(formatDay('not a date', 'fi-FI')).toBe('not a date')
  })
})
