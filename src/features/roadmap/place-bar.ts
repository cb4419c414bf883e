import { barGeometry, type BarGeometry } from './model/bar-geometry.ts'
import type { MeasureText, Sizes } from './model/geometry.ts'
import type { RoadmapItem } from './model/roadmap-lanes.ts'
import type { TimeScale } from './model/time-scale.ts'
import { patternId } from './timeline-marks.tsx'
import type { RoadmapModel } from './use-roadmap-model.ts'

export interface PlacedBar {
  g: BarGeometry
  /** The theme's pattern, from the pattern definitions under `prefix`. */
  fill: string
  conflict: boolean
}

/**
 * The bar of `row[j]` at height `y`, as the screen and the export both draw it; null when its
 * opportunity is missing. Its title may run up to the next bar in the row.
 */
export function placeBar(
  model: RoadmapModel,
  row: readonly RoadmapItem[],
  j: number,
  y: number,
  scale: TimeScale,
  sizes: Sizes,
  measure: MeasureText,
  prefix: string,
  /** Whether the active forum session has decided on it: a ✓ before its title. */
  decided = false,
): PlacedBar | null {
  const item = row[j] as RoadmapItem
  const o = model.data.opportunities[item.pos]
  if (!o) return null
  const conflict = model.conflicted.has(item.id)
  const title = (conflict ? '⚠ ' : '') + (decided ? '✓ ' : '') + model.titleOf(item.id)
  const next = row[j + 1]?.start ?? null
  return {
    g: barGeometry(item, o.record, next, y, scale, sizes, title, measure),
    fill: `url(#${patternId(prefix, model.themeStyle(o.record.theme).index)})`,
    conflict,
  }
}
