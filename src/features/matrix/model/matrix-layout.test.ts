import { describe, expect, it } from 'vitest'
import type { MatrixRow } from './matrix-model.ts'
import { chartGeometry } from './chart-geometry.ts'
import { SVG_LIMIT, matrixLayout } from './matrix-layout.ts'

function row(i: number, feasibility: number, impact: number): MatrixRow {
  return {
    position: i,
    id: `o-${i}`,
    impact,
    feasibility,
    priority: (impact + feasibility) / 2,
    rank: i + 1,
    exportRank: i + 1,
    rankChange: 0,
    quadrant: 'actNow',
    partial: false,
    robust: false,
  }
}

const geometry = chartGeometry(1200, 700)

describe('matrixLayout', () => {
  it('puts true positions on the scales: feasibility on x, impact on y', () => {
    const rows = [row(0, 0.25, 0.75), row(1, 1, 0)]
    const l = matrixLayout(rows, () => null, ['circle', 'square'], geometry, 'none')
    expect(l.mode).toBe('svg')
    expect(l.tx[0]).toBeCloseTo(geometry.x(0.25))
    expect(l.ty[0]).toBeCloseTo(geometry.y(0.75))
    expect(l.tx[1]).toBeCloseTo(geometry.plot.x1)
    expect(l.ty[1]).toBeCloseTo(geometry.plot.y1)
  })

  it('sizes bubbles by the measure', () => {
    const rows = [row(0, 0.2, 0.2), row(1, 0.8, 0.8)]
    const l = matrixLayout(
      rows,
      (r) => (r.id === 'o-0' ? 100 : 400),
      ['circle', 'circle'],
      geometry,
      'budget',
    )
    expect(l.r[1]).toBeGreaterThan(l.r[0] as number)
  })

  it('switches to canvas dots on a grid past the SVG limit, deterministically', () => {
    const n = SVG_LIMIT + 100
    const rows = Array.from({ length: n }, (_, i) => row(i, (i % 5) / 4, (i % 3) / 2))
    const a = matrixLayout(rows, () => null, [], geometry, 'budget')
    const b = matrixLayout(rows, () => null, [], geometry, 'budget')
    expect(a.mode).toBe('canvas')
    expect(a.grid).not.toBeNull()
    expect(Array.from(a.x)).toEqual(Array.from(b.x))
    const cells = new Set(Array.from(a.x, (x, i) => `${x},${a.y[i]}`))
    expect(cells.size).toBe(n)
  })
})
