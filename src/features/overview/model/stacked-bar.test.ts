import { describe, expect, it } from 'vitest'
import { stackSegments } from './stacked-bar.ts'

describe('stackSegments', () => {
  it('lays rows end to end in order, an empty one taking no room', () => {
    const { segments, total } = stackSegments([
      { key: 'a', count: 2 },
      { key: 'b', count: 0 },
      { key: 'c', count: 3 },
    ])
    expect(total).toBe(5)
    expect(segments.map((s) => [s.key, s.start, s.end])).toEqual([
      ['a', 0, 2],
      ['b', 2, 2],
      ['c', 2, 5],
    ])
  })
})
