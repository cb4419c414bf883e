import { useMemo } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from './model/format-day.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'

export interface DayText {
  /** A day as the locale writes a date. */
  day: (day: number) => string
  /** An inclusive range of days ("1.7.2023–31.12.2027"). */
  range: (start: number, end: number) => string
  /** One day, or a range when it lasts longer (an event of the strategy work). */
  span: (start: number, end: number) => string
}

/** Days as the roadmap writes them, so bars, tooltips, lists and the table read alike. */
export function useDayText(locale: string): DayText {
  const rt = useFeatureTranslate(roadmapCatalog)
  return useMemo(() => {
    const day = (d: number) => formatDay(locale, d)
    const range = (start: number, end: number) => rt('period', { start: day(start), end: day(end) })
    return { day, range, span: (start, end) => (end === start ? day(start) : range(start, end)) }
  }, [rt, locale])
}
