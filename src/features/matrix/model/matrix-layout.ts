import type { MatrixRow } from './matrix-model.ts'
import type { ThemeSymbol } from '../../../ui/theme-style.ts'
import type { SizeMeasure } from '../../../url-state/view-state.ts'
import { maxRadiusFor, sizeScale, type SizeScale } from './bubble-size.ts'
import type { ChartGeometry } from './chart-geometry.ts'
import { cellSizeFor, gridSpread, type GridSpread } from './grid-spread.ts'
import { spreadLayout } from './spread-layout.ts'
import { SYMBOL_REACH } from '../../../ui/theme-symbols.ts'

/**
 * Where each placed opportunity is drawn: its true position from its scores, and the
 * position it is drawn at after spreading. Up to `SVG_LIMIT` bubbles are SVG elements spread
 * by a force layout; past it they are dots on a canvas spread on a grid, which keeps a weight
 * change within a frame or two at 10 000 opportunities.
 */

export const SVG_LIMIT = 400

/** The robust ring's distance outside a symbol's reach; the ring counts in collisions. */
export const ROBUST_RING_GAP = 3

export interface MatrixLayout {
  mode: 'svg' | 'canvas'
  /** True positions in px, aligned with the rows. */
  tx: Float64Array
  ty: Float64Array
  /** Drawn positions in px. */
  x: Float64Array
  y: Float64Array
  /** Radius in px (the circle of the symbol's area). */
  r: Float64Array
  size: SizeScale
  /** Canvas mode only: the grid the dots sit on (for hit testing). */
  grid: GridSpread | null
}

export function matrixLayout(
  rows: readonly MatrixRow[],
  /** The size measure's value of a row (asked for in SVG mode only). */
  sizeOf: (row: MatrixRow) => number | null,
  symbols: readonly ThemeSymbol[],
  geometry: ChartGeometry,
  measure: SizeMeasure,
): MatrixLayout {
  const n = rows.length
  const tx = new Float64Array(n)
  const ty = new Float64Array(n)
  const { plot } = geometry
  // The scales are linear on 0..1: plain arithmetic keeps 100 000 positions cheap.
  const [x0, x1] = geometry.x.range() as [number, number]
  const [y0, y1] = geometry.y.range() as [number, number]
  for (let i = 0; i < n; i++) {
    const row = rows[i] as MatrixRow
    tx[i] = x0 + (row.feasibility ?? 0) * (x1 - x0)
    ty[i] = y0 + (row.impact ?? 0) * (y1 - y0)
  }
  const r = new Float64Array(n)
  if (n > SVG_LIMIT) {
    const cell = cellSizeFor(plot, n)
    const grid = gridSpread(tx, ty, plot, cell)
    r.fill(cell * 0.45)
    return {
      mode: 'canvas',
      tx,
      ty,
      x: grid.x,
      y: grid.y,
      r,
      size: { radius: () => cell * 0.45, legend: [] },
      grid,
    }
  }
  const maxRadius = maxRadiusFor(plot.x1 - plot.x0, plot.y1 - plot.y0, n)
  const sizeValues = rows.map(sizeOf)
  const size = sizeScale(sizeValues, measure, maxRadius)
  const nodes = rows.map((_, i) => {
    r[i] = size.radius(sizeValues[i] ?? null)
    return {
      tx: tx[i] as number,
      ty: ty[i] as number,
      r:
        (r[i] as number) * SYMBOL_REACH[symbols[i] ?? 'circle'] +
        (rows[i]?.robust ? ROBUST_RING_GAP : 0),
    }
  })
  const { x, y } = spreadLayout(nodes, plot)
  return { mode: 'svg', tx, ty, x, y, r, size, grid: null }
}
