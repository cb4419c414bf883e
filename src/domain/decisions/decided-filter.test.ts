import { describe, expect, it } from 'vitest'
import { keepDecided } from './decided-filter.ts'

const ids = ['a', 'b', 'c', 'd']
const idAt = (p: number) => ids[p] as string
const decided = new Map([
  ['b', 'hold'],
  ['d', 'noDecision'],
])

describe('the decided filter', () => {
  it('keeps the decided, or the undecided, in the given order', () => {
    expect(keepDecided([3, 2, 1, 0], idAt, decided, 'yes')).toEqual([3, 1])
    expect(keepDecided([3, 2, 1, 0], idAt, decided, 'no')).toEqual([2, 0])
  })

  it('keeps everything without a filter or without an active session', () => {
    const all = [0, 1, 2, 3]
    expect(keepDecided(all, idAt, decided, null)).toBe(all)
    expect(keepDecided(all, idAt, null, 'yes')).toBe(all)
  })

  it('keeps nothing decided in a session with no decisions yet', () => {
    expect(keepDecided([0, 1], idAt, new Map(), 'yes')).toEqual([])
    expect(keepDecided([0, 1], idAt, new Map(), 'no')).toEqual([0, 1])
  })
})
