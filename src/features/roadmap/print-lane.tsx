import type { MeasureText, Sizes } from './model/geometry.ts'
import type { LanePart } from './model/print-pages.ts'
import { hatchPath } from './model/print-hatch.ts'
import type { RoadmapItem } from './model/roadmap-lanes.ts'
import { barGeometry } from './model/bar-geometry.ts'
import { GridMarks, INK, CONFLICT, type TimeFrame } from './timeline-marks.tsx'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** How far a continuation arrow reaches outside the strategy period's edge. */
export const ARROW_W = 9

/**
 * One lane's rows on one printed page: its heading (repeated, marked as continued, on a page
 * after the first), the grid, and every bar of those rows. Bars are drawn as on screen, but
 * with the theme's pattern as vector strokes (print-hatch.ts), and a bar that runs past the
 * strategy period gets an arrow at that edge instead of being cut without a sign.
 */
export function PrintLane({
  model,
  part,
  frame,
  sizes,
  measure,
  heading,
  idPrefix,
}: {
  model: RoadmapModel
  part: LanePart
  frame: TimeFrame
  sizes: Sizes
  measure: MeasureText
  heading: string
  idPrefix: string
}) {
  const lane = model.lanes[part.lane]
  if (!lane) return null
  const rowsTop = part.y + sizes.laneHead
  const rows = lane.rows.slice(part.first, part.end)
  return (
    <g className="rm-print-lane">
      <line
        x1={-ARROW_W}
        x2={frame.scale.width + ARROW_W}
        y1={part.y}
        y2={part.y}
        stroke="#8a8f94"
      />
      <text
        x={-ARROW_W + 2}
        y={part.y + sizes.laneHead * 0.65}
        fill={INK}
        fontSize={sizes.font * 1.05}
        fontWeight={700}
      >
        {heading}
      </text>
      <GridMarks frame={frame} y0={rowsTop} y1={rowsTop + rows.length * sizes.rowH} />
      {rows.flatMap((row, r) =>
        row.map((item, j) => (
          <PrintBar
            key={item.id}
            model={model}
            row={row}
            j={j}
            y={rowsTop + r * sizes.rowH}
            frame={frame}
            sizes={sizes}
            measure={measure}
            clipId={`${idPrefix}-${item.id}`}
          />
        )),
      )}
    </g>
  )
}

function PrintBar({
  model,
  row,
  j,
  y,
  frame,
  sizes,
  measure,
  clipId,
}: {
  model: RoadmapModel
  row: readonly RoadmapItem[]
  j: number
  y: number
  frame: TimeFrame
  sizes: Sizes
  measure: MeasureText
  clipId: string
}) {
  const { scale } = frame
  const item = row[j] as RoadmapItem
  const o = model.data.opportunities[item.pos]
  if (!o) return null
  const style = model.themeStyle(o.record.theme)
  const conflict = model.conflicted.has(item.id)
  const title = (conflict ? '⚠ ' : '') + model.titleOf(item.id)
  const next = row[j + 1]?.start ?? null
  // Cut exactly at the period's edges (the screen lets bars run a little past the window).
  const g = barGeometry(item, o.record, next, y, scale, sizes, title, measure)
  const x = Math.max(g.x, 0)
  const w = Math.max(0, Math.min(g.x + g.w, scale.width) - x)
  const before = item.start < scale.from
  const after = item.end >= scale.to
  const by = y + sizes.barY
  const bh = sizes.barH
  const segments = (g.phases ?? [{ x, w }]).map((p) => {
    const sx = Math.max(p.x, 0)
    return { x: sx, w: Math.max(0, Math.min(p.x + p.w, scale.width) - sx) }
  })
  const hatch = hatchPath(style.pattern, x, by, w, bh)
  const d = bh * 0.62
  // A bar wholly after the period keeps its title inside the page, ending at the edge.
  const titleX = after && w === 0 ? scale.width - 2 : Math.min(g.tx, scale.width - 2)
  return (
    <g data-id={item.id} className="rm-print-bar">
      {w > 0 ? (
        <>
          <clipPath id={clipId}>
            <rect x={x} y={by} width={w} height={bh} />
          </clipPath>
          {segments.map((s, i) => (
            <rect
              key={i}
              x={s.x}
              y={by}
              width={s.w}
              height={bh}
              fill={style.colour}
              stroke="#ffffff"
              strokeWidth={g.phases ? 1.5 : 0}
            />
          ))}
          {hatch ? (
            <path
              d={hatch.d}
              clipPath={`url(#${clipId})`}
              fill={hatch.paint === 'fill' ? '#ffffff' : 'none'}
              stroke={hatch.paint === 'stroke' ? '#ffffff' : 'none'}
              strokeWidth={1.6}
            />
          ) : null}
          <rect
            x={x}
            y={by}
            width={w}
            height={bh}
            fill="none"
            stroke={conflict ? CONFLICT : INK}
            strokeWidth={conflict ? 2 : 1}
            strokeDasharray={conflict ? '5 3' : undefined}
          />
        </>
      ) : null}
      {before ? (
        <path
          className="rm-print-continues"
          d={`M0,${by - 1}L${-ARROW_W},${by + bh / 2}L0,${by + bh + 1}z`}
          fill={INK}
        />
      ) : null}
      {after ? (
        <path
          className="rm-print-continues"
          d={`M${scale.width},${by - 1}L${scale.width + ARROW_W},${by + bh / 2}L${scale.width},${by + bh + 1}z`}
          fill={INK}
        />
      ) : null}
      {g.milestones
        .filter((m) => m.x >= 0 && m.x <= scale.width)
        .map((m, i) => (
          <path
            key={i}
            d={`M${m.x},${by + bh / 2 - d} l${d},${d} l${-d},${d} l${-d},${-d} z`}
            fill={m.done ? INK : '#ffffff'}
            stroke={m.done ? '#ffffff' : INK}
            strokeWidth="1.5"
          />
        ))}
      <text
        x={titleX}
        y={y + sizes.textY}
        fill={INK}
        fontSize={sizes.font}
        textAnchor={after && w === 0 ? 'end' : undefined}
      >
        {g.title}
      </text>
    </g>
  )
}
