import { encodeScores, type NormalisedScores } from './score-palette.ts'
import type { Scorable, ScoringCriterion } from './scoring.ts'

/**
 * What scoring reads, written the way tests think of it: per opportunity its id and its 0..1
 * criterion scores in criterion order, null where unscored.
 */
export function scorable(
  criteria: readonly ScoringCriterion[],
  rows: readonly { id: string; scores: readonly (number | null)[] }[],
): Scorable {
  const scores = new Float64Array(rows.length * criteria.length).fill(Number.NaN)
  rows.forEach((row, i) =>
    row.scores.forEach((v, c) => {
      if (v !== null) scores[i * criteria.length + c] = v
    }),
  )
  const normalisedScores = encodeScores(scores)
  return { opportunities: rows.map((r) => ({ id: r.id })), criteria, normalisedScores }
}

/** One opportunity's normalised scores as scoring reads them (null = unscored). */
export function packed(scores: readonly (number | null)[]): NormalisedScores {
  return encodeScores(scores.map((v) => (v === null ? Number.NaN : v)))
}
