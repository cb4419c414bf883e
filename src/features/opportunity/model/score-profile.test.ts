import { describe, expect, it } from 'vitest'
import type { Criterion } from '../../../domain/format/export-schema.ts'
import { createScoreTable } from '../../../domain/scoring/score-table.ts'
import { criterionBars, scoreProfile } from './score-profile.ts'

const criterion = (id: string, min = 1, max = 5): Criterion =>
  ({ id, axis: 'impact', name: { en: id }, weight: 1, min, max }) as Criterion

describe('criterionBars', () => {
  it('places each score on its own scale, in criterion order', () => {
    const bars = criterionBars([criterion('a'), criterion('b', 0, 10)], { b: 5, a: 4 })
    expect(bars.map((b) => [b.id, b.value, b.share])).toEqual([
      ['a', 4, 0.75],
      ['b', 5, 0.5],
    ])
  })

  it('leaves unscored and null criteria without a bar', () => {
    const bars = criterionBars([criterion('a'), criterion('b')], { a: null })
    expect(bars.map((b) => b.share)).toEqual([null, null])
    expect(criterionBars([criterion('a')], undefined)[0]?.value).toBeNull()
  })

  it('clamps a score outside the scale but keeps the number', () => {
    const [bar] = criterionBars([criterion('a')], { a: 7 })
    expect(bar).toMatchObject({ value: 7, share: 1 })
  })

  it('fills a one-point scale', () => {
    expect(criterionBars([criterion('a', 3, 3)], { a: 3 })[0]?.share).toBe(1)
  })
})

describe('scoreProfile', () => {
  it('counts the ranked and gives rank and quadrant', () => {
    const table = createScoreTable(3)
    table.impact.set([0.8, 0.2, Number.NaN])
    table.feasibility.set([0.3, 0.9, Number.NaN])
    table.priority.set([0.6, 0.5, Number.NaN])
    table.rank.set([1, 2, 0])
    expect(scoreProfile(table, 0)).toMatchObject({
      rank: 1,
      ranked: 2,
      quadrant: 'buildConditions',
    })
    expect(scoreProfile(table, 1)).toMatchObject({ rank: 2, quadrant: 'quickWins' })
    expect(scoreProfile(table, 2)).toMatchObject({ rank: null, ranked: 2, quadrant: null })
  })
})
