import { describe, expect, it } from 'vitest'
import type { NormalisedOpportunity } from '../../../domain/dataset/normalise-export.ts'
import { groupIntoLanes, laneKeyOf, NO_LANE, NO_PREFERENCE } from './roadmap-lanes.ts'

function opp(record: Record<string, unknown>) {
  return {
    id: 'x',
    index: 0,
    record: {
      id: 'x',
      title: 'x',
      theme: 't1',
      growthGoals: ['rdi'],
      status: 'planned',
      ...record,
    },
    horizonRange: null,
  } as unknown as NormalisedOpportunity
}

describe('laneKeyOf', () => {
  it('takes the theme, status, lead actor, and the first cluster and growth goal', () => {
    const o = opp({
      clusters: ['c2', 'c1'],
      growthGoals: ['wellbeing', 'business'],
      actors: [
        { actor: 'a2', role: 'partner' },
        { actor: 'a1', role: 'lead' },
      ],
    })
    expect(laneKeyOf('theme', o)).toBe('t1')
    expect(laneKeyOf('status', o)).toBe('planned')
    expect(laneKeyOf('lead', o)).toBe('a1')
    expect(laneKeyOf('cluster', o)).toBe('c2')
    expect(laneKeyOf('goal', o)).toBe('wellbeing')
  })
  it('puts opportunities without a cluster or lead into the "none" lane', () => {
    expect(laneKeyOf('cluster', opp({}))).toBe(NO_LANE)
    expect(laneKeyOf('lead', opp({}))).toBe(NO_LANE)
  })
})

describe('groupIntoLanes', () => {
  it('orders lanes as declared, then undeclared keys, then "none"; empty lanes left out', () => {
    const items = ['b', '', 'z', 'a', 'y', 'b']
    const lanes = groupIntoLanes(items, (x) => x, ['a', 'b', 'c'])
    expect(lanes.map((l) => l.key)).toEqual(['a', 'b', 'y', 'z', ''])
    expect(lanes.find((l) => l.key === 'b')?.items).toHaveLength(2)
  })
  it('sorts undeclared keys with the given comparison', () => {
    const lanes = groupIntoLanes(
      ['x', 'y'],
      (x) => x,
      [],
      (a, b) => (a < b ? 1 : -1),
    )
    expect(lanes.map((l) => l.key)).toEqual(['y', 'x'])
  })
  it('keeps every item exactly once', () => {
    const items = Array.from({ length: 50 }, (_, i) => String(i % 7))
    const lanes = groupIntoLanes(items, (x) => x, ['3', '1'])
    expect(lanes.reduce((n, l) => n + l.items.length, 0)).toBe(50)
  })
})

describe('laneKeyOf with the filters’ clusters and goals', () => {
  const o = opp({ clusters: ['c1', 'c2', 'c3'], growthGoals: ['rdi', 'business'] })

  it('takes the first listed value that the filters choose', () => {
    const preferred = { clusters: ['c3', 'c2'], goals: ['business'] }
    expect(laneKeyOf('cluster', o, preferred)).toBe('c2')
    expect(laneKeyOf('goal', o, preferred)).toBe('business')
  })

  it('takes the first listed value when the filters choose none of them, or nothing', () => {
    expect(laneKeyOf('cluster', o, { clusters: ['c9'], goals: ['wellbeing'] })).toBe('c1')
    expect(laneKeyOf('goal', o, { clusters: [], goals: ['wellbeing'] })).toBe('rdi')
    expect(laneKeyOf('goal', o, NO_PREFERENCE)).toBe('rdi')
  })
})
