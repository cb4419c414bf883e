/**
 * Keyboard movement among the roadmap's bars (roving focus): Up and Down step through every
 * bar in lane order (lanes top to bottom, rows top to bottom, along each row by start), Left
 * and Right step along time within the focused bar's lane, Home and End go to the first and
 * last bar. Collapsed lanes are left out by the caller.
 */

export interface NavBar {
  id: string
  start: number
  end: number
}

export interface NavModel {
  /** Every bar in lane order. */
  linear: string[]
  /** Per lane, its bars by start. */
  byTime: string[][]
  indexOf: Map<string, number>
  laneOf: Map<string, number>
  timeIndexOf: Map<string, number>
}

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End'

export const NAV_KEYS: readonly string[] = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
]

export function buildNavModel(lanes: readonly (readonly (readonly NavBar[])[])[]): NavModel {
  const linear: string[] = []
  const byTime: string[][] = []
  const indexOf = new Map<string, number>()
  const laneOf = new Map<string, number>()
  const timeIndexOf = new Map<string, number>()
  lanes.forEach((rows, lane) => {
    const inLane: NavBar[] = []
    for (const row of rows)
      for (const bar of row) {
        indexOf.set(bar.id, linear.length)
        laneOf.set(bar.id, lane)
        linear.push(bar.id)
        inLane.push(bar)
      }
    inLane.sort(
      (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    const ids = inLane.map((b) => b.id)
    ids.forEach((id, i) => timeIndexOf.set(id, i))
    byTime.push(ids)
  })
  return { linear, byTime, indexOf, laneOf, timeIndexOf }
}

/** The bar a key moves to from `current`; null when it stays (an edge) or nothing is there. */
export function nextTarget(model: NavModel, current: string | null, key: NavKey): string | null {
  const { linear } = model
  if (linear.length === 0) return null
  if (key === 'Home') return linear[0] as string
  if (key === 'End') return linear[linear.length - 1] as string
  const at = current === null ? undefined : model.indexOf.get(current)
  if (at === undefined || current === null) return linear[0] as string
  if (key === 'ArrowDown') return linear[at + 1] ?? null
  if (key === 'ArrowUp') return at > 0 ? (linear[at - 1] as string) : null
  const lane = model.byTime[model.laneOf.get(current) as number] as string[]
  const t = model.timeIndexOf.get(current) as number
  if (key === 'ArrowRight') return lane[t + 1] ?? null
  return t > 0 ? (lane[t - 1] as string) : null
}
