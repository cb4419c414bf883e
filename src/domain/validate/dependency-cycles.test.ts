import { describe, expect, it } from 'vitest'
import { findCycles } from './dependency-cycles.ts'

describe('findCycles', () => {
  it('finds nothing in a graph without cycles', () => {
    expect(findCycles([[1, 2], [2], []]).size).toBe(0)
  })

  it('finds every member of a cycle and a path around it', () => {
    // 0 → 1 → 2 → 0, and 3 → 0 (3 is not on the cycle)
    const cycles = findCycles([[1], [2], [0], [0]])
    expect([...cycles.keys()].sort()).toEqual([0, 1, 2])
    expect(cycles.get(0)).toEqual([0, 1, 2, 0])
    expect(cycles.get(2)).toEqual([2, 0, 1, 2])
  })

  it('counts a self-loop as a cycle', () => {
    expect(findCycles([[0], []]).get(0)).toEqual([0, 0])
  })

  it('handles two separate cycles', () => {
    const cycles = findCycles([[1], [0], [3], [2], []])
    expect([...cycles.keys()].sort()).toEqual([0, 1, 2, 3])
  })

  it('handles a chain of 200 000 without overflowing the stack', () => {
    const n = 200_000
    const edges = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [0]))
    const cycles = findCycles(edges)
    expect(cycles.size).toBe(n)
  })
})

describe('findCycles with nodes that depend on nothing', () => {
  it('still finds cycles through, and after, such nodes', () => {
    // 0 and 3 depend on nothing; 1 → 2 → 1; 4 → 4; 5 → 0 (not on a cycle)
    const cycles = findCycles([[], [2], [1], [], [4], [0]])
    expect([...cycles.keys()].sort()).toEqual([1, 2, 4])
    expect(cycles.get(1)).toEqual([1, 2, 1])
    expect(cycles.get(4)).toEqual([4, 4])
  })

  it('finds the same cycle whichever way round the nodes are numbered', () => {
    // The cycle 2 → 1 → 2 is entered from 0, which depends on 1.
    expect(findCycles([[1], [2], [1], []]).get(2)).toEqual([2, 1, 2])
  })
})
