/**
 * Times are shown in Finnish time whatever the device's zone: the data and its readers are in
 * Lapland, and an export "made at 9.30" should read the same on every screen.
 */
export const APP_TIME_ZONE = 'Europe/Helsinki'

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      dateStyle: style,
      timeStyle: 'short',
      timeZone: APP_TIME_ZONE,
    })
    cache.set(key, f)
  }
  return f
}

/** An ISO 8601 date-time as words and digits of the locale; the input itself if it is no date. */
export function formatDateTime(
  iso: string,
  locale: string,
  style: 'long' | 'short' = 'long',
): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatter(locale, style).format(date)
}

const dayCache = new Map<string, Intl.DateTimeFormat>()

/** An ISO 8601 date-time's day in Finnish time, in the locale's short form ("14.11.2025"). */
export function formatDay(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  let f = dayCache.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: APP_TIME_ZONE })
    dayCache.set(locale, f)
  }
  return f.format(date)
}
