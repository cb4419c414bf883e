import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { svgFile } from '../../ui/svg-serialize.ts'
import { ContextSvg } from '../shared/print-context/context-svg.tsx'
import type { ContextSvgLayout } from '../shared/print-context/context-svg-layout.ts'
import { laneBoxes, type LaneBox, type MeasureText, type Sizes } from './model/geometry.ts'
import type { RoadmapLane } from './model/roadmap-layout.ts'
import { rowTop } from './model/row-position.ts'
import { reachesWindow } from './model/time-scale.ts'
import { eventsHeight, layoutEvents } from './event-layout.ts'
import { canvasMeasure } from './measure-text.ts'
import { placeBar } from './place-bar.ts'
import {
  AxisMarks,
  BarMark,
  EventMarks,
  GridMarks,
  INK,
  PatternDefs,
  type TimeFrame,
} from './timeline-marks.tsx'
import type { RoadmapModel } from './use-roadmap-model.ts'

const PREFIX = 'rmx'

export interface ExportLabels {
  title: string
  strategy: string
  today: string
  events: string
  kind: (kind: string) => string
  laneCount: (count: number) => string
}

/**
 * The roadmap as one self-contained SVG: the visible time window, every lane and row (not just
 * the scrolled window), with its own pattern definitions and system fonts, so the file opens
 * anywhere without fetching anything.
 */
export function ExportSvg({
  model,
  frame,
  sizes,
  collapsed,
  labels,
  context,
}: {
  model: RoadmapModel
  frame: TimeFrame
  sizes: Sizes
  collapsed: ReadonlySet<string>
  labels: ExportLabels
  /** What the picture shows, below the lanes. */
  context?: ContextSvgLayout
}) {
  const { scale } = frame
  const titleH = Math.round(sizes.unit * 2.5)
  const eventLabels = layoutEvents(model.events, scale, sizes, labels.kind)
  const lanesTop = titleH + sizes.axisH + eventsHeight(eventLabels, sizes)
  const { boxes, total } = laneBoxes(
    model.lanes.map((l) => l.rows.length),
    model.lanes.map((l) => !collapsed.has(l.key)),
    sizes,
  )
  const measure = canvasMeasure(sizes.font, 600)
  const contextTop = lanesTop + total + 8
  const height = contextTop + (context?.height ?? 0)
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={scale.width}
      height={height}
      viewBox={`0 0 ${scale.width} ${height}`}
      fontFamily="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
    >
      <title>{labels.title}</title>
      <PatternDefs prefix={PREFIX} themes={model.themePatterns} />
      <rect width={scale.width} height={height} fill="#ffffff" />
      <text x={4} y={titleH * 0.65} fill={INK} fontSize={sizes.font * 1.5} fontWeight={700}>
        {labels.title}
      </text>
      <text x={scale.width - 4} y={titleH * 0.65} textAnchor="end" fill={INK} fontSize={sizes.font}>
        {labels.strategy}
      </text>
      <g transform={`translate(0,${titleH})`}>
        <AxisMarks frame={frame} sizes={sizes} todayLabel={labels.today} />
      </g>
      {model.events.length > 0 ? (
        <g transform={`translate(0,${titleH + sizes.axisH})`}>
          <HeadText sizes={sizes}>{labels.events}</HeadText>
          <EventMarks
            scale={scale}
            events={model.events}
            labels={eventLabels}
            sizes={sizes}
            y0={sizes.laneHead}
            kindLabel={labels.kind}
          />
        </g>
      ) : null}
      {model.lanes.map((lane, l) => (
        <ExportLane
          key={lane.key || '(none)'}
          model={model}
          lane={lane}
          index={l}
          box={boxes[l] as LaneBox}
          lanesTop={lanesTop}
          frame={frame}
          sizes={sizes}
          measure={measure}
          countLabel={labels.laneCount(lane.count)}
        />
      ))}
      {context ? (
        <ContextSvg layout={context} y={contextTop} width={scale.width} fontSize={sizes.font} />
      ) : null}
    </svg>
  )
}

/** A header's text, as the events band and every lane write theirs. */
function HeadText({ sizes, y = 0, children }: { sizes: Sizes; y?: number; children: string }) {
  return (
    <text
      x={4}
      y={y + sizes.laneHead * 0.65}
      fill={INK}
      fontSize={sizes.font * 1.05}
      fontWeight={700}
    >
      {children}
    </text>
  )
}

/** One lane: a rule and its name, then, when it is expanded, its grid and every bar in time. */
function ExportLane({
  model,
  lane,
  index,
  box,
  lanesTop,
  frame,
  sizes,
  measure,
  countLabel,
}: {
  model: RoadmapModel
  lane: RoadmapLane
  index: number
  box: LaneBox
  lanesTop: number
  frame: TimeFrame
  sizes: Sizes
  measure: MeasureText
  countLabel: string
}) {
  const { scale } = frame
  const top = lanesTop + box.top
  const bars = box.expanded
    ? lane.rows.flatMap((row, r) =>
        row.flatMap((item, j) => {
          if (!reachesWindow(item, scale)) return []
          const y = lanesTop + rowTop(box, r, sizes)
          const bar = placeBar(model, row, j, y, scale, sizes, measure, PREFIX)
          return bar ? [<BarMark key={item.id} id={item.id} sizes={sizes} {...bar} />] : []
        }),
      )
    : []
  return (
    <g>
      <line x1={0} x2={scale.width} y1={top} y2={top} stroke="#8a8f94" />
      <HeadText
        sizes={sizes}
        y={top}
      >{`${model.laneLabels[index] ?? ''} (${countLabel})`}</HeadText>
      {box.expanded ? (
        <GridMarks
          frame={frame}
          y0={lanesTop + box.rowsTop}
          y1={lanesTop + box.rowsTop + box.rowsHeight}
        />
      ) : null}
      {bars}
    </g>
  )
}

/** Renders an SVG element off screen and returns it as a standalone XML file. */
export function svgMarkup(element: ReactElement): string {
  const host = document.createElement('div')
  const root = createRoot(host)
  flushSync(() => root.render(element))
  const svg = host.firstElementChild
  const file = svg ? svgFile(svg) : ''
  root.unmount()
  return file
}
