/**
 * Vertical geometry of the roadmap, in pixels, from one text unit (the root font size times
 * the chosen text scale) so that everything grows together when the text is made larger for a
 * projector. Pure: the same numbers place lane headers (HTML), bars (SVG) and arrows.
 */

export interface Sizes {
  unit: number
  font: number
  laneHead: number
  rowH: number
  /** Baseline of a bar's title within its row. */
  textY: number
  barY: number
  barH: number
  axisH: number
  eventRowH: number
}

export function sizesFor(unit: number): Sizes {
  return {
    unit,
    font: 0.875 * unit,
    laneHead: Math.round(2.5 * unit),
    rowH: Math.round(2.5 * unit),
    textY: Math.round(1.05 * unit),
    barY: Math.round(1.35 * unit),
    barH: Math.round(0.85 * unit),
    axisH: Math.round(3.25 * unit),
    eventRowH: Math.round(1.5 * unit),
  }
}

export interface LaneBox {
  /** Top of the lane's header, from the top of the lanes. */
  top: number
  /** Top of its first row. */
  rowsTop: number
  /** Height of the rows (0 when collapsed). */
  rowsHeight: number
  rows: number
  expanded: boolean
}

/** The lanes as laid out on screen, which whatever is drawn over them or scrolled to needs. */
export interface LanesLayout {
  boxes: readonly LaneBox[]
  /** The top of the lanes in the scroll container, below the axis and the events. */
  offset: number
  sizes: Sizes
}

/** Lanes stacked top to bottom: a header each, then its rows when expanded. */
export function laneBoxes(
  rowCounts: readonly number[],
  expanded: readonly boolean[],
  s: Sizes,
): { boxes: LaneBox[]; total: number } {
  let y = 0
  const boxes = rowCounts.map((rows, i) => {
    const open = expanded[i] ?? true
    const rowsHeight = open ? rows * s.rowH : 0
    const box = { top: y, rowsTop: y + s.laneHead, rowsHeight, rows, expanded: open }
    y += s.laneHead + rowsHeight
    return box
  })
  return { boxes, total: y }
}

/** The rows of a lane inside the vertical window [top, bottom), as [first, end). */
export function visibleRowRange(
  box: LaneBox,
  s: Sizes,
  top: number,
  bottom: number,
): [number, number] {
  if (!box.expanded || box.rows === 0) return [0, 0]
  const first = Math.max(0, Math.floor((top - box.rowsTop) / s.rowH))
  const end = Math.min(box.rows, Math.ceil((bottom - box.rowsTop) / s.rowH))
  return first < end ? [first, end] : [0, 0]
}

/** Width of a text in pixels; estimated from an average character width when not measured. */
export type MeasureText = (text: string) => number

export function averageCharMeasure(charPx: number): MeasureText {
  return (text) => text.length * charPx
}

/**
 * Text cut with an ellipsis to fit `maxPx`: measured once, then cut in proportion, which is
 * close enough for a label whose full text is in the bar's accessible name and tooltip, and
 * far cheaper than measuring every prefix of every title.
 */
export function fitText(text: string, maxPx: number, measure: MeasureText): string {
  const full = measure(text)
  if (full <= maxPx) return text
  const max = Math.floor((text.length * maxPx) / full) - 1
  if (max < 2) return ''
  return `${text.slice(0, max).trimEnd()}…`
}

/**
 * The strategy work's events placed in sub-rows so their labels do not collide: each event
 * takes the first sub-row whose last label ends before it begins. `x0` and `x1` are each
 * event's left edge and the right edge of its label.
 */
export function stackLabels(spans: readonly { x0: number; x1: number }[], gap = 6): number[] {
  const rowEnds: number[] = []
  return spans.map(({ x0, x1 }) => {
    let r = rowEnds.findIndex((end) => end + gap <= x0)
    if (r === -1) {
      r = rowEnds.length
      rowEnds.push(x1)
    } else rowEnds[r] = x1
    return r
  })
}

export interface EventLabel {
  /** Sub-row of the event's mark and label. */
  row: number
  /** The label, on the first event of a group only; null for the others and when no room. */
  label: string | null
  /** Where the label starts: under the first mark of its group. */
  labelX: number
}

/**
 * Labels for the strategy work's events (sorted by date): neighbours of the same kind whose
 * labels would collide share one label with a count ("Workshop ×4"), then labels go into at
 * most `maxRows` sub-rows; a group with no room keeps its mark (its text is in the list for
 * screen readers and in the table) but loses its label.
 */
export function layoutEventLabels(
  events: readonly { kind: string; x0: number; x1: number }[],
  kindLabel: (kind: string) => string,
  measure: MeasureText,
  maxRows: number,
  gap = 6,
): EventLabel[] {
  const groups: {
    kind: string
    first: number
    count: number
    x0: number
    x1: number
    lastX0: number
  }[] = []
  events.forEach((e, i) => {
    const g = groups[groups.length - 1]
    if (g && g.kind === e.kind && e.x0 < g.lastX0 + measure(kindLabel(e.kind)) + gap) {
      g.count++
      g.x1 = Math.max(g.x1, e.x1)
      g.lastX0 = e.x0
    } else groups.push({ kind: e.kind, first: i, count: 1, x0: e.x0, x1: e.x1, lastX0: e.x0 })
  })
  const texts = groups.map((g) =>
    g.count > 1 ? `${kindLabel(g.kind)} ×${g.count}` : kindLabel(g.kind),
  )
  const rows = stackLabels(
    groups.map((g, i) => ({ x0: g.x0, x1: g.x0 + measure(texts[i] as string) })),
    gap,
  )
  const out: EventLabel[] = events.map(() => ({ row: 0, label: null, labelX: 0 }))
  groups.forEach((g, i) => {
    const row = rows[i] as number
    const fits = row < maxRows
    for (let k = 0; k < g.count; k++)
      out[g.first + k] = {
        row: fits ? row : 0,
        label: fits && k === 0 ? (texts[i] as string) : null,
        labelX: g.x0,
      }
  })
  return out
}
