import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  axisScoreAt,
  createScoreTable,
  hasEqualWeightsAt,
  isPartialAt,
  opportunityScoreAt,
  priorityAt,
  rankAt,
  scoreCount,
} from './score-table.ts'
import {
  normaliseScore,
  rankByPriority,
  scoreOpportunities,
  scoringPlan,
  weightedMean,
  weightedMeanValue,
  type ScoringCriterion,
} from './scoring.ts'
import { packed, scorable } from '../../../tests/fixtures/scoring-fixture.ts'

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
    expect(weightedMean(packed([1, 0.25]), 0, [2, 1], [0, 1])).toEqual({
      value: 0.75,
      partial: false,
      equalWeights: false,
    })
  })

  it('leaves unscored criteria out and marks the mean partial', () => {
    expect(weightedMean(packed([null, 0.25]), 0, [2, 1], [0, 1])).toEqual({
      value: 0.25,
      partial: true,
      equalWeights: false,
    })
  })

  it('is null when nothing on the axis is scored', () => {
    expect(weightedMean(packed([null, null]), 0, [2, 1], [0, 1])).toBeNull()
  })

  it('uses equal weights when every weight entering the mean is zero, and says so', () => {
    expect(weightedMean(packed([1, 0]), 0, [0, 0], [0, 1])).toEqual({
      value: 0.5,
      partial: false,
      equalWeights: true,
    })
    // A zero weight alone does not trigger it when another scored criterion has weight.
    expect(weightedMean(packed([1, 0]), 0, [0, 1], [0, 1])).toEqual({
      value: 0,
      partial: false,
      equalWeights: false,
    })
    // Only the weights of scored criteria count: here the one with weight is unscored.
    expect(weightedMean(packed([1, null]), 0, [0, 3], [0, 1])).toEqual({
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
    const ranks = rankByPriority(ids, [0.5, 0.5, 0.5, Number.NaN, 0.9])
    // 'C' (U+0043) < 'a' < 'b' by code point; 'ä' has the best score.
    expect([...ranks]).toEqual([4, 3, 2, 0, 1])
  })

  it('treats means that differ only by rounding as equal', () => {
    expect([...rankByPriority(['z', 'y'], [0.1 + 0.2, 0.3])]).toEqual([2, 1])
  })

  // The rule as written, with a comparator: what the faster packed sort must agree with.
  function referenceRanks(ids: readonly string[], priorities: readonly number[]): number[] {
    const key = (i: number) => Math.round((priorities[i] as number) * 1e12)
    const order = ids.map((_, i) => i).filter((i) => !Number.isNaN(priorities[i]))
    order.sort((a, b) => {
      const d = key(b) - key(a)
      if (d !== 0) return d
      const ia = ids[a] as string
      const ib = ids[b] as string
      return ia < ib ? -1 : ia > ib ? 1 : 0
    })
    const ranks = ids.map(() => 0)
    order.forEach((i, position) => (ranks[i] = position + 1))
    return ranks
  }

  it('breaks ties by id even when ids do not follow the list order', () => {
    const ids = ['m', 'b', 'z', 'a', 'k', 'c']
    const priorities = [0.5, 0.5, 0.7, 0.5, Number.NaN, 0.7]
    expect([...rankByPriority(ids, priorities)]).toEqual([5, 4, 2, 3, 0, 1])
    expect([...rankByPriority(ids, priorities)]).toEqual(referenceRanks(ids, priorities))
  })

  it('ranks scores outside 0..1, zero and the extremes as the rule says', () => {
    const ids = ['e', 'd', 'c', 'b', 'a', 'f']
    for (const priorities of [
      [0, -0, 1, 1 - 1e-13, 0.5, Number.NaN],
      [-0.25, 0, 1.5, 1, Number.NaN, 2],
      [1e300, -1e300, 0, 0, 1, 1],
    ])
      expect([...rankByPriority(ids, priorities)]).toEqual(referenceRanks(ids, priorities))
  })

  it('agrees with the rule on many ties, unsorted ids and unscored entries', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string({ maxLength: 4 }),
            level: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant(-1)),
          }),
          { maxLength: 80 },
        ),
        fc.boolean(),
        (rows, sortedIds) => {
          const ids = rows.map((r, i) => (sortedIds ? `o${String(i).padStart(3, '0')}` : r.id))
          // Few distinct levels make long runs of equal scores; -1 is unscored.
          const priorities = rows.map((r) => (r.level < 0 ? Number.NaN : r.level / 8))
          expect([...rankByPriority(ids, priorities)]).toEqual(referenceRanks(ids, priorities))
        },
      ),
    )
  })
})

describe('weightedMeanValue', () => {
  it('reads one opportunity’s scores at an offset into a shared array', () => {
    const all = packed([0, 0, 1, 0.25, 9, 9])
    expect(weightedMeanValue(all, 2, [2, 1], [0, 1])).toBe(0.75)
    expect(weightedMeanValue(packed([Number.NaN, Number.NaN]), 0, [1, 1], [0, 1])).toBeNaN()
  })
})

describe('scoreOpportunities', () => {
  it('computes both axes, the priority over all criteria and the rank', () => {
    const scores = scoreOpportunities(
      scorable(criteria, [
        { id: 'kk-1', scores: [1, 0.5, 0.25, 0.75] },
        { id: 'kk-2', scores: [0.5, null, 1, null] },
        { id: 'kk-3', scores: [null, null, null, null] },
      ]),
    )
    expect(scoreCount(scores)).toBe(3)
    expect(scores.impact[0]).toBeCloseTo((1 * 2 + 0.5) / 3)
    expect(scores.feasibility[0]).toBeCloseTo(0.5)
    expect(priorityAt(scores, 0)).toBeCloseTo((2 + 0.5 + 0.25 + 0.75) / 5)
    expect(axisScoreAt(scores, 'impact', 1)).toEqual({
      value: 0.5,
      partial: true,
      equalWeights: false,
    })
    expect(priorityAt(scores, 1)).toBeCloseTo((0.5 * 2 + 1) / 3)
    expect(isPartialAt(scores, 'priority', 1)).toBe(true)
    expect(isPartialAt(scores, 'feasibility', 0)).toBe(false)
    expect(opportunityScoreAt(scores, 2)).toEqual({
      impact: null,
      feasibility: null,
      priority: null,
      rank: null,
    })
    expect(scores.priority[2]).toBeNaN()
    expect([0, 1, 2].map((i) => rankAt(scores, i))).toEqual([1, 2, null])
    expect([...scores.rank]).toEqual([1, 2, 0])
  })

  it('agrees with weightedMean for every opportunity and axis', () => {
    const rows = [
      { id: 'a', scores: [1, null, 0, 0] },
      { id: 'b', scores: [null, null, 0.5, null] },
      { id: 'c', scores: [0.2, 0.4, null, 0.6] },
    ]
    const input = scorable(criteria, rows)
    const weights = { 'imp-business': 0, 'imp-wellbeing': 0 }
    const scores = scoreOpportunities(input, weights)
    const plan = scoringPlan(criteria, weights)
    rows.forEach((_, i) => {
      const at = (indices: number[]) =>
        weightedMean(input.normalisedScores, i * criteria.length, plan.weights, indices)
      expect(opportunityScoreAt(scores, i)).toEqual({
        impact: at(plan.impact),
        feasibility: at(plan.feasibility),
        priority: at(plan.all),
        rank: rankAt(scores, i),
      })
    })
    // Impact of a: both weights zero, so equal weights; partial, as imp-wellbeing is unscored.
    expect(hasEqualWeightsAt(scores, 'impact', 0)).toBe(true)
    expect(isPartialAt(scores, 'impact', 0)).toBe(true)
    expect(hasEqualWeightsAt(scores, 'feasibility', 0)).toBe(false)
  })

  it('moves ranks when a what-if weight changes', () => {
    const opps = scorable(criteria, [
      { id: 'business-heavy', scores: [1, 0, 0.5, 0.5] },
      { id: 'wellbeing-heavy', scores: [0, 1, 0.5, 0.5] },
    ])
    expect([...scoreOpportunities(opps).rank]).toEqual([1, 2])
    expect([...scoreOpportunities(opps, { 'imp-business': 0.5, 'imp-wellbeing': 3 }).rank]).toEqual(
      [2, 1],
    )
  })

  it('survives structured cloning whole', () => {
    const scores = scoreOpportunities(
      scorable(criteria, [
        { id: 'x', scores: [1, null, 0.5, 0.5] },
        { id: 'y', scores: [null, null, null, null] },
      ]),
    )
    const copy = structuredClone(scores)
    expect(copy.priority).toBeInstanceOf(Float64Array)
    expect([0, 1].map((i) => opportunityScoreAt(copy, i))).toEqual(
      [0, 1].map((i) => opportunityScoreAt(scores, i)),
    )
  })
})

describe('createScoreTable', () => {
  it('starts with nothing scored', () => {
    const t = createScoreTable(2)
    expect(opportunityScoreAt(t, 1)).toEqual({
      impact: null,
      feasibility: null,
      priority: null,
      rank: null,
    })
    expect(axisScoreAt(t, 'impact', 5)).toBeNull()
    expect(rankAt(t, -1)).toBeNull()
  })
})
