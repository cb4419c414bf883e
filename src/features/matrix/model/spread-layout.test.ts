import { describe, expect, it } from 'vitest'
import { spreadLayout, type SpreadNode } from './spread-layout.ts'

const bounds = { x0: 0, x1: 800, y0: 0, y1: 500 }

/** Small-integer scores: 40 opportunities on 9 positions, many sharing one. */
function crowd(): SpreadNode[] {
  const nodes: SpreadNode[] = []
  for (let i = 0; i < 40; i++) {
    const fx = [0.25, 0.5, 0.75][i % 3] as number
    const fy = [0.5, 0.75, 1][(i * 7) % 3] as number
    nodes.push({ tx: fx * 800, ty: 500 - fy * 500, r: 10 + (i % 4) * 4 })
  }
  return nodes
}

function worstOverlap(nodes: readonly SpreadNode[], x: Float64Array, y: Float64Array): number {
  let worst = 0
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const ri = (nodes[i] as SpreadNode).r
      const rj = (nodes[j] as SpreadNode).r
      const d = Math.hypot((x[i] as number) - (x[j] as number), (y[i] as number) - (y[j] as number))
      worst = Math.max(worst, (ri + rj - d) / Math.min(ri, rj))
    }
  return worst
}

describe('spreadLayout', () => {
  it('leaves no bubble overlapping another by more than a small fraction of its radius', () => {
    const nodes = crowd()
    const { x, y } = spreadLayout(nodes, bounds)
    expect(worstOverlap(nodes, x, y)).toBeLessThan(0.1)
  })

  it('keeps every bubble near its true position and inside the plot', () => {
    const nodes = crowd()
    const { x, y } = spreadLayout(nodes, bounds)
    nodes.forEach((n, i) => {
      const xi = x[i] as number
      const yi = y[i] as number
      expect(Math.hypot(xi - n.tx, yi - n.ty)).toBeLessThan(120)
      expect(xi - n.r).toBeGreaterThanOrEqual(bounds.x0 - 1e-9)
      expect(xi + n.r).toBeLessThanOrEqual(bounds.x1 + 1e-9)
      expect(yi - n.r).toBeGreaterThanOrEqual(bounds.y0 - 1e-9)
      expect(yi + n.r).toBeLessThanOrEqual(bounds.y1 + 1e-9)
    })
  })

  it('is deterministic', () => {
    const a = spreadLayout(crowd(), bounds)
    const b = spreadLayout(crowd(), bounds)
    expect(Array.from(a.x)).toEqual(Array.from(b.x))
    expect(Array.from(a.y)).toEqual(Array.from(b.y))
  })

  it('leaves a lone bubble at its true position', () => {
    const { x, y } = spreadLayout([{ tx: 400, ty: 250, r: 10 }], bounds)
    expect(x[0]).toBeCloseTo(400)
    expect(y[0]).toBeCloseTo(250)
  })
})
