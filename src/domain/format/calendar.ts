/**
 * Periods and dates of export format v1, as calendar days.
 *
 * Days are ISO strings ("2025-03-31"): they sort and compare as plain strings, survive
 * structured cloning to and from the worker, and need no time zone.
 */

export type IsoDay = string

export interface DayRange {
  /** First day, inclusive. */
  start: IsoDay
  /** Last day, inclusive. */
  end: IsoDay
}

export type PeriodKind = 'year' | 'quarter' | 'month'

export interface ParsedPeriod extends DayRange {
  kind: PeriodKind
}

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function day(year: number, month: number, dayOfMonth: number): IsoDay {
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`
}

// Exports use few distinct periods ("2025-Q2" on thousands of records), so parses are cached.
const periodCache = new Map<string, ParsedPeriod | null>()

/**
 * "YYYY", "YYYY-Qn" or "YYYY-MM" → its first and last day; null when not a period. The result
 * is shared between callers: treat it as read-only.
 */
export function parsePeriod(text: string): ParsedPeriod | null {
  let parsed = periodCache.get(text)
  if (parsed === undefined) {
    if (periodCache.size > 10_000) periodCache.clear()
    parsed = parsePeriodUncached(text)
    periodCache.set(text, parsed)
  }
  return parsed
}

function parsePeriodUncached(text: string): ParsedPeriod | null {
  const m = PERIOD.exec(text)
  if (!m) return null
  const year = Number(m[1])
  if (m[2] !== undefined) {
    const q = Number(m[2])
    const first = (q - 1) * 3 + 1
    const last = first + 2
    return {
      kind: 'quarter',
      start: day(year, first, 1),
      end: day(year, last, daysInMonth(year, last)),
    }
  }
  if (m[3] !== undefined) {
    const month = Number(m[3])
    return {
      kind: 'month',
      start: day(year, month, 1),
      end: day(year, month, daysInMonth(year, month)),
    }
  }
  return { kind: 'year', start: day(year, 1, 1), end: day(year, 12, 31) }
}

export function isPeriod(text: string): boolean {
  return PERIOD.test(text)
}

/** "YYYY-MM-DD" that names a real calendar day (no 30 February). */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  return Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]))
}

/** A milestone's date is a period or a single day; either way a range of days. */
export function periodOrDateRange(text: string): DayRange | null {
  if (isIsoDate(text)) return { start: text, end: text }
  return parsePeriod(text)
}

/** A horizon { start, end }: from the first day of start to the last day of end. */
export function horizonRange(start: string, end: string): DayRange | null {
  const s = parsePeriod(start)
  const e = parsePeriod(end)
  if (!s || !e) return null
  return { start: s.start, end: e.end }
}

/**
 * ISO 8601 date-time with a time zone (Z or ±hh:mm). Checked by shape and by calendar, so
 * "2026-02-30T10:00:00Z" is refused even though Date.parse would roll it over.
 */
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/

export function isIsoDateTimeWithZone(text: string): boolean {
  const m = DATE_TIME.exec(text)
  return m !== null && isIsoDate(m[1] ?? '')
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end
}
