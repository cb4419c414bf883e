import { quadrantOf } from './matrix-quadrant.ts'
import { weightedMean, type ScoringPlan } from './scoring.ts'

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
 * Whether an opportunity is in act-now with `plan`'s weights and with every variant.
 * `normalised` holds its 0..1 criterion scores (null = unscored), in criterion order.
 */
export function isRobust(
  normalised: readonly (number | null)[],
  plan: Pick<ScoringPlan, 'weights' | 'impact' | 'feasibility'>,
  variants: readonly (readonly number[])[],
): boolean {
  for (const weights of [plan.weights, ...variants]) {
    const impact = weightedMean(normalised, weights, plan.impact)
    const feasibility = weightedMean(normalised, weights, plan.feasibility)
    if (!impact || !feasibility) return false
    if (quadrantOf(feasibility.value, impact.value) !== 'actNow') return false
  }
  return true
}
