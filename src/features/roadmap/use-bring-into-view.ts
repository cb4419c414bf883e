import type { RefObject } from 'react'
import type { LaneBox, Sizes } from './model/geometry.ts'
import type { BarPlace } from './model/roadmap-layout.ts'
import { rowTop } from './model/row-position.ts'
import { reachesWindow } from './model/time-scale.ts'

/**
 * Brings a bar into view: pans to it when it is outside the time window, and, when `vertical`,
 * scrolls its row to a third of the way down below the sticky axis, so the rows around it show
 * too. A row already in view is left where it is, so moving along a row never jumps.
 */
export function useBringIntoView({
  scrollRef,
  placeOf,
  boxes,
  lanesOffset,
  sizes,
  from,
  days,
  onPan,
}: {
  scrollRef: RefObject<HTMLElement | null>
  placeOf: ReadonlyMap<string, BarPlace>
  boxes: readonly LaneBox[]
  /** The top of the lanes in the scroll container. */
  lanesOffset: number
  sizes: Sizes
  from: number
  days: number
  onPan: (from: number, commit: boolean) => void
}): (id: string, vertical: boolean) => void {
  return (id, vertical) => {
    const place = placeOf.get(id)
    const el = scrollRef.current
    if (!place || !el) return
    // A tenth of the window before the bar's start, so it does not sit on the edge.
    if (!reachesWindow(place.item, { from, to: from + days }))
      onPan(place.item.start - Math.round(days * 0.1), true)
    const box = boxes[place.lane]
    if (!box || !vertical) return
    const y = lanesOffset + rowTop(box, place.row, sizes)
    const viewTop = el.scrollTop + sizes.axisH
    const viewBottom = el.scrollTop + el.clientHeight
    if (y < viewTop || y + sizes.rowH > viewBottom)
      el.scrollTop = Math.max(0, y - sizes.axisH - (el.clientHeight - sizes.axisH) / 3)
  }
}
