import type { DecisionOf } from '../shared/decisions/use-decision-of.ts'
import type { ReactNode } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { visibleRowRange, type LaneBox, type MeasureText, type Sizes } from './model/geometry.ts'
import type { RoadmapLane } from './model/roadmap-layout.ts'
import type { RoadmapItem } from './model/roadmap-lanes.ts'
import { rowY } from './model/row-position.ts'
import { reachesWindow } from './model/time-scale.ts'
import { placeBar } from './place-bar.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { useDayText } from './use-day-text.ts'
import {
  BarMark,
  GridMarks,
  INK,
  PATTERN_PREFIX,
  patternId,
  type BarHandlers,
  type TimeFrame,
} from './timeline-marks.tsx'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** What every bar on screen needs besides its own item. */
export interface BarDrawing {
  model: RoadmapModel
  frame: TimeFrame
  sizes: Sizes
  measureTitle: MeasureText
  /** The roving tab stop. */
  active: string | null
  /** The bar whose tooltip shows, and the tooltip's element id. */
  tipBarId: string | null
  tipId: string
  hrefOf: (id: string) => string
  labelOf: (id: string) => string
  /** The active session's decisions; null while none is active. */
  decisionOf: DecisionOf | null
  handlers: BarHandlers
}

/**
 * The swimlanes on screen as one group, described for screen readers with the keys that move
 * between bars. Each lane is a header with a button that collapses it, then its rows; only the
 * rows inside `visible` are drawn, and only the bars that reach into the time window.
 */
export function TimelineLanes({
  boxes,
  height,
  visible,
  idPrefix,
  locale,
  bars,
  onToggleLane,
  children,
}: {
  boxes: readonly LaneBox[]
  /** The height of every lane together, drawn or not, so the scrollbar is true. */
  height: number
  /** The rows to draw, from the top of the lanes: a window, every row, or none yet. */
  visible: { top: number; bottom: number } | 'all' | null
  idPrefix: string
  locale: string
  bars: BarDrawing
  onToggleLane: (key: string) => void
  /** Drawn over the lanes (the dependency arrows). */
  children?: ReactNode
}) {
  const { model, sizes, frame } = bars
  const rt = useFeatureTranslate(roadmapCatalog)
  const { day } = useDayText(locale)
  const descId = `${idPrefix}-desc`
  const description = rt('timelineDesc', {
    start: day(model.domain.start),
    end: day(model.domain.end),
    from: day(frame.scale.from),
    to: day(frame.scale.to - 1),
    count: model.scheduledCount,
    lanes: model.lanes.length,
  })
  const lanes = model.lanes.map((lane, l) => {
    const box = boxes[l]
    if (!box) return null
    const rowsId = `${idPrefix}-lane-${l}`
    const style = model.grouping === 'theme' ? model.themeStyle(lane.key) : null
    const rows =
      !box.expanded || visible === null
        ? null
        : visible === 'all'
          ? ([0, box.rows] as const)
          : visibleRowRange(box, sizes, visible.top, visible.bottom)
    return (
      <section key={lane.key || '(none)'} className="rm-lane" aria-label={model.laneLabels[l]}>
        <div className="rm-lane-head" style={{ height: sizes.laneHead }}>
          <button
            type="button"
            className="rm-lane-toggle"
            aria-expanded={box.expanded}
            aria-controls={box.expanded ? rowsId : undefined}
            onClick={() => onToggleLane(lane.key)}
          >
            <span className="rm-caret" aria-hidden="true">
              {box.expanded ? '▾' : '▸'}
            </span>
            {style && style.index >= 0 ? (
              <svg className="rm-swatch" width="18" height="14" aria-hidden="true">
                <rect
                  width="18"
                  height="14"
                  fill={`url(#${patternId(PATTERN_PREFIX, style.index)})`}
                  stroke={INK}
                />
              </svg>
            ) : null}
            <span className="rm-lane-name">{model.laneLabels[l]}</span>{' '}
            <span className="rm-lane-count">({rt('laneCount', { count: lane.count })})</span>
          </button>
        </div>
        {rows ? (
          <LaneRows lane={lane} index={l} box={box} id={rowsId} rows={rows} bars={bars} />
        ) : null}
      </section>
    )
  })
  return (
    <>
      <p id={descId} className="rm-sr">
        {description}
      </p>
      <div
        className="rm-lanes"
        role="group"
        aria-label={rt('timelineLabel')}
        aria-describedby={descId}
        style={{ height }}
      >
        {lanes}
        {children}
      </div>
    </>
  )
}

/**
 * The rows [first, end) of a lane in one SVG, and the roving tab stop's row wherever it is, so
 * keyboard focus survives scrolling its bar out of view. The SVG spans only the drawn rows.
 */
function LaneRows({
  lane,
  index,
  box,
  id,
  rows: [first, end],
  bars,
}: {
  lane: RoadmapLane
  index: number
  box: LaneBox
  id: string
  rows: readonly [number, number]
  bars: BarDrawing
}) {
  const { model, frame, sizes, active } = bars
  const activePlace = active !== null ? model.placeOf.get(active) : undefined
  const activeRow = activePlace && activePlace.lane === index ? activePlace.row : null
  const lo = Math.min(first === end ? (activeRow ?? 0) : first, activeRow ?? Infinity)
  const hi = Math.max(first === end ? (activeRow ?? -1) + 1 : end, (activeRow ?? -1) + 1)
  const marks: ReactNode[] = []
  const drawRow = (r: number) => {
    const row = lane.rows[r]
    if (!row) return
    for (let j = 0; j < row.length; j++) {
      const item = row[j] as RoadmapItem
      const isActive = item.id === active
      if (!isActive && !reachesWindow(item, frame.scale)) continue
      const y = rowY(r, sizes)
      const decided = (bars.decisionOf?.(item.id) ?? null) !== null
      const bar = placeBar(
        model,
        row,
        j,
        y,
        frame.scale,
        sizes,
        bars.measureTitle,
        PATTERN_PREFIX,
        decided,
      )
      if (!bar) continue
      marks.push(
        <BarMark
          key={item.id}
          id={item.id}
          sizes={sizes}
          {...bar}
          href={bars.hrefOf(item.id)}
          label={bars.labelOf(item.id)}
          tabIndex={isActive ? 0 : -1}
          describedBy={bars.tipBarId === item.id ? bars.tipId : undefined}
          handlers={bars.handlers}
        />,
      )
    }
  }
  for (let r = first; r < end; r++) drawRow(r)
  if (activeRow !== null && (activeRow < first || activeRow >= end)) drawRow(activeRow)
  const top = rowY(lo, sizes)
  const h = Math.max(0, rowY(hi - lo, sizes))
  return (
    <div id={id} className="rm-rows" style={{ height: box.rowsHeight }}>
      {h > 0 ? (
        <svg
          className="rm-lane-svg"
          width={frame.scale.width}
          height={h}
          style={{ top }}
          role="presentation"
        >
          <g transform={`translate(0,${-top})`}>
            <GridMarks frame={frame} y0={top} y1={top + h} />
            {marks}
          </g>
        </svg>
      ) : null}
    </div>
  )
}
