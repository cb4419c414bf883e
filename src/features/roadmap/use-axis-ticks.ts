import { useCallback, useMemo } from 'react'
import type { Zoom } from '../../url-state/view-state.ts'
import type { TimeScale } from './model/time-scale.ts'
import { axisTicks, monthLabeller, type Tick } from './model/time-ticks.ts'

/** The axis ticks of a time window at a zoom, labelled in the locale (screen and export alike). */
export function useAxisTicks(zoom: Zoom, locale: string): (scale: TimeScale) => Tick[] {
  const tickLabels = useMemo(
    () => ({
      year: (y: number) => String(y),
      quarter: (q: number) => `Q${q}`,
      month: monthLabeller(locale),
    }),
    [locale],
  )
  return useCallback(
    (s: TimeScale) => axisTicks(s.from, s.to, zoom, tickLabels),
    [zoom, tickLabels],
  )
}
