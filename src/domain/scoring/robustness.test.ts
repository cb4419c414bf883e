import { describe, expect, it } from 'vitest'
import { isRobust, robustnessVariants } from './robustness.ts'
import { quadrantOf } from './quadrant.ts'
import { scoringPlan, weightedMean, type ScoringCriterion } from './scoring.ts'
import { packed } from '../../../tests/fixtures/scoring-fixture.ts'

const criteria: ScoringCriterion[] = [
  { id: 'imp-a', axis: 'impact', weight: 1 },
  { id: 'imp-b', axis: 'impact', weight: 1 },
  { id: 'fea-a', axis: 'feasibility', weight: 1 },
  { id: 'fea-b', axis: 'feasibility', weight: 0 },
]
const plan = scoringPlan(criteria)
const variants = robustnessVariants(plan.weights)

describe('robustnessVariants', () => {
  it('halves and doubles each non-zero weight, one at a time', () => {
    expect(variants).toEqual([
      [0.5, 1, 1, 0],
      [2, 1, 1, 0],
      [1, 0.5, 1, 0],
      [1, 2, 1, 0],
      [1, 1, 0.5, 0],
      [1, 1, 2, 0],
    ])
  })
})

describe('isRobust', () => {
  it('marks an opportunity high on every criterion as robust', () => {
    expect(isRobust(packed([1, 0.75, 0.75, null]), 0, plan, variants)).toBe(true)
  })

  it('does not mark one that leaves act-now when a single weight doubles', () => {
    // Impact (0.9 + 0.25) / 2 = 0.575; doubling imp-b gives (0.9 + 0.5) / 3 ≈ 0.47.
    expect(isRobust(packed([0.9, 0.25, 1, null]), 0, plan, variants)).toBe(false)
  })

  it('does not mark one outside act-now with the current weights', () => {
    expect(isRobust(packed([0.2, 0.2, 1, null]), 0, plan, variants)).toBe(false)
  })

  it('does not mark one without a score on an axis', () => {
    expect(isRobust(packed([1, 1, null, null]), 0, plan, variants)).toBe(false)
  })

  it('follows the what-if weights it is given', () => {
    // With imp-b weighted 0, impact is imp-a alone: 0.9 stays high whatever happens to imp-a.
    const whatIf = scoringPlan(criteria, { 'imp-b': 0 })
    expect(
      isRobust(packed([0.9, 0.25, 1, null]), 0, whatIf, robustnessVariants(whatIf.weights)),
    ).toBe(true)
  })
})

describe('isRobust in a shared array', () => {
  it('reads the opportunity at the offset it is given', () => {
    const two = packed([0.2, 0.2, 1, null, 1, 0.75, 0.75, null])
    expect(isRobust(two, 0, plan, variants)).toBe(false)
    expect(isRobust(two, criteria.length, plan, variants)).toBe(true)
  })
})

describe('isRobust against the plain definition', () => {
  it('agrees with recomputing both means by scoring.ts for every variant', () => {
    let seed = 7
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    // Scores on a 1–5 scale in half steps, often exactly on the split, some unscored.
    const score = () => (rnd() < 0.1 ? null : Math.round(rnd() * 8) / 8)
    for (let k = 0; k < 500; k++) {
      const normalised = packed(criteria.map(score))
      const inActNow = (w: readonly number[]) => {
        const i = weightedMean(normalised, 0, w, plan.impact)
        const f = weightedMean(normalised, 0, w, plan.feasibility)
        return !!i && !!f && quadrantOf(f.value, i.value) === 'actNow'
      }
      const expected = [plan.weights, ...variants].every(inActNow)
      expect(isRobust(normalised, 0, plan, variants)).toBe(expected)
    }
  })
})
