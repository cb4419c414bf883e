import { describe, expect, it } from 'vitest'
import type {
  Comparison,
  OpportunityChange,
  ScoreChange,
} from '../../../domain/compare/comparison.ts'
import { arrowPaths, compareMarks, ringsPath, twinRows } from './compare-arrows.ts'

const score = (then: number | null, now: number | null): ScoreChange => ({
  then,
  now,
  delta: then !== null && now !== null ? now - then : null,
})
const change = (
  id: string,
  kind: OpportunityChange['change'],
  over: Partial<OpportunityChange> = {},
): OpportunityChange => ({
  id,
  change: kind,
  then: null,
  now: null,
  fields: [],
  milestones: [],
  impact: score(20, 60),
  feasibility: score(40, 40),
  priority: score(null, null),
  rank: score(9, 2),
  ownRank: score(9, 2),
  moved: true,
  ...over,
})
// Impact up, feasibility right, on a 100 × 100 px plot.
const place = (impact: number, feasibility: number) => ({ x: feasibility, y: 100 - impact })
const marks = new Map([
  ['a', { x: 40, y: 40, r: 5 }],
  ['b', { x: 10, y: 10, r: 5 }],
  ['n', { x: 70, y: 70, r: 4 }],
])

describe('compareMarks', () => {
  it('draws an arrow from the baseline place to the mark for a moved one only', () => {
    const out = compareMarks(
      [change('a', 'changed'), change('b', 'changed', { moved: false }), change('u', 'unchanged')],
      (id) => marks.get(id),
      place,
    )
    expect(out.arrows).toEqual([{ id: 'a', from: { x: 40, y: 80 }, to: { x: 40, y: 40 }, r: 5 }])
    expect(out.ghosts).toEqual([])
    expect(out.added).toEqual([])
  })

  it('puts a ghost where a dropped one was and rings a new one', () => {
    const out = compareMarks(
      [
        change('gone', 'removed', { impact: score(90, null), feasibility: score(10, null) }),
        change('unscored-gone', 'removed', { impact: score(null, null) }),
        change('n', 'added', { impact: score(null, 30) }),
      ],
      (id) => marks.get(id),
      place,
    )
    expect(out.ghosts).toEqual([{ id: 'gone', at: { x: 10, y: 10 } }])
    expect(out.added).toEqual([{ id: 'n', at: { x: 70, y: 70 }, r: 4 }])
  })

  it('leaves out what is not shown now (filtered out or unplaced)', () => {
    const out = compareMarks(
      [change('hidden', 'changed'), change('hidden2', 'added')],
      () => undefined,
      place,
    )
    expect(out.arrows).toEqual([])
    expect(out.added).toEqual([])
  })
})

describe('arrowPaths', () => {
  it('ends the shaft at the head and the head at the mark’s edge', () => {
    const { shafts, heads } = arrowPaths([
      { id: 'a', from: { x: 0, y: 0 }, to: { x: 100, y: 0 }, r: 9 },
    ])
    // 100 − 9 − 1 = 90 to the tip; the head is 7 long.
    expect(shafts).toBe('M0 0L83 0')
    expect(heads).toBe('M90 0L83 3.5L83 -3.5Z')
  })

  it('skips an arrow too short to show', () => {
    expect(arrowPaths([{ id: 'a', from: { x: 0, y: 0 }, to: { x: 10, y: 0 }, r: 5 }])).toEqual({
      shafts: '',
      heads: '',
    })
  })
})

describe('ringsPath', () => {
  it('draws one circle per point as two arcs', () => {
    expect(ringsPath([{ at: { x: 10, y: 20 }, r: 2 }], 3)).toBe(
      'M5 20a5 5 0 1 0 10 0a5 5 0 1 0 -10 0',
    )
  })
})

describe('twinRows', () => {
  it('lists moved, new and dropped ones by rank now, the dropped last by rank then', () => {
    const rows = twinRows({
      changes: [
        change('moved-3', 'changed', { rank: score(9, 3) }),
        change('still', 'changed', { moved: false }),
        change('gone-2', 'removed', { rank: score(2, null) }),
        change('new-1', 'added', { rank: score(null, 1) }),
        change('gone-1', 'removed', { rank: score(1, null) }),
        change('unchanged', 'unchanged', { moved: true, rank: score(8, 5) }),
      ],
    } as unknown as Comparison)
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      ['new-1', 'added'],
      ['moved-3', 'moved'],
      ['unchanged', 'moved'],
      ['gone-1', 'removed'],
      ['gone-2', 'removed'],
    ])
  })
})
