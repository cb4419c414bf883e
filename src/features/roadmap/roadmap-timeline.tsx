import {
  useId,
  useMemo,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { BarTooltip } from './bar-tooltip.tsx'
import { DependencyArrows } from './dependency-arrows.tsx'
import { canvasMeasure } from './measure-text.ts'
import { laneBoxes, type LanesLayout, type Sizes } from './model/geometry.ts'
import { NAV_KEYS, type NavKey } from './model/roadmap-keyboard.ts'
import { timeScale, type TimeScale } from './model/time-scale.ts'
import type { Tick } from './model/time-ticks.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { TimelineEvents } from './timeline-events.tsx'
import { TimelineLanes } from './timeline-lanes.tsx'
import { AxisMarks, PATTERN_PREFIX, PatternDefs, type BarHandlers } from './timeline-marks.tsx'
import { useBarLabel } from './use-bar-label.ts'
import { useDecisionOf } from '../shared/decisions/use-decision-of.ts'
import { useBarTooltip, type BarTooltipState } from './use-bar-tooltip.ts'
import { useBringIntoView } from './use-bring-into-view.ts'
import { useEventBand } from './use-event-band.ts'
import { usePrintMode } from './use-print-mode.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'
import { useRovingFocus, type RovingFocus } from './use-roving-focus.ts'
import { useTimelinePanning, type TimelinePanning } from './use-timeline-panning.ts'
import { useTimelineViewport } from './use-timeline-viewport.ts'

/** Extra height drawn above and below the visible window, so fast scrolling shows no gaps. */
const OVERSCAN_PX = 600

export interface TimelineProps {
  model: RoadmapModel
  from: number
  days: number
  ticks: (scale: TimeScale) => Tick[]
  sizes: Sizes
  today: number
  locale: string
  collapsed: ReadonlySet<string>
  onToggleLane: (key: string) => void
  /** Pans to a first day; `commit` writes it to the URL (false while dragging). */
  onPan: (from: number, commit: boolean) => void
  onOpen: (id: string) => void
  hrefOf: (id: string) => string
  /** Tells the page the timeline's width, which the export uses. */
  onWidth?: (width: number) => void
  /** Drawn over the lanes, in their coordinates (a comparison's ghost bars). */
  overlay?: (layout: LanesLayout, scale: TimeScale) => ReactNode
  /** Drawn after the lanes on the same time scale (a comparison's lane of removed ones). */
  after?: (scale: TimeScale, sizes: Sizes) => ReactNode
}

/**
 * The roadmap's timeline on screen: a sticky time axis, the strategy work's events, and the
 * lanes of bars. Only the rows inside the scrolled window (plus overscan) are drawn, and only
 * the bars that reach into the visible time window, so zooming and panning repaint quickly
 * however large the export. The focused bar is always drawn, so keyboard focus survives
 * scrolling.
 */
export function RoadmapTimeline(props: TimelineProps) {
  const { model, from, days, sizes, today, locale, collapsed, onPan, onOpen } = props
  const rt = useFeatureTranslate(roadmapCatalog)
  const uid = useId()
  const tipId = `${uid}-tip`
  const rootRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const { width, win, onScroll } = useTimelineViewport(scrollRef, props.onWidth)
  const printing = usePrintMode()
  const tooltip = useBarTooltip()

  const scale = useMemo(() => timeScale(from, days, Math.max(width, 1)), [from, days, width])
  const { ticks: ticksFor } = props
  const frame = useMemo(
    () => ({ scale, ticks: ticksFor(scale), strategy: model.strategy, today }),
    [scale, ticksFor, model.strategy, today],
  )
  const { lanes } = model
  const expanded = useMemo(() => lanes.map((l) => !collapsed.has(l.key)), [lanes, collapsed])
  const { boxes, total } = useMemo(
    () =>
      laneBoxes(
        lanes.map((l) => l.rows.length),
        expanded,
        sizes,
      ),
    [lanes, expanded, sizes],
  )
  const roving = useRovingFocus({ rootRef, lanes, expanded, placeOf: model.placeOf, from, days })

  const measureTitle = useMemo(() => canvasMeasure(sizes.font, 600), [sizes.font])
  const events = useEventBand(model.events, scale, sizes)
  const layout = useMemo(
    () => ({ boxes, offset: sizes.axisH + events.height, sizes }),
    [boxes, sizes, events.height],
  )
  const bringIntoView = useBringIntoView(scrollRef, model.placeOf, layout, scale, onPan)
  const panning = useTimelinePanning({
    scrollRef,
    from,
    pxPerDay: scale.pxPerDay,
    onPan,
    onDragStart: tooltip.hide,
  })
  const barHandlers = barHandlersFor({ tooltip, roving, panning, bringIntoView, onOpen })
  const decisionOf = useDecisionOf()
  const labelOf = useBarLabel(model, locale, decisionOf)

  // The top of the view, from the top of the lanes.
  const scrolled = win.top - layout.offset

  return (
    <div className="rm-timeline" ref={rootRef}>
      <svg width="0" height="0" className="rm-defs" aria-hidden="true">
        <PatternDefs prefix={PATTERN_PREFIX} themes={model.themePatterns} />
      </svg>
      <div
        className={`rm-scroll${printing ? ' rm-printing' : ''}`}
        ref={scrollRef}
        onScroll={onScroll}
      >
        <div className="rm-axis-wrap" style={{ height: sizes.axisH }}>
          {width > 0 ? (
            <svg width={scale.width} height={sizes.axisH} aria-hidden="true">
              <AxisMarks frame={frame} sizes={sizes} todayLabel={rt('today')} />
            </svg>
          ) : null}
        </div>
        <div className="rm-drag" {...panning.dragHandlers}>
          {model.events.length > 0 ? (
            <TimelineEvents
              events={model.events}
              labels={events.labels}
              frame={frame}
              sizes={sizes}
              height={events.height}
              drawn={width > 0}
              locale={locale}
              kindLabel={events.kindLabel}
            />
          ) : null}
          <TimelineLanes
            boxes={boxes}
            height={total}
            locale={locale}
            visible={
              width === 0
                ? null
                : printing
                  ? 'all'
                  : { top: scrolled - OVERSCAN_PX, bottom: scrolled + win.height + OVERSCAN_PX }
            }
            idPrefix={uid}
            bars={{
              model,
              frame,
              sizes,
              measureTitle,
              active: roving.active,
              tipBarId: tooltip.tipId,
              tipId,
              hrefOf: props.hrefOf,
              labelOf,
              decisionOf,
              handlers: barHandlers,
            }}
            onToggleLane={props.onToggleLane}
          >
            {width > 0 && props.overlay ? props.overlay(layout, scale) : null}
            {tooltip.arrowsId !== null && !printing ? (
              <DependencyArrows
                model={model}
                barId={tooltip.arrowsId}
                layout={layout}
                scale={scale}
              />
            ) : null}
          </TimelineLanes>
          {width > 0 && props.after ? props.after(scale, sizes) : null}
        </div>
      </div>
      {tooltip.tipId !== null ? (
        <BarTooltip
          id={tipId}
          barId={tooltip.tipId}
          model={model}
          layout={layout}
          view={win}
          scale={scale}
          locale={locale}
        />
      ) : null}
    </div>
  )
}

/**
 * What a bar does with the pointer and the keyboard: a click opens it (unless it ended a drag,
 * or asks for a new tab), focus and hover show its tooltip, the arrow keys move the tab stop.
 */
function barHandlersFor({
  tooltip,
  roving,
  panning,
  bringIntoView,
  onOpen,
}: {
  tooltip: BarTooltipState
  roving: RovingFocus
  panning: TimelinePanning
  bringIntoView: (id: string, vertical: boolean) => void
  onOpen: (id: string) => void
}): BarHandlers {
  const idOf = (e: { currentTarget: Element }) => e.currentTarget.getAttribute('data-id')
  return {
    onClick: (e: MouseEvent<Element>) => {
      const id = idOf(e)
      if (panning.clickSuppressed()) {
        e.preventDefault()
        return
      }
      if (id === null || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      e.preventDefault()
      onOpen(id)
    },
    onKeyDown: (e: KeyboardEvent<Element>) => {
      const bar = (e.target as Element).closest('[data-id]')
      if (e.key === 'Escape') {
        tooltip.hide()
        return
      }
      if (!bar || !NAV_KEYS.includes(e.key)) return
      e.preventDefault()
      const next = roving.move(bar.getAttribute('data-id'), e.key as NavKey)
      if (next === null) return
      tooltip.hide()
      bringIntoView(next, true)
    },
    onFocus: (e: FocusEvent<Element>) => {
      const id = idOf(e)
      if (id === null) return
      roving.setActive(id)
      tooltip.show(id)
      // Tabbing to a bar outside the time window brings it in (no vertical scroll here: a
      // click's focus must not move the bar away from under the pointer).
      bringIntoView(id, false)
    },
    onPointerEnter: (e: PointerEvent<Element>) => {
      const id = idOf(e)
      if (id === null || panning.isDragging()) return
      tooltip.enter(id)
    },
    onPointerLeave: (e: PointerEvent<Element>) => tooltip.leave(idOf(e)),
  }
}
