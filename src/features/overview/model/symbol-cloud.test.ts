import { symbol, symbolCircle, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3-shape'
import { describe, expect, it } from 'vitest'
import { symbolCloud } from './symbol-cloud.ts'

describe('symbolCloud', () => {
  it('draws one square per point, centred on it', () => {
    const d = symbolCloud(symbolSquare, 16, [
      [10, 10],
      [50, 20],
    ])
    // A 16-unit square is 4 across: corners 2 from the centre.
    expect(d).toBe('M8,8h4v4h-4ZM48,18h4v4h-4Z')
  })

  it('draws the symbols at the origin as d3-shape itself does', () => {
    for (const type of [symbolCircle, symbolStar, symbolTriangle, symbolWye])
      expect(symbolCloud(type, 30, [[0, 0]])).toBe(symbol(type, 30)())
  })

  it('is empty without points', () => {
    expect(symbolCloud(symbolSquare, 16, [])).toBe('')
  })
})
