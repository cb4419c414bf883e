import { describe, expect, it } from 'vitest'
import { createScoreTable } from '../../../domain/scoring/score-table.ts'
import { profileMatrix } from './profile-matrix.ts'

function table() {
  const t = createScoreTable(4)
  t.impact.set([0.9, 0.1, Number.NaN, 0.5])
  t.feasibility.set([0.2, 0.8, 0.6, 0.5])
  return t
}

describe('profileMatrix', () => {
  it('picks this opportunity out of the placed ones', () => {
    const m = profileMatrix(table(), 0)
    expect(m.self).toEqual({ position: 0, feasibility: 0.2, impact: 0.9 })
    expect(m.others.map((d) => d.position)).toEqual([1, 3])
    expect(m.quadrant).toBe('buildConditions')
    expect(m.placed).toBe(3)
  })

  it('leaves out an opportunity without both axis scores', () => {
    const m = profileMatrix(table(), 2)
    expect(m.self).toBeNull()
    expect(m.quadrant).toBeNull()
    expect(m.others).toHaveLength(3)
    expect(m.placed).toBe(3)
  })

  it('counts a score at the middle as high, as the matrix does', () => {
    expect(profileMatrix(table(), 3).quadrant).toBe('actNow')
  })
})
