import { describe, expect, it } from 'vitest'
import {
  normaliseScore,
  rankByPriority,
  scoreOpportunities,
  scoringPlan,
  weightedMean,
  type ScoringCriterion,
} from './scoring.ts'

const criteria: ScoringCriterion[] = [
  { id: 'imp-business', axis: 'impact', weight: 2 },
  { id: 'imp-wellbeing', axis: 'impact', weight: 1 },
  { id: 'fea-funding', axis: 'feasibility', weight: 1 },
  { id: 'fea-actors', axis: 'feasibility', weight: 1 },
]

describe('normaliseScore', () => {
  it('maps min..max onto 0..1', () => {
    expect(normaliseScore(1, 1, 5)).toBe(0)
    expect(normaliseScore(5, 1, 5)).toBe(1)
    expect(normaliseScore(3, 1, 5)).toBe(0.5)
    expect(normaliseScore(25, 0, 100)).toBe(0.25)
  })
})

describe('weightedMean', () => {
  it('weighs each scored criterion', () => {
    // (1*2 + 0.25*1) / 3
    expect(weightedMean([1, 0.25], [2, 1], [0, 1])).toEqual({
      value: 0.75,
      partial: false,
      equalWeights: false,
    })
  })

  it('leaves unscored criteria out and marks the mean partial', () => {
    expect(weightedMean([null, 0.25], [2, 1], [0, 1])).toEqual({
      value: 0.25,
      partial: true,
      equalWeights: false,
    })
  })

  it('is null when nothing on the axis is scored', () => {
    expect(weightedMean([null, null], [2, 1], [0, 1])).toBeNull()
  })

  it('uses equal weights when every weight entering the mean is zero, and says so', () => {
    expect(weightedMean([1, 0], [0, 0], [0, 1])).toEqual({
      value: 0.5,
      partial: false,
      equalWeights: true,
    })
    // A zero weight alone does not trigger it when another scored criterion has weight.
    expect(weightedMean([1, 0], [0, 1], [0, 1])).toEqual({
      value: 0,
      partial: false,
      equalWeights: false,
    })
    // Only the weights of scored criteria count: here the one with weight is unscored.
    expect(weightedMean([1, null], [0, 3], [0, 1])).toEqual({
      value: 1,
      partial: true,
      equalWeights: true,
    })
  })
})

describe('scoringPlan', () => {
  it('takes the export’s weights unless a valid what-if weight is given', () => {
    const plan = scoringPlan(criteria, {
      'imp-wellbeing': 4,
      'fea-funding': -1,
      'fea-actors': Number.NaN,
    })
    expect(plan.weights).toEqual([2, 4, 1, 1])
    expect(plan.impact).toEqual([0, 1])
    expect(plan.feasibility).toEqual([2, 3])
  })
})

describe('rankByPriority', () => {
  it('ranks highest first, ties by id in code-point order, unscored unranked', () => {
    const ids = ['b', 'a', 'C', 'd', 'ä']
    const ranks = rankByPriority(ids, [0.5, 0.5, 0.5, null, 0.9])
    // 'C' (U+0043) < 'a' < 'b' by code point; 'ä' has the best score.
    expect(ranks).toEqual([4, 3, 2, null, 1])
  })

  it('treats means that differ only by rounding as equal', () => {
    expect(rankByPriority(['z', 'y'], [0.1 + 0.2, 0.3])).toEqual([2, 1])
  })
})

describe('scoreOpportunities', () => {
  it('computes both axes, the priority over all criteria and the rank', () => {
    const scores = scoreOpportunities(
      [
        { id: 'kk-1', normalisedScores: [1, 0.5, 0.25, 0.75] },
        { id: 'kk-2', normalisedScores: [0.5, null, 1, null] },
        { id: 'kk-3', normalisedScores: [null, null, null, null] },
      ],
      criteria,
    )
    expect(scores[0]?.impact?.value).toBeCloseTo((1 * 2 + 0.5) / 3)
    expect(scores[0]?.feasibility?.value).toBeCloseTo(0.5)
    expect(scores[0]?.priority?.value).toBeCloseTo((2 + 0.5 + 0.25 + 0.75) / 5)
    expect(scores[1]?.impact).toEqual({ value: 0.5, partial: true, equalWeights: false })
    expect(scores[1]?.priority?.value).toBeCloseTo((0.5 * 2 + 1) / 3)
    expect(scores[1]?.priority?.partial).toBe(true)
    expect(scores[2]).toEqual({ impact: null, feasibility: null, priority: null, rank: null })
    expect(scores.map((s) => s.rank)).toEqual([1, 2, null])
  })

  it('moves ranks when a what-if weight changes', () => {
    const opps = [
      { id: 'business-heavy', normalisedScores: [1, 0, 0.5, 0.5] },
      { id: 'wellbeing-heavy', normalisedScores: [0, 1, 0.5, 0.5] },
    ]
    expect(scoreOpportunities(opps, criteria).map((s) => s.rank)).toEqual([1, 2])
    expect(
      scoreOpportunities(opps, criteria, { 'imp-business': 0.5, 'imp-wellbeing': 3 }).map(
        (s) => s.rank,
      ),
    ).toEqual([2, 1])
  })
})
