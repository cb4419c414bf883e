import { describe, expect, it } from 'vitest'
import { createScoreTable } from '../../../domain/scoring/score-table.ts'
import { loadTestExport, testExport } from '../../../../tests/fixtures/export-fixture.ts'
import { miniMatrix, startsAndEnds } from './mini-charts.ts'

describe('miniMatrix', () => {
  it('places only opportunities scored on both axes and counts them by quadrant', () => {
    const scores = createScoreTable(4)
    scores.impact.set([0.9, 0.2, 0.5, Number.NaN])
    scores.feasibility.set([0.8, 0.1, 0.4, 0.7])
    const { points, quadrants } = miniMatrix([0, 1, 2, 3], scores)
    expect(points.map((p) => p.position)).toEqual([0, 1, 2])
    expect(quadrants).toEqual({ actNow: 1, buildConditions: 1, quickWins: 0, reconsider: 1 })
  })

  it('counts only the positions given', () => {
    const scores = createScoreTable(2)
    scores.impact.set([0.9, 0.9])
    scores.feasibility.set([0.9, 0.9])
    expect(miniMatrix([1], scores).points).toHaveLength(1)
  })
})

describe('startsAndEnds', () => {
  const base = { theme: 't', growthGoals: ['business'] as 'business'[], status: 'planned' as const }
  const data = loadTestExport(
    testExport({
      themes: [{ id: 't', name: 'T' }],
      criteria: [
        { id: 'imp', axis: 'impact', name: 'I' },
        { id: 'fea', axis: 'feasibility', name: 'F' },
      ],
      opportunities: [
        { ...base, id: 'a', title: 'A', horizon: { start: '2024-Q2', end: '2025' } },
        { ...base, id: 'b', title: 'B', horizon: { start: '2020', end: '2031' } },
        { ...base, id: 'c', title: 'C' },
      ],
    }),
  )

  it('counts starts and ends per year of the period, outside years at its ends', () => {
    expect(startsAndEnds(data, [0, 1, 2])).toEqual([
      { year: 2023, starts: 1, ends: 0 },
      { year: 2024, starts: 1, ends: 0 },
      { year: 2025, starts: 0, ends: 1 },
      { year: 2026, starts: 0, ends: 0 },
      { year: 2027, starts: 0, ends: 1 },
    ])
  })
})
