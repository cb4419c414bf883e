import { PINNED_COLUMN, type TableColumn } from './table-columns.ts'

/**
 * How the analyst table's grid lays out its columns and its virtual window of rows: pure
 * arithmetic, so the grid's components only render.
 */

/** Row height in px: fixed, so the virtualiser never measures and never guesses wrong. */
export const ROW_HEIGHT = 36

/**
 * Rows rendered beyond each edge. While the area scrolls, enough that a fast scroll never
 * shows a blank row; at rest (a sort, a keystroke in the search box) fewer, since every row
 * rendered then is work between the click and the sorted rows on screen.
 */
export function overscanFor(scrolling: boolean): number {
  return scrolling ? 20 : 8
}

const WIDTHS: Readonly<Record<string, number>> = {
  id: 120,
  title: 340,
  theme: 190,
  clusters: 210,
  goals: 230,
  types: 170,
  status: 130,
  impact: 120,
  feasibility: 140,
  priority: 130,
  rank: 80,
  quadrant: 180,
  start: 130,
  end: 130,
  budget: 120,
  lead: 210,
  sources: 90,
  funding: 150,
  updated: 120,
  decision: 200,
}

/** A column's width in px: fixed, so the table lays out without measuring its cells. */
export function columnWidth(id: string): number {
  return WIDTHS[id] ?? 120
}

/**
 * The width of a column as CSS. The pinned title column takes its width from the table's
 * frame (`--pinned-width`, narrower on a phone in table.css), so on a small screen the title
 * stays in view and leaves room for the columns scrolling past it.
 */
export function columnWidthCss(id: string): string {
  const px = `${columnWidth(id)}px`
  return id === PINNED_COLUMN ? `var(--pinned-width, ${px})` : px
}

/** The table's width as CSS: the sum of its columns' widths, as columnWidthCss gives them. */
export function tableWidthCss(ids: readonly string[]): string {
  const fixed = ids.filter((id) => id !== PINNED_COLUMN).reduce((w, id) => w + columnWidth(id), 0)
  return ids.includes(PINNED_COLUMN)
    ? `calc(${fixed}px + ${columnWidthCss(PINNED_COLUMN)})`
    : `${fixed}px`
}

/** The class of a column's header and cells: pinned, right-aligned numbers. */
export function cellClass(id: string, column: TableColumn | undefined): string {
  const classes: string[] = []
  if (id === PINNED_COLUMN) classes.push('pinned')
  if (column?.kind === 'number') classes.push('number')
  return classes.join(' ')
}

/** A cell's text as its tooltip, when the text may be too long for the column to show. */
export function cellTooltip(text: string): string | undefined {
  return text.length > 24 ? text : undefined
}

/**
 * The column state the table library takes: the shown columns in order, then the hidden
 * ones; the pinned column first.
 */
export function columnState(shown: readonly string[], all: readonly TableColumn[]) {
  const isShown = new Set(shown)
  return {
    columnVisibility: Object.fromEntries(all.map((c) => [c.id, isShown.has(c.id)])),
    columnOrder: [...shown, ...all.map((c) => c.id).filter((id) => !isShown.has(id))],
    columnPinning: { start: [PINNED_COLUMN], end: [] as string[] },
  }
}

/**
 * The empty space above and below the rendered rows, in px, so the scrollbar stands for every
 * row: `rendered` is the first and last rendered rows' extents, `total` the height of all.
 */
export function windowPadding(
  rendered: readonly { start: number; end: number }[],
  total: number,
): { top: number; bottom: number } {
  const first = rendered[0]
  const last = rendered[rendered.length - 1]
  return { top: first ? first.start : 0, bottom: last ? total - last.end : 0 }
}

/** The row an arrow key moves to from row `from` of `count`; null for other keys and the ends. */
export function arrowTarget(key: string, from: number, count: number): number | null {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null
  const next = from + (key === 'ArrowDown' ? 1 : -1)
  return next < 0 || next >= count ? null : next
}

/**
 * The element that takes focus in the grid's row `index`: its link (a data row's title) or
 * its button (a group's toggle).
 */
export function rowControlSelector(index: number): string {
  return `tr[data-index="${index}"] a, tr[data-index="${index}"] button`
}
