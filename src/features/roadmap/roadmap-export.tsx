import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { barGeometry } from './model/bar-geometry.ts'
import type { Sizes } from './model/geometry.ts'
import { layoutEvents } from './event-layout.ts'
import { canvasMeasure } from './measure-text.ts'
import {
  AxisMarks,
  BarMark,
  EventMarks,
  GridMarks,
  INK,
  patternId,
  PatternDefs,
} from './timeline-marks.tsx'
import type { TimeScale } from './model/time-scale.ts'
import type { Tick } from './model/time-ticks.ts'
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
  scale,
  ticks,
  sizes,
  today,
  collapsed,
  labels,
}: {
  model: RoadmapModel
  scale: TimeScale
  ticks: readonly Tick[]
  sizes: Sizes
  today: number
  collapsed: ReadonlySet<string>
  labels: ExportLabels
}) {
  const titleH = Math.round(sizes.unit * 2.5)
  const eventLabels = layoutEvents(model.events, scale, sizes, labels.kind)
  const eventRowCount = Math.max(1, ...eventLabels.map((r) => r.row + 1))
  const eventsH =
    model.events.length === 0 ? 0 : sizes.laneHead + (eventRowCount + 1) * sizes.eventRowH
  const measure = canvasMeasure(sizes.font, 600)
  const lanesTop = titleH + sizes.axisH + eventsH
  const placed: { top: number; open: boolean; rowsH: number }[] = []
  for (const lane of model.lanes) {
    const prev = placed[placed.length - 1]
    const top = prev ? prev.top + sizes.laneHead + prev.rowsH : lanesTop
    const open = !collapsed.has(lane.key)
    placed.push({ top, open, rowsH: open ? lane.rows.length * sizes.rowH : 0 })
  }
  const last = placed[placed.length - 1]
  const bottom = last ? last.top + sizes.laneHead + last.rowsH : lanesTop
  const laneParts = model.lanes.map((lane, l) => {
    const { top, open, rowsH } = placed[l] as { top: number; open: boolean; rowsH: number }
    const bars = open
      ? lane.rows.flatMap((row, r) =>
          row.flatMap((item, j) => {
            if (item.end < scale.from || item.start >= scale.to) return []
            const o = model.data.opportunities[item.pos]
            if (!o) return []
            const g = barGeometry(
              item,
              o.record,
              row[j + 1]?.start ?? null,
              top + sizes.laneHead + r * sizes.rowH,
              scale,
              sizes,
              (model.conflicted.has(item.id) ? '⚠ ' : '') + model.titleOf(item.id),
              measure,
            )
            return [
              <BarMark
                key={item.id}
                id={item.id}
                g={g}
                sizes={sizes}
                fill={`url(#${patternId(PREFIX, model.themeStyle(o.record.theme).index)})`}
                conflict={model.conflicted.has(item.id)}
              />,
            ]
          }),
        )
      : []
    return (
      <g key={lane.key || '(none)'}>
        <line x1={0} x2={scale.width} y1={top} y2={top} stroke="#8a8f94" />
        <text
          x={4}
          y={top + sizes.laneHead * 0.65}
          fill={INK}
          fontSize={sizes.font * 1.05}
          fontWeight={700}
        >
          {`${model.laneLabels[l] ?? ''} (${labels.laneCount(lane.count)})`}
        </text>
        {open ? (
          <GridMarks
            scale={scale}
            ticks={ticks}
            y0={top + sizes.laneHead}
            y1={top + sizes.laneHead + rowsH}
            strategy={model.strategy}
            today={today}
          />
        ) : null}
        {bars}
      </g>
    )
  })
  const height = bottom + 8
  const themes = model.data.themes.map((th) => {
    const s = model.themeStyle(th.id)
    return { index: s.index, colour: s.colour, pattern: s.pattern }
  })
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={scale.width}
      height={height}
      viewBox={`0 0 ${scale.width} ${height}`}
      fontFamily="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
    >
      <title>{labels.title}</title>
      <PatternDefs prefix={PREFIX} themes={themes} />
      <rect width={scale.width} height={height} fill="#ffffff" />
      <text x={4} y={titleH * 0.65} fill={INK} fontSize={sizes.font * 1.5} fontWeight={700}>
        {labels.title}
      </text>
      <text x={scale.width - 4} y={titleH * 0.65} textAnchor="end" fill={INK} fontSize={sizes.font}>
        {labels.strategy}
      </text>
      <g transform={`translate(0,${titleH})`}>
        <AxisMarks
          scale={scale}
          ticks={ticks}
          sizes={sizes}
          strategy={model.strategy}
          today={today}
          todayLabel={labels.today}
        />
      </g>
      {model.events.length > 0 ? (
        <g transform={`translate(0,${titleH + sizes.axisH})`}>
          <text
            x={4}
            y={sizes.laneHead * 0.65}
            fill={INK}
            fontSize={sizes.font * 1.05}
            fontWeight={700}
          >
            {labels.events}
          </text>
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
      {laneParts}
    </svg>
  )
}

/** Renders an SVG element off screen and returns its markup. */
export function svgMarkup(element: ReactElement): string {
  const host = document.createElement('div')
  const root = createRoot(host)
  flushSync(() => root.render(element))
  const svg = host.innerHTML
  root.unmount()
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`
}
