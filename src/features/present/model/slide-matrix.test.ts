import { describe, expect, it } from 'vitest'
import { createScoreTable } from '../../../domain/scoring/score-table.ts'
import { dotsPath, slideMatrixPoints } from './slide-matrix.ts'

describe('the slide matrix', () => {
  it('places the shown opportunities scored on both axes and finds the marked one', () => {
    const t = createScoreTable(3)
    t.impact.set([0.2, 0.9, Number.NaN])
    t.feasibility.set([0.4, 0.5, 0.6])
    const m = slideMatrixPoints([0, 1, 2], t, 1)
    expect(m.points.map((p) => p.position)).toEqual([0, 1])
    expect(m.marked).toEqual({ position: 1, feasibility: 0.5, impact: 0.9 })
    expect(slideMatrixPoints([0], t, 2).marked).toBeNull()
  })

  it('draws every point as one dot of a single path, centred where the point is', () => {
    const d = dotsPath([
      { position: 0, feasibility: 0, impact: 1 },
      { position: 1, feasibility: 0.5, impact: 0.5 },
    ])
    // Two dots, each two half-circle arcs starting one radius left of the centre.
    expect(d.match(/M/g)).toHaveLength(2)
    expect(d).toBe(
      'M1.1 2a0.9 0.9 0 1 0 1.8 0a0.9 0.9 0 1 0 -1.8 0M49.1 50a0.9 0.9 0 1 0 1.8 0a0.9 0.9 0 1 0 -1.8 0',
    )
    expect(dotsPath([])).toBe('')
  })
})
