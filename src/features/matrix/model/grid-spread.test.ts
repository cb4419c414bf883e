import { describe, expect, it } from 'vitest'
import { cellSizeFor, dotAt, gridSpread } from './grid-spread.ts'

const bounds = { x0: 0, x1: 400, y0: 0, y1: 300 }

describe('gridSpread', () => {
  it('gives dots sharing a position distinct cells around it, first in order nearest', () => {
    const tx = [100, 100, 100, 100, 100]
    const ty = [100, 100, 100, 100, 100]
    const g = gridSpread(tx, ty, bounds, 4)
    const cells = new Set(Array.from(g.x, (x, i) => `${x},${g.y[i]}`))
    expect(cells.size).toBe(5)
    expect(Math.hypot((g.x[0] as number) - 100, (g.y[0] as number) - 100)).toBeLessThan(3)
    for (let i = 0; i < 5; i++)
      expect(Math.hypot((g.x[i] as number) - 100, (g.y[i] as number) - 100)).toBeLessThan(10)
  })

  it('is deterministic and keeps dots inside the plot', () => {
    const tx = Array.from({ length: 2000 }, (_, i) => (i * 37) % 400)
    const ty = Array.from({ length: 2000 }, (_, i) => (i * 53) % 300)
    const a = gridSpread(tx, ty, bounds, 3)
    const b = gridSpread(tx, ty, bounds, 3)
    expect(Array.from(a.x)).toEqual(Array.from(b.x))
    for (let i = 0; i < 2000; i++) {
      expect(a.x[i]).toBeGreaterThan(0)
      expect(a.x[i]).toBeLessThan(400)
      expect(a.y[i]).toBeLessThan(300)
    }
  })

  it('finds the dot under the pointer', () => {
    const g = gridSpread([50, 200], [50, 200], bounds, 4)
    expect(dotAt(g, g.x[1] as number, g.y[1] as number)).toBe(1)
    expect(dotAt(g, 350, 20)).toBe(-1)
  })
})

describe('cellSizeFor', () => {
  it('shrinks cells as dots multiply, within 2..10 px', () => {
    const plot = { x0: 0, x1: 1100, y0: 0, y1: 650 }
    expect(cellSizeFor(plot, 10_000)).toBeGreaterThan(cellSizeFor(plot, 100_000))
    expect(cellSizeFor(plot, 100_000)).toBeGreaterThanOrEqual(2)
    expect(cellSizeFor(plot, 10)).toBe(10)
  })
})
