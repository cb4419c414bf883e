import { quadrantOf } from './quadrant.ts'
import type { NormalisedScores } from './score-palette.ts'
import { weightedMeanValue as meanValue, type ScoringPlan } from './scoring.ts'

/**
 * "Robust": an opportunity in the act-now quadrant that stays there when any single weight is
 * halved or doubled. It tells the forum which priorities do not hinge on one judgement call.
 */

/** Halving and doubling factors, in the order the variants are listed. */
export const ROBUSTNESS_FACTORS = [0.5, 2] as const

/**
 * Every weight vector with one weight halved or doubled. A zero weight stays zero either way,
 * so it gives no variant.
 */
export function robustnessVariants(weights: readonly number[]): number[][] {
  const variants: number[][] = []
  weights.forEach((w, i) => {
    if (w === 0) return
    for (const factor of ROBUSTNESS_FACTORS) {
      const v = [...weights]
      v[i] = w * factor
      variants.push(v)
    }
  })
  return variants
}

/**
 * Whether an opportunity is in act-now with `plan`'s weights and with every variant. Its 0..1
 * criterion scores (NaN = unscored) are at `offset` onwards in `normalised`, in criterion order. A
 * variant changes one weight, so only that criterion's axis is recomputed.
 */
export function isRobust(
  normalised: NormalisedScores,
  offset: number,
  plan: Pick<ScoringPlan, 'weights' | 'impact' | 'feasibility'>,
  variants: readonly (readonly number[])[],
): boolean {
  const impact = meanValue(normalised, offset, plan.weights, plan.impact)
  const feasibility = meanValue(normalised, offset, plan.weights, plan.feasibility)
  if (Number.isNaN(impact) || Number.isNaN(feasibility)) return false
  if (quadrantOf(feasibility, impact) !== 'actNow') return false
  for (const weights of variants) {
    let i = 0
    while (i < weights.length && weights[i] === plan.weights[i]) i++
    const onImpact = plan.impact.includes(i)
    const f = onImpact ? feasibility : meanValue(normalised, offset, weights, plan.feasibility)
    const m = onImpact ? meanValue(normalised, offset, weights, plan.impact) : impact
    if (quadrantOf(f, m) !== 'actNow') return false
  }
  return true
}
