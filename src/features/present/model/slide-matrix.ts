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
