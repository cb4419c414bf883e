/**
 * Calendar days as whole numbers (days since 1970-01-01), for the roadmap's arithmetic:
 * calendar.ts keeps days as ISO strings, which compare well but cannot be subtracted. UTC
 * throughout, so no day is ever 23 or 25 hours long.
 */

export const MS_PER_DAY = 86_400_000

/** "YYYY-MM-DD" → day number. The text is assumed valid (it comes from calendar.ts). */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  return Date.UTC(y, m - 1, d) / MS_PER_DAY
}

/** Day number → "YYYY-MM-DD". */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** The first day of a year. */
export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY
}

/** The last day of a year. */
export function yearEnd(year: number): number {
  return Date.UTC(year + 1, 0, 1) / MS_PER_DAY - 1
}

/** The calendar year a day falls in. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear()
}
