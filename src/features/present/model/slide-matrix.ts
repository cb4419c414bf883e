import { axisValueAt, type ScoreTable } from '../../../domain/scoring/score-table.ts'

export interface MatrixPoint {
  position: number
  /** 0..1 */
  feasibility: number
  /** 0..1 */
  impact: number
}

/** The shown opportunities placed on both axes, and the one to mark (null when not placed). */
export function slideMatrixPoints(
  shown: readonly number[],
  scores: ScoreTable,
  marked: number | null,
): { points: MatrixPoint[]; marked: MatrixPoint | null } {
  const points: MatrixPoint[] = []
  let mark: MatrixPoint | null = null
  const place = (position: number): MatrixPoint | null => {
    const feasibility = axisValueAt(scores, 'feasibility', position)
    const impact = axisValueAt(scores, 'impact', position)
    return feasibility === null || impact === null ? null : { position, feasibility, impact }
  }
  for (const position of shown) {
    const p = place(position)
    if (p) points.push(p)
  }
  if (marked !== null) mark = place(marked)
  return { points, marked: mark }
}

/** A dot's radius in the chart's 100 × 100 frame. */
export const DOT_RADIUS = 0.9

/**
 * Every point as a dot of one SVG path: a slide with a thousand opportunities then makes one
 * element instead of a thousand, which kept a slide change over its frame budget.
 */
export function dotsPath(points: readonly MatrixPoint[], r = DOT_RADIUS): string {
  const round = (v: number) => Math.round(v * 100) / 100
  let d = ''
  for (const p of points) {
    const x = round(2 + p.feasibility * 96 - r)
    const y = round(2 + (1 - p.impact) * 96)
    d += `M${x} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`
  }
  return d
}
