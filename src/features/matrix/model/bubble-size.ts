import { scaleSqrt } from 'd3-scale'
import type { NormalisedOpportunity } from '../../../domain/dataset/normalise-export.ts'
import { sourceCountOf } from '../../../domain/dataset/normalised-opportunity.ts'
import type { SizeMeasure } from '../../../url-state/view-state.ts'

/** The bubble size measure when the URL names none. */
export const DEFAULT_SIZE_MEASURE: SizeMeasure = 'budget'

/** An opportunity's value for the size measure; null when it has none (no budget given). */
export function sizeValue(o: NormalisedOpportunity, measure: SizeMeasure): number | null {
  switch (measure) {
    case 'budget':
      return o.record.budgetEur ?? null
    case 'sources':
      return sourceCountOf(o.record)
    case 'actors':
      return o.record.actors?.length ?? 0
    case 'none':
      return null
  }
}

/**
 * The largest bubble radius for a plot: a share of its shorter side, smaller as more bubbles
 * must share the space (area per bubble falls as 1/n, so the radius as 1/√n).
 */
export function maxRadiusFor(plotWidth: number, plotHeight: number, count: number): number {
  const base = Math.min(plotWidth, plotHeight) * 0.042
  const crowding = Math.min(1, Math.sqrt(120 / Math.max(1, count)))
  return Math.max(4, Math.min(40, base * crowding))
}

export interface SizeScale {
  /** Radius in px of a value; a missing value gets the smallest size. */
  radius(value: number | null): number
  /** Reference values for the legend with their radii (empty for "none"). */
  legend: { value: number; radius: number }[]
}

/** Area proportional to the value (a square-root scale), from 35 % of `maxRadius` up. */
export function sizeScale(
  values: readonly (number | null)[],
  measure: SizeMeasure,
  maxRadius: number,
): SizeScale {
  const fixed = maxRadius * 0.6
  let max = 0
  for (const v of values) if (v !== null && v > max) max = v
  if (measure === 'none' || max === 0) {
    return { radius: () => fixed, legend: [] }
  }
  const minRadius = maxRadius * 0.35
  const scale = scaleSqrt().domain([0, max]).range([minRadius, maxRadius])
  const ticks = scale.ticks(4).filter((t) => t > 0)
  const picks =
    ticks.length <= 3
      ? ticks
      : [ticks[0], ticks[Math.floor((ticks.length - 1) / 2)], ticks[ticks.length - 1]]
  return {
    radius: (v) => (v === null ? minRadius : scale(v)),
    legend: picks.flatMap((t) => (t === undefined ? [] : [{ value: t, radius: scale(t) }])),
  }
}
