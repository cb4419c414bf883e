import type { RefObject } from 'react'
import type { LanesLayout } from './model/geometry.ts'
import type { BarPlace } from './model/roadmap-layout.ts'
import { rowTop } from './model/row-position.ts'
import { reachesWindow, type TimeScale } from './model/time-scale.ts'

/**
 * Brings a bar into view: pans to it when it is outside the time window, and, when `vertical`,
 * scrolls its row to a third of the way down below the sticky axis, so the rows around it show
 * too. A row already in view is left where it is, so moving along a row never jumps.
 */
export function useBringIntoView(
  scrollRef: RefObject<HTMLElement | null>,
  placeOf: ReadonlyMap<string, BarPlace>,
  { boxes, offset, sizes }: LanesLayout,
  scale: TimeScale,
  onPan: (from: number, commit: boolean) => void,
): (id: string, vertical: boolean) => void {
  return (id, vertical) => {
    const place = placeOf.get(id)
    const el = scrollRef.current
    if (!place || !el) return
    // A tenth of the window before the bar's start, so it does not sit on the edge.
    if (!reachesWindow(place.item, scale))
      onPan(place.item.start - Math.round((scale.to - scale.from) * 0.1), true)
    const box = boxes[place.lane]
    if (!box || !vertical) return
    const y = offset + rowTop(box, place.row, sizes)
    const viewTop = el.scrollTop + sizes.axisH
    const viewBottom = el.scrollTop + el.clientHeight
    if (y < viewTop || y + sizes.rowH > viewBottom)
      el.scrollTop = Math.max(0, y - sizes.axisH - (el.clientHeight - sizes.axisH) / 3)
  }
}
