import { describe, expect, it } from 'vitest'
import { togglePick } from './agenda-pick.ts'

describe('togglePick', () => {
  it('adds an id at the end, so the agenda keeps the order of picking', () => {
    expect(togglePick(['a'], 'b')).toEqual(['a', 'b'])
    expect(togglePick([], 'c')).toEqual(['c'])
  })
  it('takes out an id already there and keeps the others in order', () => {
    expect(togglePick(['a', 'b', 'c'], 'b')).toEqual(['a', 'c'])
  })
})
