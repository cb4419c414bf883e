import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RoadmapItem } from './roadmap-lanes.ts'
import { compareByRank, orderItems, stackRows } from './roadmap-stack.ts'

const item = (id: string, start: number, end: number, rank: number | null = null): RoadmapItem => ({
  pos: 0,
  id,
  start,
  end,
  rank,
})

function overlaps(rows: RoadmapItem[][]): boolean {
  return rows.some((row) =>
    row.some((a, i) => row.some((b, j) => i !== j && a.start <= b.end && b.start <= a.end)),
  )
}

describe('orderItems', () => {
  it('orders by start, then end, then id', () => {
    const items = [item('c', 5, 9), item('b', 1, 9), item('a', 1, 3)]
    expect(orderItems(items, 'start').map((i) => i.id)).toEqual(['a', 'b', 'c'])
  })
  it('orders by rank with unranked last', () => {
    const items = [item('a', 0, 1, null), item('b', 5, 6, 2), item('c', 9, 9, 1)]
    expect(orderItems(items, 'rank').map((i) => i.id)).toEqual(['c', 'b', 'a'])
    expect(compareByRank(item('a', 0, 1, null), item('b', 0, 1, null))).toBeLessThan(0)
  })
})

describe('stackRows', () => {
  it('packs non-overlapping bars into one row and overlapping ones into more', () => {
    const rows = stackRows(
      orderItems([item('a', 0, 9), item('b', 10, 19), item('c', 5, 12)], 'start'),
    )
    expect(rows.map((r) => r.map((i) => i.id))).toEqual([['a', 'b'], ['c']])
  })
  it('treats a shared day as an overlap (ends are inclusive)', () => {
    expect(stackRows([item('a', 0, 10), item('b', 10, 20)])).toHaveLength(2)
  })
  it('puts higher-ranked bars in upper rows in rank order, each row sorted by start', () => {
    const rows = stackRows(
      orderItems([item('a', 0, 100, 3), item('b', 50, 60, 1), item('c', 0, 10, 2)], 'rank'),
    )
    expect(rows.map((r) => r.map((i) => i.id))).toEqual([['c', 'b'], ['a']])
  })
  it('never overlaps and keeps every bar, in either order', () => {
    const arb = fc.array(
      fc
        .tuple(
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 0, max: 120 }),
          fc.option(fc.nat(50)),
        )
        .map(([s, len, rank]) => ({ s, len, rank })),
      { maxLength: 60 },
    )
    fc.assert(
      fc.property(arb, fc.constantFrom('start' as const, 'rank' as const), (specs, order) => {
        const items = specs.map((x, i) => item(`o${i}`, x.s, x.s + x.len, x.rank))
        const rows = stackRows(orderItems(items, order))
        expect(overlaps(rows)).toBe(false)
        expect(rows.flat()).toHaveLength(items.length)
        for (const row of rows)
          for (let i = 1; i < row.length; i++)
            expect((row[i] as RoadmapItem).start).toBeGreaterThan((row[i - 1] as RoadmapItem).end)
      }),
    )
  })
})
