import { describe, expect, it } from 'vitest'
import { createScoreTable } from '../../../domain/scoring/score-table.ts'
import { slideMatrixPoints } from './slide-matrix.ts'

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
})
