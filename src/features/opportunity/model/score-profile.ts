import type { Criterion, Opportunity } from '../../../domain/format/export-schema.ts'
import { quadrantOf, type Quadrant } from '../../../domain/scoring/quadrant.ts'
import {
  axisValueAt,
  opportunityScoreAt,
  type OpportunityScore,
  type ScoreTable,
} from '../../../domain/scoring/score-table.ts'

/** One criterion's score placed on the criterion's own scale. */
export interface CriterionBar {
  id: string
  axis: Criterion['axis']
  name: Criterion['name']
  /** The raw score as exported; null when the criterion is unscored. */
  value: number | null
  min: number
  max: number
  /** Where the score sits between min and max, on 0..1; null when unscored. */
  share: number | null
}

/** One opportunity's scores with the weights in use, and where it stands among the others. */
export interface ScoreProfile extends OpportunityScore {
  /** How many opportunities have a rank, so a rank reads as "3 of 58". */
  ranked: number
  /** The matrix quadrant; null without a score on both axes. */
  quadrant: Quadrant | null
}

/**
 * Each criterion's score as a share of its scale, in the export's criterion order. A score
 * outside the scale is clamped, so a bar never leaves its track; the number beside it stays
 * the exported one.
 */
export function criterionBars(
  criteria: readonly Criterion[],
  scores: Opportunity['scores'],
): CriterionBar[] {
  return criteria.map((c) => {
    const raw = scores?.[c.id]
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null
    const span = c.max - c.min
    const share =
      value === null ? null : span > 0 ? Math.min(1, Math.max(0, (value - c.min) / span)) : 1
    return { id: c.id, axis: c.axis, name: c.name, value, min: c.min, max: c.max, share }
  })
}

/** The opportunity at `index` in a score table: its axis means, rank among the ranked, quadrant. */
export function scoreProfile(table: ScoreTable, index: number): ScoreProfile {
  let ranked = 0
  for (const r of table.rank) if (r > 0) ranked++
  const impact = axisValueAt(table, 'impact', index)
  const feasibility = axisValueAt(table, 'feasibility', index)
  return {
    ...opportunityScoreAt(table, index),
    ranked,
    quadrant: impact === null || feasibility === null ? null : quadrantOf(feasibility, impact),
  }
}
