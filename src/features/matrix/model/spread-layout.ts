import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force'
import type { PlotArea } from './chart-geometry.ts'

/**
 * Spreads bubbles that would hide one another (scores are small integers, so many
 * opportunities share a position) while each stays as near its true position as it can.
 *
 * Deterministic: bubbles sharing a position start on a sunflower spiral around it in input
 * order (rank order), the simulation runs a fixed number of ticks, and d3-force's jiggle uses
 * its own seeded generator. A final pass pushes apart any pair still overlapping.
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

interface Body extends SimulationNodeDatum {
  x: number
  y: number
  tx: number
  ty: number
  r: number
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

/** A fixed linear congruential generator, so the jiggle never depends on Math.random. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0
    return s / 4294967296
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v))
}

export function spreadLayout(
  nodes: readonly SpreadNode[],
  bounds: PlotArea,
  options: { ticks?: number; padding?: number } = {},
): Spread {
  const ticks = options.ticks ?? (nodes.length > 400 ? 90 : 220)
  const padding = options.padding ?? 1.5
  const seen = new Map<string, number>()
  const bodies: Body[] = nodes.map((n) => {
    const key = `${Math.round(n.tx * 2)},${Math.round(n.ty * 2)}`
    const k = seen.get(key) ?? 0
    seen.set(key, k + 1)
    const d = k === 0 ? 0 : n.r * 1.2 * Math.sqrt(k)
    return {
      x: n.tx + d * Math.cos(k * GOLDEN_ANGLE),
      y: n.ty + d * Math.sin(k * GOLDEN_ANGLE),
      tx: n.tx,
      ty: n.ty,
      r: n.r,
    }
  })
  const keepInside = () => {
    for (const b of bodies) {
      b.x = clamp(b.x, bounds.x0 + b.r, bounds.x1 - b.r)
      b.y = clamp(b.y, bounds.y0 + b.r, bounds.y1 - b.r)
    }
  }
  keepInside()
  const simulation = forceSimulation<Body>(bodies)
    .randomSource(seededRandom(2022))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .velocityDecay(0.35)
    .force('x', forceX<Body>((b) => b.tx).strength(0.08))
    .force('y', forceY<Body>((b) => b.ty).strength(0.08))
    .force(
      'collide',
      forceCollide<Body>((b) => b.r + padding)
        .strength(0.9)
        .iterations(3),
    )
    .stop()
  for (let i = 0; i < ticks; i++) {
    simulation.tick()
    keepInside()
  }
  // Settle: collisions only, no pull, so what overlap the pull left is pushed out.
  simulation.force('x', null).force('y', null).alpha(0.05).velocityDecay(0.9)
  for (let i = 0; i < 12; i++) {
    simulation.tick()
    keepInside()
  }
  simulation.on('tick', null)
  const x = new Float64Array(bodies.length)
  const y = new Float64Array(bodies.length)
  bodies.forEach((b, i) => {
    x[i] = b.x
    y[i] = b.y
  })
  return { x, y }
}
