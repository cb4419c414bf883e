/**
 * The matrix's four quadrants, split at the middle of each axis (0.5 on the 0..1 scores).
 * A score exactly at the middle counts as high: on the common 1–5 scales the middle is a
 * plain 3, which the workshops read as "fair", not as "low".
 */

export const QUADRANTS = ['actNow', 'buildConditions', 'quickWins', 'reconsider'] as const
export type Quadrant = (typeof QUADRANTS)[number]

export const QUADRANT_SPLIT = 0.5

/**
 * actNow: high impact, high feasibility; buildConditions: high impact, low feasibility;
 * quickWins: low impact, high feasibility; reconsider: low on both.
 */
export function quadrantOf(feasibility: number, impact: number): Quadrant {
  const highImpact = impact >= QUADRANT_SPLIT
  const feasible = feasibility >= QUADRANT_SPLIT
  if (highImpact) return feasible ? 'actNow' : 'buildConditions'
  return feasible ? 'quickWins' : 'reconsider'
}
