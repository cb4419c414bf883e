import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { ghostBarsCatalog } from './ghost-bars-catalog.ts'
import { fitText, type Sizes } from './model/geometry.ts'
import { removedRects, type RemovedItem } from './model/removed-lane.ts'
import { buildNavModel, NAV_KEYS, nextTarget, type NavKey } from './model/roadmap-keyboard.ts'
import { rowY } from './model/row-position.ts'
import type { TimeScale } from './model/time-scale.ts'
import { canvasMeasure } from './measure-text.ts'
import { useDayText } from './use-day-text.ts'

export interface RemovedLaneProps {
  rows: readonly (readonly RemovedItem[])[]
  /** "Removed since the export of …", the lane's heading. */
  heading: string
  /** A removed item's title in the UI language. */
  titleOf: (item: RemovedItem) => string
  locale: string
  scale: TimeScale
  sizes: Sizes
  onPan: (from: number, commit: boolean) => void
}

/**
 * The lane after the others of the opportunities dropped since the baseline: hollow dashed
 * ghosts at the horizon they had, not links (there is no page to open). One tab stop among
 * them, moved by the same keys as the bars; one outside the time window is panned into view
 * when it takes focus.
 */
export function RemovedLane({
  rows,
  heading,
  titleOf,
  locale,
  scale,
  sizes,
  onPan,
}: RemovedLaneProps) {
  const t = useFeatureTranslate(ghostBarsCatalog)
  const { day } = useDayText(locale)
  const svgRef = useRef<SVGSVGElement>(null)
  const [activeId, setActive] = useState<string | null>(null)
  const focusPending = useRef<string | null>(null)
  const nav = useMemo(() => buildNavModel([rows]), [rows])
  const rects = useMemo(() => removedRects(rows, scale, sizes), [rows, scale, sizes])
  const itemOf = useMemo(() => new Map(rows.flat().map((i) => [i.id, i])), [rows])
  const measure = useMemo(() => canvasMeasure(sizes.font, 600), [sizes.font])
  const active =
    activeId !== null && itemOf.has(activeId)
      ? activeId
      : (rects.find((r) => r.inWindow)?.id ?? nav.linear[0] ?? null)

  // The item moved to may be drawn only after the pan its focus asked for.
  useLayoutEffect(() => {
    const id = focusPending.current
    const el =
      id === null
        ? null
        : svgRef.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`)
    if (el) {
      focusPending.current = null
      el.focus({ preventScroll: true })
    }
  })

  const bringIn = (id: string) => {
    const item = itemOf.get(id)
    if (item && (item.end < scale.from || item.start >= scale.to))
      onPan(item.start - Math.round((scale.to - scale.from) * 0.1), true)
  }
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (!NAV_KEYS.includes(e.key)) return
    e.preventDefault()
    const next = nextTarget(nav, e.currentTarget.getAttribute('data-id'), e.key as NavKey)
    if (next === null) return
    setActive(next)
    focusPending.current = next
    bringIn(next)
  }

  const height = rows.length * sizes.rowH
  return (
    <section className="rm-lane rm-removed-lane" aria-label={heading}>
      <div className="rm-lane-head" style={{ height: sizes.laneHead }}>
        <span className="rm-lane-name">{heading}</span>{' '}
        <span className="rm-lane-count">({rects.length})</span>
      </div>
      <div className="rm-rows" style={{ height }}>
        <svg
          ref={svgRef}
          className="rm-lane-svg"
          width={scale.width}
          height={height}
          style={{ top: 0 }}
          data-removed={rects.length}
        >
          {rects.map((r) => {
            if (!r.inWindow && r.id !== active) return null
            const item = itemOf.get(r.id) as RemovedItem
            const title = titleOf(item)
            const tx = Math.max(r.x, 0) + 2
            return (
              <g
                key={r.id}
                className="rm-removed"
                data-id={r.id}
                role="img"
                aria-label={t('removedBar', { title, start: day(item.start), end: day(item.end) })}
                tabIndex={r.id === active ? 0 : -1}
                onKeyDown={onKeyDown}
                onFocus={() => {
                  setActive(r.id)
                  bringIn(r.id)
                }}
              >
                <rect
                  className="rm-ring"
                  x={r.x - 3}
                  y={r.y - sizes.barY + 2}
                  width={r.width + 6}
                  height={sizes.rowH - 4}
                  rx="4"
                />
                <rect
                  className="rm-removed-bar"
                  x={r.x}
                  y={r.y}
                  width={r.width}
                  height={r.height}
                  rx={3}
                />
                <text
                  x={tx}
                  y={rowY(0, sizes) + r.y - sizes.barY + sizes.textY}
                  className="rm-removed-title"
                >
                  {fitText(title, Math.max(scale.width - tx, 0), measure)}
                </text>
              </g>
            )
          })}
        </svg>
      </div>
    </section>
  )
}
