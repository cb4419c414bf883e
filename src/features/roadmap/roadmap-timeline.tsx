import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'
import type { RoadmapItem } from './model/roadmap-lanes.ts'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import { buildNavModel, NAV_KEYS, nextTarget, type NavKey } from './model/roadmap-keyboard.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { barGeometry } from './model/bar-geometry.ts'
import { formatDay } from './model/format-day.ts'
import { laneBoxes, visibleRowRange, type Sizes } from './model/geometry.ts'
import { layoutEvents } from './event-layout.ts'
import { canvasMeasure } from './measure-text.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import {
  ArrowMark,
  AxisMarks,
  BarMark,
  type BarHandlers,
  EventMarks,
  GridMarks,
  patternId,
  PatternDefs,
} from './timeline-marks.tsx'
import { BarTooltip } from './bar-tooltip.tsx'
import { timeScale, type TimeScale } from './model/time-scale.ts'
import type { Tick } from './model/time-ticks.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** Extra height drawn above and below the visible window, so fast scrolling shows no gaps. */
const OVERSCAN_PX = 600
export const PATTERN_PREFIX = 'rm'

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
}

/**
 * The roadmap's timeline on screen: a sticky time axis, the strategy work's events, and the
 * lanes of bars. Only the rows inside the scrolled window (plus overscan) are drawn, and only
 * the bars that reach into the visible time window, so zooming and panning repaint quickly at
 * 10 000 opportunities. The focused bar is always drawn, so keyboard focus survives scrolling.
 */
export function RoadmapTimeline(props: TimelineProps) {
  const { model, from, days, sizes, today, locale, collapsed, onPan, onOpen, hrefOf } = props
  const t = useTranslate()
  const rt = useFeatureTranslate(roadmapCatalog)
  const uid = useId()
  const descId = `${uid}-desc`
  const tipId = `${uid}-tip`

  const rootRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  const [win, setWin] = useState({ top: 0, height: 800 })
  const [printing, setPrinting] = useState(false)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [tip, setTip] = useState<{ id: string } | null>(null)
  const [hoverId, setHoverId] = useState<string | null>(null)
  const focusPending = useRef<string | null>(null)

  const { onWidth } = props
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const measure = () => {
      setWidth(el.clientWidth)
      setWin({ top: el.scrollTop, height: el.clientHeight })
      onWidth?.(el.clientWidth)
    }
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [onWidth])

  // Scrolling updates the drawn window once per frame.
  const frame = useRef(0)
  const onScroll = useCallback(() => {
    if (frame.current) return
    frame.current = requestAnimationFrame(() => {
      frame.current = 0
      const el = scrollRef.current
      if (el) setWin({ top: el.scrollTop, height: el.clientHeight })
    })
  }, [])
  useEffect(() => () => cancelAnimationFrame(frame.current), [])

  // Printing draws every row (no virtual window), lane by lane.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])

  const scale = useMemo(() => timeScale(from, days, Math.max(width, 1)), [from, days, width])
  const ticks = useMemo(() => props.ticks(scale), [props, scale])

  const { lanes, laneLabels } = model
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
  const nav = useMemo(
    () => buildNavModel(lanes.map((l, i) => (expanded[i] ? l.rows : []))),
    [lanes, expanded],
  )
  // Without a focused bar yet, the roving tab stop is the first bar in view along time.
  const active = useMemo(() => {
    if (activeId !== null && nav.indexOf.has(activeId)) return activeId
    const to = from + days
    for (const id of nav.linear) {
      const item = model.placeOf.get(id)?.item
      if (item && item.end >= from && item.start < to) return id
    }
    return nav.linear[0] ?? null
  }, [activeId, nav, model.placeOf, from, days])

  // Events of the strategy work, with their labels stacked so none collide.
  const kindLabel = useCallback((kind: string) => t(`sourceKind.${kind}` as MessageKey), [t])
  const measureTitle = useMemo(() => canvasMeasure(sizes.font, 600), [sizes.font])
  const eventLabels = useMemo(
    () => layoutEvents(model.events, scale, sizes, kindLabel),
    [model.events, scale, sizes, kindLabel],
  )
  const eventRowCount = Math.max(1, ...eventLabels.map((r) => r.row + 1))
  const eventsH =
    model.events.length === 0 ? 0 : sizes.laneHead + (eventRowCount + 1) * sizes.eventRowH + 8
  const lanesOffset = sizes.axisH + eventsH

  const winTop = win.top - lanesOffset - OVERSCAN_PX
  const winBottom = win.top - lanesOffset + win.height + OVERSCAN_PX

  /** Scrolls so a bar's row is in view below the sticky axis, and pans to it if needed. */
  const bringIntoView = useCallback(
    (id: string, vertical = true) => {
      const place = model.placeOf.get(id)
      const el = scrollRef.current
      if (!place || !el) return
      const { item } = place
      if (item.end < from || item.start >= from + days)
        onPan(item.start - Math.round(days * 0.1), true)
      const box = boxes[place.lane]
      if (!box || !vertical) return
      const y = lanesOffset + box.rowsTop + place.row * sizes.rowH
      const viewTop = el.scrollTop + sizes.axisH
      const viewBottom = el.scrollTop + el.clientHeight
      if (y < viewTop || y + sizes.rowH > viewBottom)
        el.scrollTop = Math.max(0, y - sizes.axisH - (el.clientHeight - sizes.axisH) / 3)
    },
    [model.placeOf, from, days, onPan, boxes, lanesOffset, sizes],
  )

  useLayoutEffect(() => {
    const id = focusPending.current
    if (id === null) return
    const el = rootRef.current?.querySelector<SVGElement>(`[data-id="${CSS.escape(id)}"]`)
    if (el) {
      focusPending.current = null
      el.focus({ preventScroll: true })
    }
  })

  const showTip = useCallback((id: string) => setTip((tp) => (tp?.id === id ? tp : { id })), [])

  const onKeyDown = (e: KeyboardEvent<Element>) => {
    const bar = (e.target as Element).closest('[data-id]')
    if (e.key === 'Escape') {
      setTip(null)
      return
    }
    if (!bar || !NAV_KEYS.includes(e.key)) return
    e.preventDefault()
    const next = nextTarget(nav, bar.getAttribute('data-id'), e.key as NavKey)
    if (next === null) return
    setActiveId(next)
    setTip(null)
    focusPending.current = next
    bringIntoView(next)
  }

  // Dragging pans; a drag that moved does not also open the bar it started on.
  const drag = useRef<{ x: number; from: number; moved: boolean; pointer: number } | null>(null)
  const suppressClick = useRef(false)
  const lastFrom = useRef(from)
  useEffect(() => {
    lastFrom.current = from
  }, [from])
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest('button')) return
    drag.current = { x: e.clientX, from, moved: false, pointer: e.pointerId }
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d || d.pointer !== e.pointerId) return
    const dx = e.clientX - d.x
    if (!d.moved && Math.abs(dx) < 5) return
    if (!d.moved) {
      d.moved = true
      e.currentTarget.setPointerCapture(e.pointerId)
      setTip(null)
    }
    onPan(d.from - dx / scale.pxPerDay, false)
  }
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    drag.current = null
    if (!d || !d.moved) return
    suppressClick.current = true
    setTimeout(() => (suppressClick.current = false), 0)
    onPan(d.from - (e.clientX - d.x) / scale.pxPerDay, true)
  }

  // Shift + wheel (or a sideways trackpad swipe) pans; the URL follows once it settles.
  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    let timer = 0
    let pending: number | null = null
    const onWheel = (e: WheelEvent) => {
      const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY)
      if (!e.shiftKey && !sideways) return
      e.preventDefault()
      const delta = sideways ? e.deltaX : e.deltaY
      pending = (pending ?? lastFrom.current) + delta / scale.pxPerDay
      onPan(pending, false)
      clearTimeout(timer)
      timer = window.setTimeout(() => {
        if (pending !== null) onPan(pending, true)
        pending = null
      }, 250)
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      el.removeEventListener('wheel', onWheel)
      clearTimeout(timer)
    }
  }, [scale.pxPerDay, onPan])

  const onBarClick = (e: MouseEvent<Element>) => {
    const id = e.currentTarget.getAttribute('data-id')
    if (suppressClick.current) {
      e.preventDefault()
      return
    }
    if (id === null || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    onOpen(id)
  }

  const barHandlers: BarHandlers = {
    onClick: onBarClick,
    onKeyDown,
    onFocus: (e) => {
      const id = e.currentTarget.getAttribute('data-id')
      if (id === null) return
      setActiveId(id)
      showTip(id)
      // Tabbing to a bar outside the time window brings it in (no vertical scroll here: a
      // click's focus must not move the bar away from under the pointer).
      bringIntoView(id, false)
    },
    onPointerEnter: (e) => {
      const id = e.currentTarget.getAttribute('data-id')
      if (id === null || drag.current?.moved) return
      setHoverId(id)
      showTip(id)
    },
    onPointerLeave: (e) => {
      const id = e.currentTarget.getAttribute('data-id')
      setHoverId(null)
      setTip((tp) => (tp?.id === id ? null : tp))
    },
  }

  const statusText = (id: string) => {
    const o = opportunityWithId(model.data, id)
    return o ? t(`status.${o.record.status}` as MessageKey) : ''
  }
  const barLabel = (id: string) => {
    const place = model.placeOf.get(id)
    if (!place) return id
    const name = rt('barName', {
      title: model.titleOf(id),
      period: rt('period', {
        start: formatDay(locale, place.item.start),
        end: formatDay(locale, place.item.end),
      }),
      status: statusText(id),
    })
    return model.conflicted.has(id) ? `${name}, ${rt('barConflict')}` : name
  }

  const themesForDefs = useMemo(
    () =>
      model.data.themes.map((th) => {
        const s = model.themeStyle(th.id)
        return { index: s.index, colour: s.colour, pattern: s.pattern }
      }),
    [model],
  )

  const shownId = hoverId ?? (tip ? tip.id : null)

  const laneNodes: ReactNode[] = lanes.map((lane, l) => {
    const box = boxes[l]
    if (!box) return null
    const rowsId = `${uid}-lane-${l}`
    const style = model.grouping === 'theme' ? model.themeStyle(lane.key) : null
    let content: ReactNode = null
    if (box.expanded && width > 0) {
      const [first, end] = printing ? [0, box.rows] : visibleRowRange(box, sizes, winTop, winBottom)
      const activePlace = active !== null ? model.placeOf.get(active) : undefined
      const activeRow = activePlace && activePlace.lane === l ? activePlace.row : null
      const lo = Math.min(first === end ? (activeRow ?? 0) : first, activeRow ?? Infinity)
      const hi = Math.max(first === end ? (activeRow ?? -1) + 1 : end, (activeRow ?? -1) + 1)
      const bars: ReactNode[] = []
      const drawRow = (r: number) => {
        const row = lane.rows[r]
        if (!row) return
        for (let j = 0; j < row.length; j++) {
          const item = row[j] as RoadmapItem
          const isActive = item.id === active
          if (!isActive && (item.end < scale.from || item.start >= scale.to)) continue
          const o = model.data.opportunities[item.pos]
          if (!o) continue
          const th = model.themeStyle(o.record.theme)
          const g = barGeometry(
            item,
            o.record,
            row[j + 1]?.start ?? null,
            r * sizes.rowH,
            scale,
            sizes,
            (model.conflicted.has(item.id) ? '⚠ ' : '') + model.titleOf(item.id),
            measureTitle,
          )
          bars.push(
            <BarMark
              key={item.id}
              id={item.id}
              g={g}
              sizes={sizes}
              fill={`url(#${patternId(PATTERN_PREFIX, th.index)})`}
              conflict={model.conflicted.has(item.id)}
              href={hrefOf(item.id)}
              label={barLabel(item.id)}
              tabIndex={isActive ? 0 : -1}
              describedBy={tip?.id === item.id ? tipId : undefined}
              handlers={barHandlers}
            />,
          )
        }
      }
      for (let r = first; r < end; r++) drawRow(r)
      if (activeRow !== null && (activeRow < first || activeRow >= end)) drawRow(activeRow)
      const top = lo * sizes.rowH
      const h = Math.max(0, (hi - lo) * sizes.rowH)
      content = (
        <div id={rowsId} className="rm-rows" style={{ height: box.rowsHeight }}>
          {h > 0 ? (
            <svg
              className="rm-lane-svg"
              width={scale.width}
              height={h}
              style={{ top }}
              role="presentation"
            >
              <g transform={`translate(0,${-top})`}>
                <GridMarks
                  scale={scale}
                  ticks={ticks}
                  y0={top}
                  y1={top + h}
                  strategy={model.strategy}
                  today={today}
                />
                {bars}
              </g>
            </svg>
          ) : null}
        </div>
      )
    }
    return (
      <section key={lane.key || '(none)'} className="rm-lane" aria-label={laneLabels[l]}>
        <div className="rm-lane-head" style={{ height: sizes.laneHead }}>
          <button
            type="button"
            className="rm-lane-toggle"
            aria-expanded={box.expanded}
            aria-controls={box.expanded ? rowsId : undefined}
            onClick={() => props.onToggleLane(lane.key)}
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
                  stroke="#1a1a1a"
                />
              </svg>
            ) : null}
            <span className="rm-lane-name">{laneLabels[l]}</span>{' '}
            <span className="rm-lane-count">({rt('laneCount', { count: lane.count })})</span>
          </button>
        </div>
        {content}
      </section>
    )
  })

  // Dependency arrows of the focused or hovered bar.
  const arrowId = shownId ?? null
  let arrows: ReactNode = null
  if (arrowId !== null && !printing) {
    const links = model.linksOf.get(arrowId) ?? []
    const yOf = (id: string) => {
      const p = model.placeOf.get(id)
      const box = p ? boxes[p.lane] : undefined
      if (!p || !box) return null
      return box.expanded
        ? box.rowsTop + p.row * sizes.rowH + sizes.barY + sizes.barH / 2
        : box.top + sizes.laneHead / 2
    }
    const paths = links.flatMap((lk) => {
      const a = model.placeOf.get(lk.from)
      const b = model.placeOf.get(lk.to)
      const y1 = yOf(lk.from)
      const y2 = yOf(lk.to)
      if (!a || !b || y1 === null || y2 === null) return []
      const clampX = (x: number) => Math.min(Math.max(x, -12), scale.width + 12)
      return [
        { x1: clampX(scale.x(a.item.end + 1)), y1, x2: clampX(scale.x(b.item.start)), y2, lk },
      ]
    })
    if (paths.length > 0) {
      const minY = Math.min(...paths.flatMap((p) => [p.y1, p.y2])) - 20
      const maxY = Math.max(...paths.flatMap((p) => [p.y1, p.y2])) + 20
      arrows = (
        <svg
          className="rm-arrows"
          width={scale.width}
          height={maxY - minY}
          style={{ top: minY }}
          aria-hidden="true"
        >
          <g transform={`translate(0,${-minY})`}>
            {paths.map((p) => (
              <ArrowMark
                key={`${p.lk.from}>${p.lk.to}`}
                prefix={PATTERN_PREFIX}
                x1={p.x1}
                y1={p.y1}
                x2={p.x2}
                y2={p.y2}
                conflict={p.lk.conflict}
              />
            ))}
          </g>
        </svg>
      )
    }
  }

  const domainStart = formatDay(locale, model.domain.start)
  const domainEnd = formatDay(locale, model.domain.end)
  const description = rt('timelineDesc', {
    start: domainStart,
    end: domainEnd,
    from: formatDay(locale, from),
    to: formatDay(locale, from + days - 1),
    count: model.scheduledCount,
    lanes: lanes.length,
  })
  const tipOpp = tip ? opportunityWithId(model.data, tip.id) : undefined
  const tipPlace = tip ? model.placeOf.get(tip.id) : undefined
  const tipBox = tipPlace ? boxes[tipPlace.lane] : undefined
  // The tooltip sits under its bar, in the scroll container's visible coordinates.
  const tipY =
    tipPlace && tipBox?.expanded
      ? lanesOffset +
        tipBox.rowsTop +
        tipPlace.row * sizes.rowH +
        sizes.barY +
        sizes.barH +
        6 -
        win.top
      : null
  const tipX = tipPlace
    ? Math.min(Math.max(scale.x(tipPlace.item.start), 0), Math.max(0, scale.width - 360))
    : 0

  return (
    <div className="rm-timeline" ref={rootRef}>
      <svg width="0" height="0" className="rm-defs" aria-hidden="true">
        <PatternDefs prefix={PATTERN_PREFIX} themes={themesForDefs} />
      </svg>
      <div
        className={`rm-scroll${printing ? ' rm-printing' : ''}`}
        ref={scrollRef}
        onScroll={onScroll}
      >
        <div className="rm-axis-wrap" style={{ height: sizes.axisH }}>
          {width > 0 ? (
            <svg width={scale.width} height={sizes.axisH} aria-hidden="true">
              <AxisMarks
                scale={scale}
                ticks={ticks}
                sizes={sizes}
                strategy={model.strategy}
                today={today}
                todayLabel={rt('today')}
              />
            </svg>
          ) : null}
        </div>
        <div
          className="rm-drag"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={() => (drag.current = null)}
        >
          {model.events.length > 0 ? (
            <section
              className="rm-events"
              style={{ height: eventsH }}
              aria-label={rt('eventsLabel')}
            >
              <div className="rm-lane-head rm-events-head" style={{ height: sizes.laneHead }}>
                <span className="rm-lane-name">{rt('eventsLabel')}</span>
              </div>
              <ul className="rm-sr">
                {model.events.map((e) => (
                  <li key={e.id}>
                    {rt('eventItem', {
                      kind: kindLabel(e.kind),
                      name: e.name,
                      date:
                        e.endDay === e.day
                          ? formatDay(locale, e.day)
                          : rt('period', {
                              start: formatDay(locale, e.day),
                              end: formatDay(locale, e.endDay),
                            }),
                    })}
                  </li>
                ))}
              </ul>
              {width > 0 ? (
                <svg
                  width={scale.width}
                  height={eventsH - sizes.laneHead}
                  aria-hidden="true"
                  className="rm-events-svg"
                >
                  <GridMarks
                    scale={scale}
                    ticks={ticks}
                    y0={0}
                    y1={eventsH - sizes.laneHead}
                    strategy={model.strategy}
                    today={today}
                  />
                  <EventMarks
                    scale={scale}
                    events={model.events}
                    labels={eventLabels}
                    sizes={sizes}
                    y0={2}
                    kindLabel={kindLabel}
                  />
                </svg>
              ) : null}
            </section>
          ) : null}
          <p id={descId} className="rm-sr">
            {description}
          </p>
          <div
            className="rm-lanes"
            role="group"
            aria-label={rt('timelineLabel')}
            aria-describedby={descId}
            style={{ height: total }}
          >
            {laneNodes}
            {arrows}
          </div>
        </div>
      </div>
      {tip && tipOpp && tipPlace && tipY !== null && tipY > sizes.axisH && tipY < win.height ? (
        <BarTooltip
          id={tipId}
          x={tipX}
          y={tipY}
          opportunity={tipOpp}
          model={model}
          start={tipPlace.item.start}
          end={tipPlace.item.end}
          locale={locale}
        />
      ) : null}
    </div>
  )
}
