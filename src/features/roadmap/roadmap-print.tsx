import { useMemo } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { ContextSvg } from '../shared/print-context/context-svg.tsx'
import { contextSvgLayout } from '../shared/print-context/context-svg-layout.ts'
import type { PrintContext } from '../shared/print-context/print-context.ts'
import { usePrinting } from '../shared/print-context/use-printing.ts'
import { eventsHeight, layoutEvents } from './event-layout.ts'
import { canvasMeasure } from './measure-text.ts'
import { sizesFor } from './model/geometry.ts'
import { paginateLanes } from './model/print-pages.ts'
import { reachesWindow, timeScale } from './model/time-scale.ts'
import { ARROW_W, PrintLane } from './print-lane.tsx'
import { PrintLegend, printLegendLayout } from './print-legend.tsx'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { roadmapPrintCatalog } from './roadmap-print-catalog.ts'
import { AxisMarks, EventMarks, INK, type TimeFrame } from './timeline-marks.tsx'
import { useAxisTicks } from './use-axis-ticks.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'
import './roadmap-print.css'

/**
 * The drawing area of an A4 landscape page less its margins (277 × 190 mm), in CSS pixels,
 * a little short of the full height so rounding never pushes a page over.
 */
const PAGE_W = 1040
const PAGE_H = 700
/** The print's text unit: smaller than the screen's, as paper is read from closer. */
const PRINT_UNIT = 12
const FOOTER_H = 18
/** Room either side of the strategy period for the arrows of bars that run past it. */
const INSET = ARROW_W + 4

interface Props {
  model: RoadmapModel
  describeContext: () => PrintContext
  strategyLabel: string
}

/** The roadmap on paper, only while printing: explicit A4 pages (see print-pages.ts). */
export function RoadmapPrint(props: Props) {
  return usePrinting() ? <PrintPages {...props} /> : null
}

function PrintPages({ model, describeContext, strategyLabel }: Props) {
  const t = useTranslate()
  const rt = useFeatureTranslate(roadmapCatalog)
  const pt = useFeatureTranslate(roadmapPrintCatalog)
  const locale = useLocale()
  const ticksFor = useAxisTicks('year', locale)
  const sizes = useMemo(() => sizesFor(PRINT_UNIT), [])
  const { strategy } = model
  const scale = useMemo(
    () => timeScale(strategy.start, strategy.end - strategy.start + 1, PAGE_W - 2 * INSET),
    [strategy],
  )
  const frame: TimeFrame = { scale, ticks: ticksFor(scale), strategy, today: Number.NaN }
  const kind = (k: string) => t(`sourceKind.${k}` as MessageKey)
  // Only the strategy work inside the period: a band of marks cut off at its edge says nothing.
  const events = useMemo(
    () => model.events.filter((e) => reachesWindow({ start: e.day, end: e.endDay }, scale)),
    [model.events, scale],
  )
  const eventLabels = layoutEvents(events, scale, sizes, kind)
  const titleH = Math.round(sizes.unit * 2.5)
  const context = contextSvgLayout(describeContext(), PAGE_W, sizes.font)
  const legendItems = [
    ...model.data.themes.map((th) => ({
      label: model.text(th.name),
      style: model.themeStyle(th.id),
    })),
  ]
  const legend = printLegendLayout(legendItems, [strategyLabel, pt('beyond')], PAGE_W, sizes)
  const firstTop = titleH + context.height + legend.height
  const pages = paginateLanes(
    model.lanes.map((l) => l.rows.length),
    {
      pageHeight: PAGE_H,
      firstTop,
      firstBelowAxis: eventsHeight(eventLabels, sizes),
      axisH: sizes.axisH,
      footerH: FOOTER_H,
      laneHead: sizes.laneHead,
      rowH: sizes.rowH,
    },
  )
  const measure = canvasMeasure(sizes.font, 600)
  const laneHeading = (lane: number, continued: boolean) => {
    const l = model.lanes[lane]
    const name = `${model.laneLabels[lane] ?? ''} (${rt('laneCount', { count: l?.count ?? 0 })})`
    return continued ? pt('continued', { lane: name }) : name
  }

  return (
    <div className="rm-print" data-pages={pages.length}>
      {pages.map((page, i) => (
        <section
          key={i}
          className="rm-print-page"
          aria-label={pt('pageLabel', { page: i + 1, pages: pages.length })}
        >
          <svg
            viewBox={`0 0 ${PAGE_W} ${PAGE_H}`}
            width="100%"
            fontFamily="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
            aria-hidden="true"
          >
            {i === 0 ? (
              <>
                <text
                  x={0}
                  y={titleH * 0.65}
                  fill={INK}
                  fontSize={sizes.font * 1.6}
                  fontWeight={700}
                >
                  {rt('heading')}
                </text>
                <ContextSvg layout={context} y={titleH} width={PAGE_W} fontSize={sizes.font} />
                <PrintLegend layout={legend} y={titleH + context.height} sizes={sizes} />
              </>
            ) : null}
            <g transform={`translate(${INSET},0)`}>
              <g className="rm-print-axis" transform={`translate(0,${page.axisY})`}>
                <AxisMarks frame={frame} sizes={sizes} todayLabel="" />
              </g>
              {i === 0 && events.length > 0 ? (
                <g transform={`translate(0,${page.axisY + sizes.axisH})`}>
                  <text x={-ARROW_W + 2} y={sizes.laneHead * 0.65} fill={INK} fontWeight={700}>
                    {rt('eventsLabel')}
                  </text>
                  <EventMarks
                    scale={scale}
                    events={events}
                    labels={eventLabels}
                    sizes={sizes}
                    y0={sizes.laneHead}
                    kindLabel={kind}
                  />
                </g>
              ) : null}
              {page.parts.map((part) => (
                <PrintLane
                  key={`${part.lane}-${part.first}`}
                  model={model}
                  part={part}
                  frame={frame}
                  sizes={sizes}
                  measure={measure}
                  heading={laneHeading(part.lane, part.continued)}
                  idPrefix={`rmp${i}`}
                />
              ))}
            </g>
            <text
              x={PAGE_W}
              y={PAGE_H - 4}
              textAnchor="end"
              fill={INK}
              fontSize={sizes.font}
              className="rm-print-page-number"
            >
              {pt('page', { page: i + 1, pages: pages.length })}
            </text>
          </svg>
        </section>
      ))}
    </div>
  )
}
