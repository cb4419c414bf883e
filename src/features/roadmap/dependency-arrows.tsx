import { dependencyPaths, pathsSpan } from './model/dependency-paths.ts'
import type { LanesLayout } from './model/geometry.ts'
import type { TimeScale } from './model/time-scale.ts'
import { ArrowMark, PATTERN_PREFIX } from './timeline-marks.tsx'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** Room above and below the arrows for their curves. */
const CURVE_MARGIN_PX = 20

/**
 * The dependency arrows of one bar (the focused or hovered one), in an SVG just tall enough for
 * them over the lanes: drawing every bar's arrows at once would hide the bars under them.
 */
export function DependencyArrows({
  model,
  barId,
  layout,
  scale,
}: {
  model: RoadmapModel
  barId: string
  layout: LanesLayout
  scale: TimeScale
}) {
  const links = model.linksOf.get(barId) ?? []
  const paths = dependencyPaths(links, model.placeOf, layout.boxes, scale, layout.sizes)
  if (paths.length === 0) return null
  const { top, bottom } = pathsSpan(paths, CURVE_MARGIN_PX)
  return (
    <svg
      className="rm-arrows"
      width={scale.width}
      height={bottom - top}
      style={{ top }}
      aria-hidden="true"
    >
      <g transform={`translate(0,${-top})`}>
        {paths.map((p) => (
          <ArrowMark
            key={`${p.link.from}>${p.link.to}`}
            prefix={PATTERN_PREFIX}
            x1={p.x1}
            y1={p.y1}
            x2={p.x2}
            y2={p.y2}
            conflict={p.link.conflict}
          />
        ))}
      </g>
    </svg>
  )
}
