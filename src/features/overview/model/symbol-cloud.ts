import type { SymbolType } from 'd3-shape'

/** Three decimals, as d3-shape's own symbol paths are rounded. */
const round = (v: number) => Math.round(v * 1000) / 1000

/**
 * Many copies of one d3-shape symbol as a single SVG path, each centred on its point. One
 * element per theme instead of one per opportunity keeps a small matrix of thousands of
 * opportunities cheap to draw (creating the elements was most of its cost).
 */
export function symbolCloud(
  type: SymbolType,
  size: number,
  points: readonly (readonly [number, number])[],
): string {
  let out = ''
  let dx = 0
  let dy = 0
  const at = (x: number, y: number) => `${round(x + dx)},${round(y + dy)}`
  // The symbols draw around 0,0 with these calls; each is moved to the point. The only arc
  // they draw is the circle's full turn, written as two half circles.
  const context = {
    moveTo: (x: number, y: number) => void (out += `M${at(x, y)}`),
    lineTo: (x: number, y: number) => void (out += `L${at(x, y)}`),
    closePath: () => void (out += 'Z'),
    rect: (x: number, y: number, w: number, h: number) =>
      void (out += `M${at(x, y)}h${round(w)}v${round(h)}h${round(-w)}Z`),
    arc: (x: number, y: number, r: number) => {
      const rr = round(r)
      out += `A${rr},${rr},0,1,1,${at(x - r, y)}A${rr},${rr},0,1,1,${at(x + r, y)}`
    },
  }
  for (const [x, y] of points) {
    dx = x
    dy = y
    type.draw(context as unknown as CanvasPath, size)
  }
  return out
}
