/**
 * Keyboard movement between the matrix's placed opportunities: an arrow key goes to the
 * nearest opportunity in that direction, on screen coordinates (y grows downwards), so the
 * focus follows what the eye sees rather than list order.
 */

export type Direction = 'left' | 'right' | 'up' | 'down'

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

/** Sideways distance counts double, so a point straight ahead beats one far off to a side. */
const SIDEWAYS_COST = 2
/** Points closer than this along the direction are beside, not ahead. */
const MIN_STEP = 0.5

/**
 * The index of the nearest point strictly ahead of point `from` in `direction`; null when
 * none is. Ties go to the lower index (the higher rank when points come in rank order).
 */
export function nearestInDirection(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  direction: Direction,
): number | null {
  const x0 = xs[from]
  const y0 = ys[from]
  if (x0 === undefined || y0 === undefined) return null
  let best: number | null = null
  let bestCost = Number.POSITIVE_INFINITY
  for (let i = 0; i < xs.length; i++) {
    if (i === from) continue
    const dx = (xs[i] as number) - x0
    const dy = (ys[i] as number) - y0
    let ahead: number
    let side: number
    switch (direction) {
      case 'right':
        ahead = dx
        side = dy
        break
      case 'left':
        ahead = -dx
        side = dy
        break
      case 'down':
        ahead = dy
        side = dx
        break
      case 'up':
        ahead = -dy
        side = dx
        break
    }
    if (ahead < MIN_STEP) continue
    const cost = ahead + SIDEWAYS_COST * Math.abs(side)
    if (cost < bestCost) {
      bestCost = cost
      best = i
    }
  }
  return best
}
