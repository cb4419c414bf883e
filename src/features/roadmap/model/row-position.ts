import type { LaneBox, Sizes } from './geometry.ts'

/**
 * Where a bar's row is, vertically. Scrolling to a bar, its dependency arrows, its tooltip and
 * the export all place things by these, so they cannot disagree about where a row is.
 */

/** Top of row `row` from the top of its lane's rows (a lane draws its rows in its own box). */
export function rowY(row: number, s: Sizes): number {
  return row * s.rowH
}

/** Top of row `row` of a lane, from the top of the lanes. */
export function rowTop(box: LaneBox, row: number, s: Sizes): number {
  return box.rowsTop + rowY(row, s)
}

/** The vertical middle of the bar in a row, from the top of the lanes. */
export function barMiddle(box: LaneBox, row: number, s: Sizes): number {
  return rowTop(box, row, s) + s.barY + s.barH / 2
}

/** The bottom edge of the bar in a row, from the top of the lanes. */
export function barBottom(box: LaneBox, row: number, s: Sizes): number {
  return rowTop(box, row, s) + s.barY + s.barH
}
