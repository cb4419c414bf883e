import { useCallback, useState } from 'react'
import type { Zoom } from '../../url-state/view-state.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { dayNumber, isoDay } from './model/roadmap-days.ts'
import { clampFrom, type DaySpan } from './model/roadmap-time-domain.ts'
import { visibleDays } from './model/time-scale.ts'

export interface TimeWindow {
  /** The first visible day. */
  from: number
  /** How many days are visible. */
  days: number
  /** Pans to a first day; `commit` writes it to the URL (false while a gesture goes on). */
  onPan: (from: number, commit: boolean) => void
  /** Zooms about the middle of the window. */
  onZoom: (zoom: Zoom) => void
  /** Moves to a first day at once (a button), and writes it to the URL. */
  jumpTo: (from: number) => void
}

/**
 * The roadmap's time window: the zoom and first day from the URL, kept inside the domain.
 * Without a `from` in the URL, a zoomed-in view starts at the strategy period, and a first day
 * equal to that default is left out of the URL so the link stays short.
 */
export function useTimeWindow(
  urlFrom: string | null,
  zoom: Zoom,
  domain: DaySpan,
  strategyStart: number,
): TimeWindow {
  const setView = useSetViewState()
  const days = visibleDays(zoom, domain)

  // While dragging or wheeling, the first day lives here; the URL gets it when the gesture
  // ends, since writing the URL on every frame would flood the history and re-render the page.
  // It is keyed by the URL's own value, so a new URL (a commit, Back, a button) replaces it.
  const liveKey = `${urlFrom ?? ''}|${zoom}`
  const [liveState, setLiveState] = useState<{ key: string; day: number } | null>(null)
  const live = liveState?.key === liveKey ? liveState.day : null
  const setLive = useCallback((day: number) => setLiveState({ key: liveKey, day }), [liveKey])
  const defaultFrom = useCallback(
    (d: number) => clampFrom(strategyStart, d, domain),
    [strategyStart, domain],
  )
  const from = clampFrom(
    live ?? (urlFrom === null ? defaultFrom(days) : dayNumber(urlFrom)),
    days,
    domain,
  )

  const commitFrom = useCallback(
    (day: number, d: number) => {
      const f = clampFrom(day, d, domain)
      setView({ from: f === defaultFrom(d) ? null : isoDay(f) }, { replace: true })
    },
    [domain, setView, defaultFrom],
  )
  const onPan = useCallback(
    (day: number, commit: boolean) => {
      setLive(clampFrom(day, days, domain))
      if (commit) commitFrom(day, days)
    },
    [days, domain, commitFrom, setLive],
  )
  const onZoom = (z: Zoom) => {
    const center = from + days / 2
    const d = visibleDays(z, domain)
    const f = clampFrom(center - d / 2, d, domain)
    setView({ zoom: z === 'year' ? null : z, from: f === defaultFrom(d) ? null : isoDay(f) })
  }
  const jumpTo = (day: number) => {
    const f = clampFrom(day, days, domain)
    setLive(f)
    commitFrom(f, days)
  }
  return { from, days, onPan, onZoom, jumpTo }
}
