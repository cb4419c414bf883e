import type { PlotArea } from './chart-geometry.ts'

/**
 * The spreading used when thousands of opportunities are drawn as dots on a canvas, where a
 * force layout would be far too slow for a weight change to repaint at once: the plot is cut
 * into square cells and each dot, in rank order, takes the free cell nearest its true
 * position (searching ring by ring). Linear in the number of dots, deterministic, and no dot
 * hides another while the cells last; the grid also answers "which dot is under the pointer".
 */

export interface GridSpread {
  x: Float64Array
  y: Float64Array
  /** Cell size in px; a dot's radius is a bit under half of it. */
  cell: number
  cols: number
  rows: number
  /** Cell → the dot in it, or -1. */
  owner: Int32Array
  bounds: PlotArea
}

/** Rings searched for a free cell before a dot settles on its own, occupied cell. */
const MAX_RING = 8

/** A cell size that leaves about 2.5 cells per dot, between 2 and 10 px. */
export function cellSizeFor(plot: PlotArea, count: number): number {
  const area = Math.max(1, (plot.x1 - plot.x0) * (plot.y1 - plot.y0))
  return Math.max(2, Math.min(10, Math.floor(Math.sqrt(area / (Math.max(1, count) * 2.5)))))
}

export function gridSpread(
  tx: ArrayLike<number>,
  ty: ArrayLike<number>,
  bounds: PlotArea,
  cell: number,
): GridSpread {
  const n = tx.length
  const cols = Math.max(1, Math.floor((bounds.x1 - bounds.x0) / cell))
  const rows = Math.max(1, Math.floor((bounds.y1 - bounds.y0) / cell))
  const owner = new Int32Array(cols * rows).fill(-1)
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const px = tx[i] as number
    const py = ty[i] as number
    const gx = (px - bounds.x0) / cell
    const gy = (py - bounds.y0) / cell
    const cx = Math.min(cols - 1, Math.max(0, Math.floor(gx)))
    const cy = Math.min(rows - 1, Math.max(0, Math.floor(gy)))
    let chosen = -1
    for (let ring = 0; ring <= MAX_RING && chosen < 0; ring++) {
      let bestD = Number.POSITIVE_INFINITY
      for (let dy = -ring; dy <= ring; dy++) {
        const yy = cy + dy
        if (yy < 0 || yy >= rows) continue
        const edge = dy === -ring || dy === ring
        // On the ring's top and bottom rows every cell; on the others only both ends.
        const step = edge ? 1 : 2 * ring
        for (let dx = -ring; dx <= ring; dx += step || 1) {
          const xx = cx + dx
          if (xx < 0 || xx >= cols) continue
          const c = yy * cols + xx
          if ((owner[c] as number) >= 0) continue
          const d = (xx + 0.5 - gx) ** 2 + (yy + 0.5 - gy) ** 2
          if (d < bestD) {
            bestD = d
            chosen = c
          }
        }
      }
    }
    if (chosen >= 0) owner[chosen] = i
    else chosen = cy * cols + cx // crowded out: share its own cell
    x[i] = bounds.x0 + ((chosen % cols) + 0.5) * cell
    y[i] = bounds.y0 + (Math.floor(chosen / cols) + 0.5) * cell
  }
  return { x, y, cell, cols, rows, owner, bounds }
}

/** The dot under (px, py), or within one cell of it; -1 when none. */
export function dotAt(grid: GridSpread, px: number, py: number): number {
  const { bounds, cell, cols, rows, owner, x, y } = grid
  const cx = Math.floor((px - bounds.x0) / cell)
  const cy = Math.floor((py - bounds.y0) / cell)
  let best = -1
  let bestD = (cell * 1.5) ** 2
  for (let yy = cy - 1; yy <= cy + 1; yy++)
    for (let xx = cx - 1; xx <= cx + 1; xx++) {
      if (xx < 0 || yy < 0 || xx >= cols || yy >= rows) continue
      const i = owner[yy * cols + xx] as number
      if (i < 0) continue
      const d = ((x[i] as number) - px) ** 2 + ((y[i] as number) - py) ** 2
      if (d < bestD) {
        bestD = d
        best = i
      }
    }
  return best
}
