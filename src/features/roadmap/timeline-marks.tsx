import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react'
import type { ThemePattern } from '../../ui/theme-style.ts'
import type { BarGeometry } from './model/bar-geometry.ts'
import type { Sizes } from './model/geometry.ts'
import type { TimeScale } from './model/time-scale.ts'
import type { Tick } from './model/time-ticks.ts'

/**
 * The SVG pieces of the roadmap, shared by the screen (virtualised lanes) and the exported
 * SVG (everything in one picture). They only map already-computed numbers to SVG.
 */

export const INK = '#1a1a1a'
const GRID_YEAR = '#6b7075'
const GRID_MINOR = '#d5d9dd'
export const BAND = '#e8f1f6'
export const TODAY = '#a4262c'
export const CONFLICT = '#b00020'

/**
 * The prefix of the screen's pattern ids. The export has its own, so the two sets of ids never
 * clash when both are in one document.
 */
export const PATTERN_PREFIX = 'rm'

export function patternId(prefix: string, themeIndex: number): string {
  return `${prefix}-theme-${themeIndex < 0 ? 'x' : themeIndex}`
}

function arrowMarkerId(prefix: string, conflict: boolean): string {
  return `${prefix}-${conflict ? 'arrow-conflict' : 'arrow'}`
}

/** The time window drawn, and what its grid marks: the same for the axis and every lane. */
export interface TimeFrame {
  scale: TimeScale
  ticks: readonly Tick[]
  strategy: { start: number; end: number }
  today: number
}

/** The strategy band's visible x range and today's x, where grid and axis draw them. */
function bandAndToday({ scale, strategy, today }: TimeFrame) {
  return {
    bx0: Math.max(scale.x(strategy.start), 0),
    bx1: Math.min(scale.x(strategy.end + 1), scale.width),
    tx: scale.x(today),
  }
}

/** Theme patterns: the theme colour with white strokes, so colour is never the only cue. */
export function PatternDefs({
  prefix,
  themes,
}: {
  prefix: string
  themes: readonly { index: number; colour: string; pattern: ThemePattern }[]
}) {
  return (
    <defs>
      {themes.map((th) => (
        <pattern
          key={th.index}
          id={patternId(prefix, th.index)}
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
        >
          <rect width="8" height="8" fill={th.colour} />
          <PatternStrokes pattern={th.pattern} />
        </pattern>
      ))}
      {[false, true].map((conflict) => (
        <marker
          key={String(conflict)}
          id={arrowMarkerId(prefix, conflict)}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={conflict ? CONFLICT : INK} />
        </marker>
      ))}
    </defs>
  )
}

function PatternStrokes({ pattern }: { pattern: ThemePattern }) {
  const s = { stroke: '#ffffff', strokeWidth: 1.6, fill: 'none' }
  switch (pattern) {
    case 'solid':
      return null
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...s} />
    case 'dots':
      return <circle cx="4" cy="4" r="1.6" fill="#ffffff" />
    case 'horizontal':
      return <path d="M0,4 h8" {...s} />
    case 'crosshatch':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...s} />
    case 'vertical':
      return <path d="M4,0 v8" {...s} />
    case 'zigzag':
      return <path d="M0,6 L2,2 L4,6 L6,2 L8,6" {...s} />
  }
}

/** Strategy band, year and quarter lines and the today line, behind the bars. */
export function GridMarks({ frame, y0, y1 }: { frame: TimeFrame; y0: number; y1: number }) {
  const { scale, ticks } = frame
  const { bx0, bx1, tx } = bandAndToday(frame)
  return (
    <g aria-hidden="true">
      {bx1 > bx0 ? <rect x={bx0} y={y0} width={bx1 - bx0} height={y1 - y0} fill={BAND} /> : null}
      {ticks.map((tk) => {
        const x = scale.x(tk.day)
        if (x < 0 || x > scale.width) return null
        return (
          <line
            key={`${tk.level}-${tk.day}`}
            x1={x}
            x2={x}
            y1={y0}
            y2={y1}
            stroke={tk.level === 'year' ? GRID_YEAR : GRID_MINOR}
            strokeWidth={tk.level === 'year' ? 1.5 : 1}
          />
        )
      })}
      {tx >= 0 && tx <= scale.width ? (
        <line
          x1={tx}
          x2={tx}
          y1={y0}
          y2={y1}
          stroke={TODAY}
          strokeWidth="2"
          strokeDasharray="6 3"
        />
      ) : null}
    </g>
  )
}

/** The time axis: labelled periods (centred in their visible part), the band and today. */
export function AxisMarks({
  frame,
  sizes,
  todayLabel,
}: {
  frame: TimeFrame
  sizes: Sizes
  todayLabel: string
}) {
  const { scale, ticks } = frame
  const h = sizes.axisH
  const row1 = Math.round(h * 0.42)
  const row2 = Math.round(h * 0.82)
  const { bx0, bx1, tx } = bandAndToday(frame)
  return (
    <g className="rm-axis" fontSize={sizes.font}>
      {bx1 > bx0 ? <rect x={bx0} y={h - 5} width={bx1 - bx0} height={5} fill={GRID_YEAR} /> : null}
      {ticks.map((tk) => {
        const x = scale.x(tk.day)
        const visible = x >= 0 && x <= scale.width
        const x0 = Math.max(x, 0)
        const x1 = Math.min(scale.x(tk.next), scale.width)
        const mid = (x0 + x1) / 2
        const major = tk.level === 'year'
        const showLabel = tk.label !== null && x1 - x0 > (major ? 34 : 18)
        return (
          <g key={`${tk.level}-${tk.day}`} data-tick-level={tk.level}>
            {visible ? (
              <line
                x1={x}
                x2={x}
                y1={major ? 0 : row1 + 4}
                y2={h}
                stroke={major ? GRID_YEAR : GRID_MINOR}
                strokeWidth={major ? 1.5 : 1}
              />
            ) : null}
            {showLabel ? (
              <text
                x={mid}
                y={major ? row1 : row2}
                textAnchor="middle"
                fill={INK}
                fontWeight={major ? 700 : 400}
                className="rm-tick-label"
                data-tick-level={tk.level}
              >
                {tk.label}
              </text>
            ) : null}
          </g>
        )
      })}
      {tx >= 0 && tx <= scale.width ? (
        <g>
          <line x1={tx} x2={tx} y1={row1 + 4} y2={h} stroke={TODAY} strokeWidth="2" />
          <rect
            x={tx + 2}
            y={row2 - sizes.font * 0.9}
            width={todayLabel.length * sizes.font * 0.55 + 6}
            height={sizes.font * 1.15}
            fill="#ffffff"
          />
          <text x={tx + 5} y={row2} fill={TODAY} fontSize={sizes.font * 0.85} fontWeight={700}>
            {todayLabel}
          </text>
        </g>
      ) : null}
    </g>
  )
}

export interface BarHandlers {
  onClick?: (e: MouseEvent<Element>) => void
  onFocus?: (e: FocusEvent<Element>) => void
  onKeyDown?: (e: KeyboardEvent<Element>) => void
  onPointerEnter?: (e: PointerEvent<Element>) => void
  onPointerLeave?: (e: PointerEvent<Element>) => void
}

/** One opportunity: title, the bar (phases as segments), milestones as diamonds. */
export function BarMark({
  id,
  g,
  sizes,
  fill,
  conflict,
  href,
  label,
  tabIndex,
  describedBy,
  handlers,
}: {
  id: string
  g: BarGeometry
  sizes: Sizes
  fill: string
  conflict: boolean
  href?: string
  label?: string
  tabIndex?: number
  describedBy?: string | undefined
  handlers?: BarHandlers
}) {
  const by = g.y + sizes.barY
  const bh = sizes.barH
  const d = bh * 0.62
  const right = Math.max(g.x + g.w, g.tx + g.titleW)
  const left = Math.min(g.x, g.tx)
  const graphics = (
    <>
      <rect
        className="rm-ring"
        x={left - 3}
        y={g.y + 2}
        width={right - left + 6}
        height={sizes.rowH - 4}
        rx="4"
      />
      {/* The whole row span of the bar and its title answers the pointer. */}
      <rect x={left} y={g.y} width={right - left} height={sizes.rowH} fill="transparent" />
      <rect x={g.x} y={by} width={g.w} height={bh} fill="#ffffff" />
      {(g.phases ?? [{ x: g.x, w: g.w }]).map((p, i) => (
        <rect
          key={i}
          x={p.x}
          y={by}
          width={p.w}
          height={bh}
          fill={fill}
          stroke="#ffffff"
          strokeWidth={g.phases ? 1.5 : 0}
        />
      ))}
      <rect
        x={g.x}
        y={by}
        width={g.w}
        height={bh}
        fill="none"
        stroke={conflict ? CONFLICT : INK}
        strokeWidth={conflict ? 2 : 1}
        strokeDasharray={conflict ? '5 3' : undefined}
      />
      {g.milestones.map((m, i) => (
        <path
          key={i}
          d={`M${m.x},${by + bh / 2 - d} l${d},${d} l${-d},${d} l${-d},${-d} z`}
          fill={m.done ? INK : '#ffffff'}
          stroke={m.done ? '#ffffff' : INK}
          strokeWidth="1.5"
        />
      ))}
    </>
  )
  // The visible title sits beside the link, not in it: it may be cut short, and the link's
  // name is the full title with period and status (WCAG 2.5.3 wants visible text inside it).
  const title = (
    <text
      x={g.tx}
      y={g.y + sizes.textY}
      fill={INK}
      fontSize={sizes.font}
      className="rm-bar-title"
      pointerEvents="none"
      aria-hidden="true"
    >
      {g.title}
    </text>
  )
  if (href === undefined)
    return (
      <g data-id={id}>
        {graphics}
        {title}
      </g>
    )
  return (
    <g className="rm-bar-group">
      <a
        className="rm-bar"
        href={href}
        data-id={id}
        tabIndex={tabIndex}
        aria-label={label}
        aria-describedby={describedBy}
        {...handlers}
      >
        {graphics}
      </a>
      {title}
    </g>
  )
}

/** The strategy work's events: a mark at each date (a span for multi-day ones), kind label. */
export function EventMarks({
  scale,
  events,
  labels,
  sizes,
  y0,
  kindLabel,
}: {
  scale: TimeScale
  events: readonly { id: string; day: number; endDay: number; kind: string; name: string }[]
  labels: readonly { row: number; label: string | null; labelX: number }[]
  sizes: Sizes
  y0: number
  kindLabel: (kind: string) => string
}) {
  return (
    <g fontSize={sizes.font * 0.9}>
      {events.map((e, i) => {
        const x0 = scale.x(e.day)
        const x1 = Math.max(scale.x(e.endDay + 1), x0 + 3)
        if (x1 < 0 || x0 > scale.width) return null
        const l = labels[i]
        const strip = sizes.eventRowH
        return (
          <g key={e.id}>
            <title>{`${kindLabel(e.kind)}: ${e.name}`}</title>
            <rect x={x0} y={y0 + 3} width={x1 - x0} height={strip - 6} fill={INK} />
            {l?.label ? (
              <text x={l.labelX} y={y0 + strip + (l.row + 0.68) * sizes.eventRowH} fill={INK}>
                {l.label}
              </text>
            ) : null}
          </g>
        )
      })}
    </g>
  )
}

/** A dependency arrow from the end of a prerequisite to the start of its dependent. */
export function ArrowMark({
  prefix,
  x1,
  y1,
  x2,
  y2,
  conflict,
}: {
  prefix: string
  x1: number
  y1: number
  x2: number
  y2: number
  conflict: boolean
}) {
  const dx = Math.max(24, Math.abs(x2 - x1) / 2)
  return (
    <path
      d={`M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`}
      fill="none"
      stroke={conflict ? CONFLICT : INK}
      strokeWidth="2"
      strokeDasharray={conflict ? '6 4' : undefined}
      markerEnd={`url(#${arrowMarkerId(prefix, conflict)})`}
    />
  )
}
