import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { QUADRANTS, quadrantOf, type Quadrant } from '../../../domain/scoring/quadrant.ts'
import { axisValueAt, type ScoreTable } from '../../../domain/scoring/score-table.ts'

/** One opportunity placed on the small matrix: its two axis scores on 0..1. */
export interface MiniPoint {
  position: number
  feasibility: number
  impact: number
}

/**
 * The opportunities scored on both axes, and how many fall in each quadrant (the matrix's
 * split), so the small matrix and its table twin count alike.
 */
export function miniMatrix(
  positions: readonly number[],
  scores: ScoreTable,
): { points: MiniPoint[]; quadrants: Record<Quadrant, number> } {
  const points: MiniPoint[] = []
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>
  for (const position of positions) {
    const feasibility = axisValueAt(scores, 'feasibility', position)
    const impact = axisValueAt(scores, 'impact', position)
    if (feasibility === null || impact === null) continue
    points.push({ position, feasibility, impact })
    quadrants[quadrantOf(feasibility, impact)]++
  }
  return { points, quadrants }
}

export interface YearRow {
  year: number
  /** Opportunities whose horizon starts, and ends, in the year. */
  starts: number
  ends: number
}

/**
 * Starts and ends per year of the strategy period. A horizon reaching outside the period
 * counts in its first or last year, so nothing scheduled is lost from the picture.
 */
export function startsAndEnds(data: NormalisedExport, positions: readonly number[]): YearRow[] {
  const { start, end } = data.dataset.strategyPeriod
  const rows: YearRow[] = []
  for (let year = start; year <= end; year++) rows.push({ year, starts: 0, ends: 0 })
  const slot = (day: string) => {
    const year = Math.min(end, Math.max(start, Number(day.slice(0, 4))))
    return rows[year - start] as YearRow
  }
  for (const i of positions) {
    const range = data.opportunities[i]?.horizonRange
    if (!range) continue
    slot(range.start).starts++
    slot(range.end).ends++
  }
  return rows
}
