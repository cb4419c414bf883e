import { useEffect, useRef, type PointerEvent, type RefObject } from 'react'

/** A drag shorter than this is a click, not a pan. */
const DRAG_THRESHOLD_PX = 5
/** Wheel panning writes the URL once the wheel has been still this long, not on every step. */
const WHEEL_SETTLE_MS = 250

export interface TimelinePanning {
  /** For the draggable area of the timeline. */
  dragHandlers: {
    onPointerDown: (e: PointerEvent<HTMLDivElement>) => void
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => void
    onPointerUp: (e: PointerEvent<HTMLDivElement>) => void
    onPointerCancel: () => void
  }
  /** A drag is moving the timeline (hovering a bar then shows no tooltip). */
  isDragging: () => boolean
  /** The click that ends a drag comes here: true means it must not open the bar it began on. */
  clickSuppressed: () => boolean
}

/**
 * Panning the timeline in time: dragging it, or Shift + wheel (or a sideways trackpad swipe).
 * `onPan` gets the new first day while the gesture goes on (`commit` false) and once more when
 * it ends (`commit` true), so the URL changes once per gesture and not on every frame.
 */
export function useTimelinePanning({
  scrollRef,
  from,
  pxPerDay,
  onPan,
  onDragStart,
}: {
  scrollRef: RefObject<HTMLDivElement | null>
  from: number
  pxPerDay: number
  onPan: (from: number, commit: boolean) => void
  /** A drag has begun to move. */
  onDragStart: () => void
}): TimelinePanning {
  const drag = useRef<{ x: number; from: number; moved: boolean; pointer: number } | null>(null)
  const suppressClick = useRef(false)

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    // A lane's button keeps its own clicks.
    if (e.button !== 0 || (e.target as Element).closest('button')) return
    drag.current = { x: e.clientX, from, moved: false, pointer: e.pointerId }
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d || d.pointer !== e.pointerId) return
    const dx = e.clientX - d.x
    if (!d.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return
    if (!d.moved) {
      d.moved = true
      e.currentTarget.setPointerCapture(e.pointerId)
      onDragStart()
    }
    onPan(d.from - dx / pxPerDay, false)
  }
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    drag.current = null
    if (!d || !d.moved) return
    // The click follows this event in the same task: it is suppressed until the next one.
    suppressClick.current = true
    setTimeout(() => (suppressClick.current = false), 0)
    onPan(d.from - (e.clientX - d.x) / pxPerDay, true)
  }

  // The wheel listener reads the latest first day without being added again on every pan.
  const lastFrom = useRef(from)
  useEffect(() => {
    lastFrom.current = from
  }, [from])
  // Added by hand: React's onWheel is passive, and a pan must stop the page from scrolling.
  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    let timer = 0
    let pending: number | null = null
    const onWheel = (e: WheelEvent) => {
      const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY)
      if (!e.shiftKey && !sideways) return
      e.preventDefault()
      const delta = sideways ? e.deltaX : e.deltaY
      pending = (pending ?? lastFrom.current) + delta / pxPerDay
      onPan(pending, false)
      clearTimeout(timer)
      timer = window.setTimeout(() => {
        if (pending !== null) onPan(pending, true)
        pending = null
      }, WHEEL_SETTLE_MS)
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      el.removeEventListener('wheel', onWheel)
      clearTimeout(timer)
    }
  }, [scrollRef, pxPerDay, onPan])

  return {
    dragHandlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: () => (drag.current = null),
    },
    isDragging: () => drag.current?.moved === true,
    clickSuppressed: () => suppressClick.current,
  }
}
