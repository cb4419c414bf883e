import { describe, expect, it } from 'vitest'
import type { DecisionEntry } from '../../../domain/decisions/decision-record-schema.ts'
import { minutesParts } from './minutes-parts.ts'

const entry = (
  id: string,
  rank: number | null,
  decision: DecisionEntry['decision'],
): DecisionEntry => ({
  opportunityId: id,
  title: id,
  rank,
  impact: 0.5,
  feasibility: 0.5,
  decision,
  note: '',
  responsible: '',
  decidedAt: '2026-12-03T10:00:00Z',
})

describe('the minutes’ parts', () => {
  it('rank the decisions, unranked last, and keep the discussed ones apart in their order', () => {
    const { decided, discussed } = minutesParts([
      entry('c', null, 'hold'),
      entry('x', 2, 'noDecision'),
      entry('b', 7, 'plan'),
      entry('a', 3, 'prioritise'),
      entry('y', 1, 'noDecision'),
    ])
    expect(decided.map((d) => d.opportunityId)).toEqual(['a', 'b', 'c'])
    expect(discussed.map((d) => d.opportunityId)).toEqual(['x', 'y'])
  })
})
