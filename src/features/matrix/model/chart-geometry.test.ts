import { describe, expect, it } from 'vitest'
import { MAX_FONT_PX, MIN_FONT_PX, chartGeometry } from './chart-geometry.ts'

describe('chartGeometry', () => {
  it('maps feasibility left to right and impact bottom to top inside the frame', () => {
    const g = chartGeometry(1200, 700)
    expect(g.x(0)).toBe(g.plot.x0)
    expect(g.x(1)).toBe(g.plot.x1)
    expect(g.y(0)).toBe(g.plot.y1)
    expect(g.y(1)).toBe(g.plot.y0)
    expect(g.plot.x0).toBeGreaterThan(0)
    expect(g.plot.x1).toBeLessThan(1200)
    expect(g.plot.y1).toBeLessThan(700)
  })

  it('scales text with the chart, within readable bounds', () => {
    expect(chartGeometry(600, 400).fontSize).toBe(MIN_FONT_PX)
    expect(chartGeometry(1200, 700).fontSize).toBeGreaterThan(MIN_FONT_PX)
    expect(chartGeometry(1800, 1000).fontSize).toBeGreaterThan(chartGeometry(1200, 700).fontSize)
    expect(chartGeometry(4000, 2000).fontSize).toBe(MAX_FONT_PX)
  })
})
