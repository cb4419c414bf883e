import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { selectPositions, sortPlace, sortPositions, toggleSort } from './table-sort.ts'

const keys = (...xs: (number | null)[]) => Float64Array.from(xs, (x) => x ?? Number.NaN)

describe('sortPositions', () => {
  it('sorts numbers both ways with empty values last in both directions', () => {
    const k = keys(3, null, 1, 2, null, 1)
    expect([...sortPositions(6, [k], [false])]).toEqual([2, 5, 3, 0, 1, 4])
    expect([...sortPositions(6, [k], [true])]).toEqual([0, 3, 2, 5, 1, 4])
  })

  it('sorts by several keys, ties kept in export order', () => {
    const status = keys(1, 0, 1, 0, 1)
    const budget = keys(5, null, 7, 2, 7)
    expect([...sortPositions(5, [status, budget], [false, true])]).toEqual([3, 1, 2, 4, 0])
    expect([...sortPositions(5, [status, budget], [true, false])]).toEqual([0, 2, 4, 3, 1])
  })

  it('without keys keeps export order', () => {
    expect([...sortPositions(3, [], [])]).toEqual([0, 1, 2])
  })

  it('is a permutation with non-empty values ordered and empties last (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), { maxLength: 60 }),
        fc.boolean(),
        (values, desc) => {
          const k = keys(...values)
          const order = [...sortPositions(values.length, [k], [desc])]
          expect([...order].sort((a, b) => a - b)).toEqual(values.map((_, i) => i))
          const seq = order.map((p) => values[p] ?? null)
          const firstEmpty = seq.indexOf(null)
          if (firstEmpty >= 0) expect(seq.slice(firstEmpty).every((v) => v === null)).toBe(true)
          const filled = (firstEmpty < 0 ? seq : seq.slice(0, firstEmpty)) as number[]
          for (let i = 1; i < filled.length; i++) {
            const a = filled[i - 1] as number
            const b = filled[i] as number
            expect(desc ? a >= b : a <= b).toBe(true)
          }
        },
      ),
    )
  })
  it('agrees with a comparator sort over several keys (property)', () => {
    const value = fc.option(
      fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0.5, -1.25, 2 ** 40)),
      { nil: null },
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, value), { maxLength: 50 }),
        fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
        (rows, desc) => {
          const k = [0, 1, 2].map((j) => keys(...rows.map((r) => r[j] ?? null)))
          const expected = rows
            .map((_, i) => i)
            .sort((a, b) => {
              for (let j = 0; j < 3; j++) {
                const x = rows[a]?.[j] ?? null
                const y = rows[b]?.[j] ?? null
                if (x === y) continue
                if (x === null) return 1
                if (y === null) return -1
                return desc[j] ? y - x : x - y
              }
              return a - b
            })
          expect([...sortPositions(rows.length, k, desc)]).toEqual(expected)
        },
      ),
    )
  })
})

describe('selectPositions', () => {
  it('keeps sorted order and only the passing positions', () => {
    const order = Int32Array.from([3, 0, 2, 1])
    expect([...selectPositions(order, Uint8Array.from([1, 0, 1, 1]))]).toEqual([3, 0, 2])
    expect(selectPositions(order, null)).toBe(order)
  })
})

describe('toggleSort', () => {
  it('a click cycles one column: ascending, descending, off', () => {
    let s = toggleSort([], 'title', false)
    expect(s).toEqual([{ column: 'title', desc: false }])
    s = toggleSort(s, 'title', false)
    expect(s).toEqual([{ column: 'title', desc: true }])
    expect(toggleSort(s, 'title', false)).toEqual([])
  })

  it('numbers may start descending', () => {
    expect(toggleSort([], 'priority', false, true)).toEqual([{ column: 'priority', desc: true }])
    expect(toggleSort([{ column: 'priority', desc: true }], 'priority', false, true)).toEqual([
      { column: 'priority', desc: false },
    ])
  })

  it('a plain click on another column replaces the sort', () => {
    const s = [
      { column: 'status', desc: false },
      { column: 'budget', desc: true },
    ]
    expect(toggleSort(s, 'title', false)).toEqual([{ column: 'title', desc: false }])
    expect(toggleSort(s, 'budget', false, true)).toEqual([{ column: 'budget', desc: false }])
  })

  it('shift-click adds up to three keys, flips one, then removes it', () => {
    let s = toggleSort([], 'status', true)
    s = toggleSort(s, 'budget', true, true)
    s = toggleSort(s, 'title', true)
    expect(s.map((k) => k.column)).toEqual(['status', 'budget', 'title'])
    expect(toggleSort(s, 'id', true).map((k) => k.column)).toEqual(['budget', 'title', 'id'])
    s = toggleSort(s, 'budget', true, true)
    expect(s[1]).toEqual({ column: 'budget', desc: false })
    expect(toggleSort(s, 'budget', true, true).map((k) => k.column)).toEqual(['status', 'title'])
  })
})

describe('sortPlace', () => {
  it('gives a sorted column its direction and place, and nothing for the others', () => {
    const sort = [
      { column: 'status', desc: false },
      { column: 'budget', desc: true },
    ]
    expect(sortPlace(sort, 'budget')).toEqual({ desc: true, place: 2, multi: true })
    expect(sortPlace(sort.slice(0, 1), 'status')).toEqual({ desc: false, place: 1, multi: false })
    expect(sortPlace(sort, 'title')).toBeNull()
  })
})
