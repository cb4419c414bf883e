import type { LaneBox, Sizes } from './geometry.ts'
import type { DependencyLink } from './roadmap-dependencies.ts'
import type { BarPlace } from './roadmap-layout.ts'
import { barMiddle } from './row-position.ts'
import type { TimeScale } from './time-scale.ts'

/** One dependency arrow, from the end of the prerequisite to the start of its dependent. */
export interface ArrowPath {
  x1: number
  y1: number
  x2: number
  y2: number
  link: DependencyLink
}

/** How far past the timeline's edges an arrow end may lie: an arrow to an off-screen bar still points off screen. */
const EDGE_PX = 12

/**
 * Where an arrow meets a bar, from the top of the lanes: the bar's middle, or the middle of its
 * lane's header when the lane is collapsed (its rows are not drawn); null when it is not placed.
 */
function anchorY(place: BarPlace | undefined, boxes: readonly LaneBox[], s: Sizes): number | null {
  const box = place ? boxes[place.lane] : undefined
  if (!place || !box) return null
  return box.expanded ? barMiddle(box, place.row, s) : box.top + s.laneHead / 2
}

/** The arrows of the given links whose two ends are both placed. */
export function dependencyPaths(
  links: readonly DependencyLink[],
  placeOf: ReadonlyMap<string, BarPlace>,
  boxes: readonly LaneBox[],
  scale: TimeScale,
  s: Sizes,
): ArrowPath[] {
  const clampX = (x: number) => Math.min(Math.max(x, -EDGE_PX), scale.width + EDGE_PX)
  return links.flatMap((link) => {
    const a = placeOf.get(link.from)
    const b = placeOf.get(link.to)
    const y1 = anchorY(a, boxes, s)
    const y2 = anchorY(b, boxes, s)
    if (!a || !b || y1 === null || y2 === null) return []
    return [
      { x1: clampX(scale.x(a.item.end + 1)), y1, x2: clampX(scale.x(b.item.start)), y2, link },
    ]
  })
}

/** The vertical span the arrows take, with `margin` above and below for their curves. */
export function pathsSpan(
  paths: readonly ArrowPath[],
  margin: number,
): { top: number; bottom: number } {
  const ys = paths.flatMap((p) => [p.y1, p.y2])
  return { top: Math.min(...ys) - margin, bottom: Math.max(...ys) + margin }
}
