import { quadrantOf, type Quadrant } from '../../../domain/scoring/quadrant.ts'
import { axisValueAt, scoreCount, type ScoreTable } from '../../../domain/scoring/score-table.ts'

/** An opportunity placed on the small matrix: its two axis means on 0..1. */
export interface ProfileDot {
  position: number
  feasibility: number
  impact: number
}

export interface ProfileMatrix {
  /** Every other opportunity scored on both axes, drawn faint behind this one. */
  others: ProfileDot[]
  /** This opportunity; null when it lacks a score on an axis (it is then not on the matrix). */
  self: ProfileDot | null
  quadrant: Quadrant | null
  /** How many opportunities the matrix places, this one included. */
  placed: number
}

/**
 * The whole export on the matrix with `index` picked out. Every opportunity counts, not only
 * the filtered ones, as ranks are over the whole export too.
 */
export function profileMatrix(scores: ScoreTable, index: number): ProfileMatrix {
  const others: ProfileDot[] = []
  let self: ProfileDot | null = null
  for (let position = 0; position < scoreCount(scores); position++) {
    const feasibility = axisValueAt(scores, 'feasibility', position)
    const impact = axisValueAt(scores, 'impact', position)
    if (feasibility === null || impact === null) continue
    const dot = { position, feasibility, impact }
    if (position === index) self = dot
    else others.push(dot)
  }
  return {
    others,
    self,
    quadrant: self ? quadrantOf(self.feasibility, self.impact) : null,
    placed: others.length + (self ? 1 : 0),
  }
}
