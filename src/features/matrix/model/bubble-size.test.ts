import { describe, expect, it } from 'vitest'
import { maxRadiusFor, sizeScale } from './bubble-size.ts'

describe('sizeScale', () => {
  it('makes area proportional to the value', () => {
    const s = sizeScale([0, 100, 400], 'budget', 20)
    const area = (v: number) => s.radius(v) ** 2 - s.radius(0) ** 2
    expect(s.radius(400)).toBeCloseTo(20)
    // With the range starting above zero, areas above the smallest are not exactly linear,
    // but order and the extremes hold.
    expect(s.radius(100)).toBeLessThan(s.radius(400))
    expect(area(0)).toBe(0)
  })

  it('gives a missing value the smallest size', () => {
    const s = sizeScale([null, 10], 'budget', 20)
    expect(s.radius(null)).toBe(s.radius(0))
  })

  it('offers up to three legend values within the data', () => {
    const s = sizeScale([0, 1_250_000, 3_000_000], 'budget', 20)
    expect(s.legend.length).toBeGreaterThan(0)
    expect(s.legend.length).toBeLessThanOrEqual(3)
    for (const item of s.legend) {
      expect(item.value).toBeGreaterThan(0)
      expect(item.value).toBeLessThanOrEqual(3_000_000)
    }
  })

  it('draws one size and no legend for "none"', () => {
    const s = sizeScale([1, 2, 3], 'none', 20)
    expect(s.radius(1)).toBe(s.radius(3))
    expect(s.legend).toEqual([])
  })
})

describe('maxRadiusFor', () => {
  it('shrinks bubbles as their number grows', () => {
    expect(maxRadiusFor(1000, 600, 50)).toBeGreaterThan(maxRadiusFor(1000, 600, 1000))
    expect(maxRadiusFor(1000, 600, 100_000)).toBeGreaterThanOrEqual(4)
  })
})
