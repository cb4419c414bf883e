import { describe, expect, it } from 'vitest'
import { buildMatrixModel, rowsByRank, withWeight, type MatrixInput } from './matrix-model.ts'
import { scoreOpportunities, type ScoringCriterion } from '../../../domain/scoring/scoring.ts'
import { scorable } from '../../../../tests/fixtures/scoring-fixture.ts'

const criteria: ScoringCriterion[] = [
  { id: 'imp-business', axis: 'impact', weight: 1 },
  { id: 'imp-wellbeing', axis: 'impact', weight: 1 },
  { id: 'fea-funding', axis: 'feasibility', weight: 1 },
]

// Scores on 0..1 in criterion order; null = unscored.
const scored = scorable(criteria, [
  { id: 'a', scores: [1, 0, 0.75] }, // impact 0.5, feasibility 0.75
  { id: 'b', scores: [0, 1, 0.25] }, // impact 0.5, feasibility 0.25
  { id: 'c', scores: [null, 1, 1] }, // partial impact 1
  { id: 'd', scores: [1, 1, null] }, // no feasibility: not placed
  { id: 'e', scores: [null, null, null] }, // nothing scored
  { id: 'f', scores: [0.25, 0.25, 1] }, // impact 0.25: quick win
])
const { opportunities } = scored

const input: MatrixInput = { ...scored, exportScores: scoreOpportunities(scored) }
const all = opportunities.map((_, i) => i)
const byId = (rows: { id: string }[]) => rows.map((r) => r.id)

describe('buildMatrixModel', () => {
  it('places opportunities with a score on both axes, by rank, and lists the rest', () => {
    const m = buildMatrixModel(input, all, {})
    // Priorities: a 0.583, b 0.417, c 1, d 1, f 0.5; equal c and d ordered by id.
    expect(byId(m.placed)).toEqual(['c', 'a', 'f', 'b'])
    expect(m.placed.map((r) => r.rank)).toEqual([1, 3, 4, 5])
    expect(byId(m.unscored)).toEqual(['d', 'e'])
    expect(m.unscored.map((r) => r.rank)).toEqual([2, null])
    // The ranking holds everything with a priority score, placed or not.
    expect(byId(m.ranked)).toEqual(['c', 'd', 'a', 'f', 'b'])
  })

  it('computes axis scores as weighted means and assigns quadrants', () => {
    const m = buildMatrixModel(input, all, {})
    const a = m.placed.find((r) => r.id === 'a')
    expect(a?.impact).toBe(0.5)
    expect(a?.feasibility).toBe(0.75)
    expect(a?.quadrant).toBe('actNow')
    expect(m.placed.find((r) => r.id === 'b')?.quadrant).toBe('buildConditions')
    expect(m.placed.find((r) => r.id === 'f')?.quadrant).toBe('quickWins')
  })

  it('marks a position partial when a criterion on an axis is unscored', () => {
    const m = buildMatrixModel(input, all, {})
    expect(m.placed.find((r) => r.id === 'c')?.partial).toBe(true)
    expect(m.placed.find((r) => r.id === 'a')?.partial).toBe(false)
    expect(m.unscored.every((r) => r.quadrant === null && !r.partial)).toBe(true)
  })

  it('moves scores and ranks with what-if weights and reports the rank change', () => {
    const m = buildMatrixModel(input, all, { 'imp-wellbeing': 3 })
    const b = m.placed.find((r) => r.id === 'b')
    // b impact (0*1 + 1*3) / 4 = 0.75: now in act-now? feasibility 0.25 keeps it left.
    expect(b?.impact).toBe(0.75)
    expect(b?.quadrant).toBe('buildConditions')
    // b priority (0 + 3 + 0.25) / 5 = 0.65 passes a (1 + 0 + 0.75) / 5 = 0.35.
    expect(b?.exportRank).toBe(5)
    expect(b?.rank).toBe(3)
    expect(b?.rankChange).toBe(2)
    expect(m.placed.find((r) => r.id === 'a')?.rankChange).toBe(-2)
  })

  it('keeps the export ranks when the overrides equal the export weights', () => {
    const m = buildMatrixModel(input, all, { 'imp-business': 1 })
    expect(m.placed.every((r) => r.rankChange === 0)).toBe(true)
  })

  it('keeps whole-export ranks when filters leave only some opportunities', () => {
    const m = buildMatrixModel(input, [1, 5], {})
    expect(byId(m.placed)).toEqual(['f', 'b'])
    expect(m.placed.map((r) => r.rank)).toEqual([4, 5])
  })

  it('marks robust act-now positions only', () => {
    const m = buildMatrixModel(input, all, {})
    // c: impact 1 (only wellbeing scored), feasibility 1: nothing can move it.
    expect(m.placed.find((r) => r.id === 'c')?.robust).toBe(true)
    // a: impact exactly 0.5; doubling wellbeing (0) drops it to 1/3.
    expect(m.placed.find((r) => r.id === 'a')?.robust).toBe(false)
    expect(m.placed.find((r) => r.id === 'b')?.robust).toBe(false)
  })

  it('counts positions that fell back to equal weights', () => {
    const m = buildMatrixModel(input, all, { 'imp-business': 0, 'imp-wellbeing': 0 })
    expect(m.equalWeightCount).toBe(4)
    expect(m.weights).toEqual([0, 0, 1])
  })
})

describe('rowsByRank', () => {
  it('lists placed and unplaced rows together by rank, the unranked last', () => {
    expect(byId(rowsByRank(buildMatrixModel(input, all, {})))).toEqual([
      'c',
      'd',
      'a',
      'f',
      'b',
      'e',
    ])
  })
})

describe('withWeight', () => {
  it('adds an override that differs from the export weight', () => {
    expect(withWeight(criteria, {}, 'imp-business', 2)).toEqual({ 'imp-business': 2 })
  })

  it('drops an override equal to the export weight, and unknown criteria', () => {
    expect(withWeight(criteria, { 'imp-business': 2 }, 'imp-business', 1)).toEqual({})
    expect(withWeight(criteria, { 'fea-funding': 2 }, 'nope', 3)).toEqual({ 'fea-funding': 2 })
  })
})
