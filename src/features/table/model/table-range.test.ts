import { describe, expect, it } from 'vitest'
import { boundKey, positionMask, rangeMask } from './table-range.ts'

const keys = (...xs: (number | null)[]) => Float64Array.from(xs, (x) => x ?? Number.NaN)

describe('rangeMask', () => {
  it('keeps values within min..max (inclusive), either end open; never empty values', () => {
    const k = keys(5, 10, null, 20, 15)
    expect([...(rangeMask(5, [{ keys: k, range: { min: 10, max: 15 } }]) ?? [])]).toEqual([
      0, 1, 0, 0, 1,
    ])
    expect([...(rangeMask(5, [{ keys: k, range: { min: null, max: 10 } }]) ?? [])]).toEqual([
      1, 1, 0, 0, 0,
    ])
  })

  it('filters dates by day, and combines ranges', () => {
    const days = keys(20260101, 20251231, 20260315)
    const budget = keys(1, 2, 3)
    const mask = rangeMask(3, [
      { keys: days, range: { min: '2026-01-01', max: null } },
      { keys: budget, range: { min: 2, max: null } },
    ])
    expect([...(mask ?? [])]).toEqual([0, 0, 1])
  })

  it('is null without any bound', () => {
    expect(rangeMask(2, [])).toBeNull()
    expect(rangeMask(2, [{ keys: keys(1, 2), range: { min: null, max: null } }])).toBeNull()
  })

  it('reads bounds as keys', () => {
    expect(boundKey('2026-02-03')).toBe(20260203)
    expect(boundKey(-1.5)).toBe(-1.5)
    expect(boundKey(null)).toBeNull()
    expect(boundKey('nope')).toBeNull()
  })
})

describe('positionMask', () => {
  it('marks the positions and ANDs another mask', () => {
    expect([...positionMask(4, [0, 2, 3], null)]).toEqual([1, 0, 1, 1])
    expect([...positionMask(4, [0, 2, 3], Uint8Array.from([1, 1, 0, 1]))]).toEqual([1, 0, 0, 1])
  })
})
