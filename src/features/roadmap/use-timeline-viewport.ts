import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** The scrolled window of the timeline: what is in view vertically, and how wide it is. */
export interface TimelineViewport {
  width: number
  /** The scroll position and the visible height of the scroll container. */
  win: { top: number; height: number }
  /** For the scroll container's `onScroll`. */
  onScroll: () => void
}

/**
 * Follows the scroll container's size and scroll position, so the timeline draws only the rows
 * in view. Scrolling updates the window at most once per animation frame: a scroll event can
 * come many times a frame, and each update re-renders the visible rows.
 */
export function useTimelineViewport(
  scrollRef: RefObject<HTMLDivElement | null>,
  /** Told the width whenever it changes (the export draws at the screen's width). */
  onWidth?: (width: number) => void,
): TimelineViewport {
  const [width, setWidth] = useState(0)
  const [win, setWin] = useState({ top: 0, height: 800 })

  // Measured before paint, so the first frame already draws the rows in view.
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const measure = () => {
      setWidth(el.clientWidth)
      setWin({ top: el.scrollTop, height: el.clientHeight })
      onWidth?.(el.clientWidth)
    }
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [scrollRef, onWidth])

  const frame = useRef(0)
  const onScroll = useCallback(() => {
    if (frame.current) return
    frame.current = requestAnimationFrame(() => {
      frame.current = 0
      const el = scrollRef.current
      if (el) setWin({ top: el.scrollTop, height: el.clientHeight })
    })
  }, [scrollRef])
  useEffect(() => () => cancelAnimationFrame(frame.current), [])

  return { width, win, onScroll }
}
