import { describe, expect, it } from 'vitest'
import { roadmapOpportunity } from '../../../../tests/fixtures/roadmap-fixture.ts'
import { buildLanes, roadmapItems } from './roadmap-layout.ts'

const opp = roadmapOpportunity

const data = {
  themes: [
    { id: 't2', name: 'B' },
    { id: 't1', name: 'A' },
  ],
  clusters: [],
  opportunities: [
    opp('a', 't1', ['2024-01-01', '2024-12-31']),
    opp('b', 't2', null),
    opp('c', 't1', ['2024-06-01', '2025-03-31'], 'completed'),
    opp('d', 't2', ['2023-01-01', '2023-03-31']),
  ],
}

describe('roadmap layout', () => {
  it('splits the filtered opportunities into bars and unscheduled ones', () => {
    const { scheduled, unscheduled } = roadmapItems(data, [0, 1, 2], [2, null, 1, 3])
    expect(scheduled.map((s) => [s.id, s.rank])).toEqual([
      ['a', 2],
      ['c', 1],
    ])
    expect(unscheduled).toEqual([1])
  })
  it('groups by theme in export order and stacks overlapping bars', () => {
    const { scheduled } = roadmapItems(data, [0, 1, 2, 3], [null, null, null, null])
    const lanes = buildLanes(data, scheduled, 'theme', 'start')
    expect(lanes.map((l) => [l.key, l.count, l.rows.length])).toEqual([
      ['t2', 1, 1],
      ['t1', 2, 2],
    ])
  })
  it('groups by status in the format order', () => {
    const { scheduled } = roadmapItems(data, [0, 2, 3], [null, null, null])
    expect(buildLanes(data, scheduled, 'status', 'start').map((l) => l.key)).toEqual([
      'planned',
      'completed',
    ])
  })
})
