import type { PlotArea } from './chart-geometry.ts'

/**
 * Spreads bubbles that would hide one another (scores are small integers, so many
 * opportunities share a position) while each stays as near its true position as it can.
 *
 * Greedy and deterministic: in input order (rank order, so the most important bubble keeps
 * its true position), each bubble takes the first free place on a sunflower spiral around
 * its true position, checked against the bubbles already placed through a grid of cells.
 * It replaced a force simulation that was the slowest step of the matrix's first sight.
 */

export interface SpreadNode {
  /** True position in px. */
  tx: number
  ty: number
  /** Collision radius in px. */
  r: number
}

export interface Spread {
  x: Float64Array
  y: Float64Array
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
/** Spiral points tried per bubble before it takes the least overlapping one. */
const MAX_TRIES = 4_000

function clamp(v: number, lo: number, hi: number): number {
  return lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v))
}

export function spreadLayout(
  nodes: readonly SpreadNode[],
  bounds: PlotArea,
  options: { padding?: number } = {},
): Spread {
  const padding = options.padding ?? 1.5
  const n = nodes.length
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  let maxR = 0
  for (const node of nodes) maxR = Math.max(maxR, node.r)
  // A placed bubble that could touch one at (px, py) has its centre within 2·maxR + padding,
  // so the 3 × 3 cells around (px, py) hold every one to check.
  const cell = Math.max(1, 2 * maxR + padding)
  const cells = new Map<number, number[]>()
  const cellKey = (cx: number, cy: number) => cx * 65_536 + cy
  /** How far the bubble `i` at (px, py) overlaps the placed ones, in px (0: none). */
  const overlapAt = (i: number, px: number, py: number): number => {
    const r = (nodes[i] as SpreadNode).r + padding
    const cx = Math.floor((px - bounds.x0) / cell)
    const cy = Math.floor((py - bounds.y0) / cell)
    let worst = 0
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const placed = cells.get(cellKey(gx, gy))
        if (!placed) continue
        for (const j of placed) {
          const reach = r + (nodes[j] as SpreadNode).r
          const dx = px - (x[j] as number)
          const dy = py - (y[j] as number)
          const d2 = dx * dx + dy * dy
          if (d2 < reach * reach) worst = Math.max(worst, reach - Math.sqrt(d2))
        }
      }
    return worst
  }
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as SpreadNode
    const lo = { x: bounds.x0 + node.r, y: bounds.y0 + node.r }
    const hi = { x: bounds.x1 - node.r, y: bounds.y1 - node.r }
    // Spiral points about 0.6 radius apart: close enough to find a gap a bubble fits in.
    const step = Math.max(0.5, node.r * 0.35)
    let best = { x: clamp(node.tx, lo.x, hi.x), y: clamp(node.ty, lo.y, hi.y), overlap: Infinity }
    for (let k = 0; k < MAX_TRIES; k++) {
      const d = step * Math.sqrt(k)
      const px = clamp(node.tx + d * Math.cos(k * GOLDEN_ANGLE), lo.x, hi.x)
      const py = clamp(node.ty + d * Math.sin(k * GOLDEN_ANGLE), lo.y, hi.y)
      const overlap = overlapAt(i, px, py)
      if (overlap < best.overlap) best = { x: px, y: py, overlap }
      if (overlap === 0) break
    }
    x[i] = best.x
    y[i] = best.y
    const key = cellKey(
      Math.floor((best.x - bounds.x0) / cell),
      Math.floor((best.y - bounds.y0) / cell),
    )
    const placed = cells.get(key)
    if (placed) placed.push(i)
    else cells.set(key, [i])
  }
  return { x, y }
}
