import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react'
import { ARROW_DIRECTIONS, nearestInDirection } from './model/matrix-navigation.ts'
import type { MatrixRow } from './model/matrix-model.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatScore } from '../../ui/format.ts'
import type { ChartGeometry } from './model/chart-geometry.ts'
import { dotAt } from './model/grid-spread.ts'
import { drawDots } from './matrix-canvas.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import { MatrixFrame } from './matrix-frame.tsx'
import { ROBUST_RING_GAP, type MatrixLayout } from './model/matrix-layout.ts'
import { pointName } from './point-text.ts'
import type { DecisionOf } from '../shared/decisions/use-decision-of.ts'
import { SYMBOL_REACH, symbolPath } from '../../ui/theme-symbols.ts'

/** Bubbles labelled with their rank number: the first ones shown, by rank. */
const LABELLED = 10

export interface MatrixChartProps {
  wrapperRef: RefObject<HTMLDivElement | null>
  rows: readonly MatrixRow[]
  pending: boolean
  layout: MatrixLayout
  geometry: ChartGeometry
  rowStyles: readonly ThemeStyle[]
  t: FeatureTranslate<MatrixKey>
  locale: string
  impactCriteria: string
  feasibilityCriteria: string
  titleOf: (row: MatrixRow) => string
  themeOf: (row: MatrixRow) => string
  decisionOf: DecisionOf | null
  onOpen: (id: string) => void
}

/**
 * The matrix drawing: the frame, the bubbles (SVG elements, or canvas dots past the SVG
 * limit) and the keyboard and pointer handling. One tab stop (roving tabindex): arrow keys
 * move to the nearest opportunity in that direction, Home and End to the highest and lowest
 * ranked, Enter opens, Escape leaves to the chart's container.
 */
export function MatrixChart(props: MatrixChartProps) {
  const { wrapperRef, rows, pending, layout, geometry, rowStyles, t, locale, onOpen } = props
  const marksRef = useRef<SVGSVGElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const pendingFocus = useRef(false)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [hover, setHover] = useState<number | null>(null)
  const [focused, setFocused] = useState(false)
  const { width, height } = geometry

  const activeIndex = useMemo(() => {
    if (activeId === null) return 0
    const i = rows.findIndex((r) => r.id === activeId)
    return i < 0 ? 0 : i
  }, [rows, activeId])
  const activeRow = rows[activeIndex]

  useLayoutEffect(() => {
    if (!pendingFocus.current || !activeRow) return
    pendingFocus.current = false
    marksRef.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(activeRow.id)}"]`)?.focus()
  }, [activeRow])

  useEffect(() => {
    if (layout.mode === 'canvas' && canvasRef.current)
      drawDots(canvasRef.current, layout, rows, rowStyles, width, height)
    // Tells benchmarks and tests that the current scores are on screen.
    const w = wrapperRef.current
    if (w && !pending) w.dataset.drawn = String(Number(w.dataset.drawn ?? 0) + 1)
  }, [layout, rows, rowStyles, width, height, wrapperRef, pending])

  const moveTo = (index: number) => {
    const row = rows[index]
    if (!row) return
    pendingFocus.current = true
    setActiveId(row.id)
  }

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!activeRow) return
    const direction = ARROW_DIRECTIONS[e.key]
    if (direction) {
      e.preventDefault()
      const next = nearestInDirection(layout.x, layout.y, activeIndex, direction)
      if (next !== null) moveTo(next)
    } else if (e.key === 'Home') {
      e.preventDefault()
      moveTo(0)
    } else if (e.key === 'End') {
      e.preventDefault()
      moveTo(rows.length - 1)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      onOpen(activeRow.id)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      wrapperRef.current?.focus()
    }
  }

  // Canvas mode: the pointer finds its dot through the grid.
  const onPointerMove = (e: MouseEvent<SVGSVGElement>) => {
    if (!layout.grid) return
    const box = e.currentTarget.getBoundingClientRect()
    const i = dotAt(layout.grid, e.clientX - box.left, e.clientY - box.top)
    setHover(i < 0 ? null : i)
  }
  const onCanvasClick = () => {
    const row = hover === null ? undefined : rows[hover]
    if (row) onOpen(row.id)
  }

  const tooltipIndex = hover ?? (focused ? activeIndex : null)
  const texts = pointTexts(props)
  const canvas = layout.mode === 'canvas'

  return (
    <>
      <MatrixFrame
        geometry={geometry}
        t={t}
        locale={locale}
        impactCriteria={props.impactCriteria}
        feasibilityCriteria={props.feasibilityCriteria}
      />
      {canvas ? (
        <canvas
          ref={canvasRef}
          className="matrix-canvas"
          aria-hidden="true"
          style={{ width, height }}
        />
      ) : null}
      {/* Pointer handling here has its keyboard equivalent in the roving focus. */}
      <svg
        ref={marksRef}
        className={canvas ? 'matrix-marks-svg matrix-marks-canvas' : 'matrix-marks-svg'}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby="matrix-chart-title"
        aria-describedby="matrix-chart-desc"
        fontSize={geometry.fontSize}
        onKeyDown={onKeyDown}
        onMouseMove={canvas ? onPointerMove : undefined}
        onMouseLeave={canvas ? () => setHover(null) : undefined}
        onClick={canvas ? onCanvasClick : undefined}
        style={canvas && hover !== null ? { cursor: 'pointer' } : undefined}
      >
        <title id="matrix-chart-title">{t('chart.name')}</title>
        <desc id="matrix-chart-desc">{t('chart.description', { placed: rows.length })}</desc>
        {canvas ? (
          activeRow ? (
            <FocusTarget
              key={activeRow.id}
              row={activeRow}
              x={layout.x[activeIndex] as number}
              y={layout.y[activeIndex] as number}
              r={(layout.r[activeIndex] as number) + 3}
              name={texts.nameOf(activeRow)}
              onFocus={() => setFocused(true)}
              onBlur={() => setFocused(false)}
              onOpen={onOpen}
            />
          ) : null
        ) : (
          <SvgMarks
            rows={rows}
            layout={layout}
            rowStyles={rowStyles}
            activeIndex={activeIndex}
            names={rows.map(texts.nameOf)}
            decided={rows.map((row) => texts.decisionOf(row) !== null)}
            onFocusMark={(i) => {
              setActiveId(rows[i]?.id ?? null)
              setFocused(true)
            }}
            onBlurMark={() => setFocused(false)}
            onHover={setHover}
            onOpen={onOpen}
          />
        )}
      </svg>
      {tooltipIndex !== null && rows[tooltipIndex] ? (
        <Tooltip
          row={rows[tooltipIndex]}
          index={tooltipIndex}
          layout={layout}
          width={width}
          texts={texts}
          t={t}
          locale={locale}
        />
      ) : null}
      {rows.length === 0 && !pending ? <p className="matrix-empty">{t('chart.empty')}</p> : null}
    </>
  )
}

/** What a point is called: its title, theme, decision in words and accessible name. */
interface PointTexts {
  titleOf: (row: MatrixRow) => string
  themeOf: (row: MatrixRow) => string
  decisionOf: (row: MatrixRow) => string | null
  nameOf: (row: MatrixRow) => string
}

function pointTexts(props: MatrixChartProps): PointTexts {
  const { t, locale, titleOf, themeOf } = props
  const decisionOf = (row: MatrixRow) => props.decisionOf?.(row.id) ?? null
  const nameOf = (row: MatrixRow) => pointName(t, locale, row, titleOf(row), decisionOf(row))
  return { titleOf, themeOf, decisionOf, nameOf }
}

function SvgMarks({
  rows,
  layout,
  rowStyles,
  activeIndex,
  names,
  decided,
  onFocusMark,
  onBlurMark,
  onHover,
  onOpen,
}: {
  rows: readonly MatrixRow[]
  layout: MatrixLayout
  rowStyles: readonly ThemeStyle[]
  activeIndex: number
  names: readonly string[]
  /** Whether the active session has decided on each row (a ✓ beside its mark). */
  decided: readonly boolean[]
  onFocusMark: (i: number) => void
  onBlurMark: () => void
  onHover: (i: number | null) => void
  onOpen: (id: string) => void
}) {
  return (
    <>
      <g className="true-positions" aria-hidden="true">
        {rows.map((row, i) => {
          const tx = layout.tx[i] as number
          const ty = layout.ty[i] as number
          const x = layout.x[i] as number
          const y = layout.y[i] as number
          // CSS geometry properties, so that they glide with the bubbles.
          const lineStyle = { d: `path("M${tx} ${ty}L${x} ${y}")` } as CSSProperties
          // A bubble at (or nearly at) its true place needs no marker inside it.
          const moved = Math.hypot(x - tx, y - ty) > (layout.r[i] as number) * 0.4
          return (
            <g key={row.id} className={moved ? 'true-mark is-moved' : 'true-mark'}>
              <path className="leader" style={lineStyle} />
              <circle className="true-dot" r={2.5} style={{ cx: tx, cy: ty } as CSSProperties} />
            </g>
          )
        })}
      </g>
      <g className="marks">
        {rows.map((row, i) => {
          const style = rowStyles[i]
          if (!style) return null
          const r = layout.r[i] as number
          const reach = r * SYMBOL_REACH[style.symbol]
          return (
            <g
              key={row.id}
              data-id={row.id}
              className={row.partial ? 'mark mark-partial' : 'mark'}
              role="link"
              tabIndex={i === activeIndex ? 0 : -1}
              aria-label={names[i]}
              style={{ transform: `translate(${layout.x[i]}px, ${layout.y[i]}px)` }}
              onClick={() => onOpen(row.id)}
              onFocus={() => onFocusMark(i)}
              onBlur={onBlurMark}
              onMouseEnter={() => onHover(i)}
              onMouseLeave={() => onHover(null)}
            >
              {row.robust ? <circle className="robust-ring" r={reach + ROBUST_RING_GAP} /> : null}
              <path className="mark-symbol" d={symbolPath(style.symbol, r)} fill={style.colour} />
              <circle className="focus-ring" r={reach + (row.robust ? ROBUST_RING_GAP + 4 : 4)} />
              {i < LABELLED && row.rank !== null ? (
                <text className="rank-label" x={reach + 3} y={-reach * 0.55} dy="0.35em">
                  {row.rank}
                </text>
              ) : null}
              {decided[i] ? (
                <text className="decision-mark" x={-reach - 3} y={-reach * 0.55} dy="0.35em">
                  ✓
                </text>
              ) : null}
            </g>
          )
        })}
      </g>
    </>
  )
}

function FocusTarget({
  row,
  x,
  y,
  r,
  name,
  onFocus,
  onBlur,
  onOpen,
}: {
  row: MatrixRow
  x: number
  y: number
  r: number
  name: string
  onFocus: () => void
  onBlur: () => void
  onOpen: (id: string) => void
}) {
  return (
    <g
      data-id={row.id}
      className="mark mark-overlay"
      role="link"
      tabIndex={0}
      aria-label={name}
      transform={`translate(${x} ${y})`}
      onFocus={onFocus}
      onBlur={onBlur}
      onClick={(e) => {
        e.stopPropagation()
        onOpen(row.id)
      }}
    >
      <circle className="overlay-hit" r={r} />
      <circle className="focus-ring" r={r + 3} />
    </g>
  )
}

function Tooltip({
  row,
  index,
  layout,
  width,
  texts,
  t,
  locale,
}: {
  row: MatrixRow
  index: number
  layout: MatrixLayout
  width: number
  texts: PointTexts
  t: FeatureTranslate<MatrixKey>
  locale: string
}) {
  const x = layout.x[index] as number
  const y = layout.y[index] as number
  const r = layout.r[index] as number
  const decision = texts.decisionOf(row)
  const onLeft = x > width * 0.6
  const style = onLeft
    ? { right: width - x + r + 14, top: Math.max(0, y - 16) }
    : { left: x + r + 14, top: Math.max(0, y - 16) }
  const change = row.rankChange ?? 0
  return (
    <div className="matrix-tooltip" style={style} aria-hidden="true">
      <p className="tooltip-title">{texts.titleOf(row)}</p>
      <dl>
        <dt>{t('tooltip.theme')}</dt>
        <dd>{texts.themeOf(row)}</dd>
        <dt>{t('tooltip.impact')}</dt>
        <dd>{formatScore(locale, row.impact ?? 0)}</dd>
        <dt>{t('tooltip.feasibility')}</dt>
        <dd>{formatScore(locale, row.feasibility ?? 0)}</dd>
        <dt>{t('tooltip.rank')}</dt>
        <dd>
          {row.rank ?? '–'}
          {change > 0 ? ` ▲${change}` : change < 0 ? ` ▼${-change}` : ''}
        </dd>
        <dt>{t('tooltip.quadrant')}</dt>
        <dd>{row.quadrant ? t(`quadrant.${row.quadrant}`) : ''}</dd>
        {decision === null ? null : (
          <>
            <dt>{t('tooltip.decision')}</dt>
            <dd>{decision}</dd>
          </>
        )}
      </dl>
      {row.partial || row.robust ? (
        <p className="tooltip-notes">
          {[row.partial ? t('point.partial') : '', row.robust ? t('point.robust') : '']
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
    </div>
  )
}
