import { APP_TIME_ZONE } from '../../../i18n/format-date.ts'
import { dayNumber, MS_PER_DAY } from './roadmap-days.ts'

const formats = new Map<string, Intl.DateTimeFormat>()

/** A day number as the locale writes a date ("1.7.2023", "1 Jul 2023"). */
export function formatDay(locale: string, day: number): string {
  let f = formats.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    formats.set(locale, f)
  }
  return f.format(new Date(day * MS_PER_DAY))
}

/** Today in Finnish time (the data and its readers are in Lapland), as a day number. */
export function today(now = new Date()): number {
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: APP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
  return dayNumber(iso)
}
