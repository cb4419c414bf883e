import { describe, expect, it } from 'vitest'
import { roadmapOpportunity } from '../../../../tests/fixtures/roadmap-fixture.ts'
import { roadmapOrder } from './roadmap-order.ts'

const opp = roadmapOpportunity

// Theme t2 is declared first, so its lane is on top.
const data = {
  themes: [
    { id: 't2', name: 'B' },
    { id: 't1', name: 'A' },
  ],
  clusters: [],
  opportunities: [
    opp('a', 't1', ['2024-06-01', '2024-12-31']),
    opp('b', 't2', null),
    opp('c', 't1', ['2024-01-01', '2025-03-31'], 'completed'),
    opp('d', 't2', ['2023-01-01', '2023-03-31']),
    opp('e', 't1', ['2026-01-01', '2026-06-30']),
  ],
}
const ALL = [0, 1, 2, 3, 4]
const idsOf = (positions: number[]) => positions.map((p) => data.opportunities[p]?.id)

describe('roadmapOrder', () => {
  it('reads lane by lane, each by start, then the unscheduled', () => {
    expect(idsOf(roadmapOrder(data, ALL, [], 'theme', 'start'))).toEqual(['d', 'c', 'a', 'e', 'b'])
  })

  it('follows the lanes asked for', () => {
    expect(idsOf(roadmapOrder(data, ALL, [], 'status', 'start'))).toEqual(['d', 'a', 'e', 'c', 'b'])
  })

  it('goes by rank when the bars are ordered by rank', () => {
    const ranks = [1, null, 3, 2, 4]
    expect(idsOf(roadmapOrder(data, ALL, ranks, 'theme', 'rank'))).toEqual([
      'd',
      'a',
      'c',
      'e',
      'b',
    ])
  })

  it('keeps to the filtered positions', () => {
    expect(idsOf(roadmapOrder(data, [0, 1], [], 'theme', 'start'))).toEqual(['a', 'b'])
  })
})
