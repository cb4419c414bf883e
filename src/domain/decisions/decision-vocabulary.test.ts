import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STATUSES } from '../format/export-vocabulary.ts'
import {
  DECISIONS,
  changesStatus,
  decisionForStatus,
  isDecision,
  statusAfterDecision,
} from './decision-vocabulary.ts'

describe('decision ↔ status', () => {
  it('maps each decision to the status the issue names', () => {
    expect(statusAfterDecision('prioritise', 'identified')).toBe('prioritised')
    expect(statusAfterDecision('plan', 'identified')).toBe('planned')
    expect(statusAfterDecision('hold', 'planned')).toBe('onHold')
    expect(statusAfterDecision('discard', 'inProgress')).toBe('discarded')
  })

  it('keeps the status for continue and noDecision', () => {
    for (const status of STATUSES) {
      expect(statusAfterDecision('continue', status)).toBe(status)
      expect(statusAfterDecision('noDecision', status)).toBe(status)
    }
  })

  it('reads a status back as the decision that sets it, and no other', () => {
    expect(decisionForStatus('prioritised')).toBe('prioritise')
    expect(decisionForStatus('onHold')).toBe('hold')
    expect(decisionForStatus('inProgress')).toBeNull()
    expect(decisionForStatus('identified')).toBeNull()
  })

  it('property: a decision that changes the status is recovered from the status it sets', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DECISIONS), fc.constantFrom(...STATUSES), (d, s) => {
        const after = statusAfterDecision(d, s)
        if (changesStatus(d)) expect(decisionForStatus(after)).toBe(d)
        else expect(after).toBe(s)
        // Applying the same decision twice is the same as once.
        expect(statusAfterDecision(d, after)).toBe(after)
      }),
    )
  })

  it('knows its six decisions, in the order of the number keys', () => {
    expect(DECISIONS).toEqual(['prioritise', 'plan', 'continue', 'hold', 'discard', 'noDecision'])
    expect(isDecision('plan')).toBe(true)
    expect(isDecision('approve')).toBe(false)
    expect(isDecision(undefined)).toBe(false)
  })
})
