import { describe, expect, it } from 'vitest'
import { quadrantOf } from './quadrant.ts'

describe('quadrantOf', () => {
  it('names each quadrant by impact (y) and feasibility (x)', () => {
    expect(quadrantOf(0.9, 0.9)).toBe('actNow')
    expect(quadrantOf(0.1, 0.9)).toBe('buildConditions')
    expect(quadrantOf(0.9, 0.1)).toBe('quickWins')
    expect(quadrantOf(0.1, 0.1)).toBe('reconsider')
  })

  it('counts a score exactly at the middle as high', () => {
    expect(quadrantOf(0.5, 0.5)).toBe('actNow')
    expect(quadrantOf(0.4999, 0.5)).toBe('buildConditions')
    expect(quadrantOf(0.5, 0.4999)).toBe('quickWins')
  })
})
