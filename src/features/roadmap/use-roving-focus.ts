import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { BarPlace, RoadmapLane } from './model/roadmap-layout.ts'
import { buildNavModel, nextTarget, type NavKey } from './model/roadmap-keyboard.ts'

export interface RovingFocus {
  /** The bar that is the timeline's one tab stop; null when no bar is drawn. */
  active: string | null
  /** Makes a bar the tab stop (it has just been focused). */
  setActive: (id: string) => void
  /** Moves the tab stop and the focus by a navigation key; the bar moved to, or null. */
  move: (current: string | null, key: NavKey) => string | null
}

/**
 * One tab stop among the bars (a roving tabindex), moved by the arrow keys. The bar moved to
 * may not be drawn yet (it was outside the virtual window), so it is focused after the render
 * that draws it.
 */
export function useRovingFocus({
  rootRef,
  lanes,
  expanded,
  placeOf,
  from,
  days,
}: {
  rootRef: RefObject<HTMLElement | null>
  lanes: readonly RoadmapLane[]
  expanded: readonly boolean[]
  placeOf: ReadonlyMap<string, BarPlace>
  from: number
  days: number
}): RovingFocus {
  const [activeId, setActive] = useState<string | null>(null)
  const focusPending = useRef<string | null>(null)

  // A collapsed lane's bars are not drawn, so the keys skip them.
  const nav = useMemo(
    () => buildNavModel(lanes.map((l, i) => (expanded[i] ? l.rows : []))),
    [lanes, expanded],
  )
  // Without a focused bar yet, the tab stop is the first bar in view along time.
  const active = useMemo(() => {
    if (activeId !== null && nav.indexOf.has(activeId)) return activeId
    const to = from + days
    for (const id of nav.linear) {
      const item = placeOf.get(id)?.item
      if (item && item.end >= from && item.start < to) return id
    }
    return nav.linear[0] ?? null
  }, [activeId, nav, placeOf, from, days])

  // After every render, since any render may be the one that draws the pending bar.
  useLayoutEffect(() => {
    const id = focusPending.current
    if (id === null) return
    const el = rootRef.current?.querySelector<SVGElement>(`[data-id="${CSS.escape(id)}"]`)
    if (el) {
      focusPending.current = null
      el.focus({ preventScroll: true })
    }
  })

  const move = useCallback(
    (current: string | null, key: NavKey) => {
      const next = nextTarget(nav, current, key)
      if (next === null) return null
      setActive(next)
      focusPending.current = next
      return next
    },
    [nav],
  )

  return { active, setActive, move }
}
