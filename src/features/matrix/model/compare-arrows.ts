import type { Comparison, OpportunityChange } from '../../../domain/compare/comparison.ts'

/**
 * The matrix's picture of a comparison: for each moved opportunity an arrow from where the
 * baseline put it to its mark now, a hollow ghost where each dropped one was, and a ring on
 * each new one. Everything is drawn as a few combined paths, so ten thousand arrows cost a
 * handful of elements, in the SVG mode and over the canvas alike.
 */

export interface Point {
  x: number
  y: number
}

export interface CompareMarks {
  /** Moved: from the baseline's place to the mark drawn now. */
  arrows: { id: string; from: Point; to: Point; r: number }[]
  /** Dropped: where the baseline put them. */
  ghosts: { id: string; at: Point }[]
  /** New: their marks now. */
  added: { id: string; at: Point; r: number }[]
}

/** Scores on 0–100 → px: the chart's scales take 0..1. */
export type PlaceScores = (impact: number, feasibility: number) => Point

/**
 * What to draw for `changes` (the comparison's), given where each shown opportunity's mark is
 * (`markOf`, by id; undefined when filtered out or unplaced) and the chart's scales. A moved
 * one needs both places; a dropped one its baseline scores on both axes.
 */
export function compareMarks(
  changes: readonly OpportunityChange[],
  markOf: (id: string) => (Point & { r: number }) | undefined,
  place: PlaceScores,
): CompareMarks {
  const out: CompareMarks = { arrows: [], ghosts: [], added: [] }
  for (const c of changes) {
    if (c.change === 'removed') {
      if (c.impact.then !== null && c.feasibility.then !== null)
        out.ghosts.push({ id: c.id, at: place(c.impact.then, c.feasibility.then) })
      continue
    }
    const mark = markOf(c.id)
    if (!mark) continue
    const at = { x: mark.x, y: mark.y }
    if (c.change === 'added') out.added.push({ id: c.id, at, r: mark.r })
    else if (c.moved && c.impact.then !== null && c.feasibility.then !== null)
      out.arrows.push({
        id: c.id,
        from: place(c.impact.then, c.feasibility.then),
        to: at,
        r: mark.r,
      })
  }
  return out
}

const HEAD = 7
const round = (n: number) => Math.round(n * 10) / 10

/**
 * The arrows as two paths: shafts from the baseline place to the edge of the mark now, and
 * filled heads there. An arrow shorter than its head is left out: it did not move visibly.
 */
export function arrowPaths(arrows: CompareMarks['arrows']): { shafts: string; heads: string } {
  let shafts = ''
  let heads = ''
  for (const a of arrows) {
    const dx = a.to.x - a.from.x
    const dy = a.to.y - a.from.y
    const length = Math.hypot(dx, dy)
    const end = length - a.r - 1
    if (end <= HEAD) continue
    const ux = dx / length
    const uy = dy / length
    const tipX = a.from.x + ux * end
    const tipY = a.from.y + uy * end
    const baseX = tipX - ux * HEAD
    const baseY = tipY - uy * HEAD
    shafts += `M${round(a.from.x)} ${round(a.from.y)}L${round(baseX)} ${round(baseY)}`
    heads +=
      `M${round(tipX)} ${round(tipY)}` +
      `L${round(baseX - uy * HEAD * 0.5)} ${round(baseY + ux * HEAD * 0.5)}` +
      `L${round(baseX + uy * HEAD * 0.5)} ${round(baseY - ux * HEAD * 0.5)}Z`
  }
  return { shafts, heads }
}

/** Circles of radius `r` (or each point's own) around points, as one path. */
export function ringsPath(points: readonly { at: Point; r?: number }[], r: number): string {
  let d = ''
  for (const p of points) {
    const rr = round((p.r ?? 0) + r)
    d += `M${round(p.at.x - rr)} ${round(p.at.y)}a${rr} ${rr} 0 1 0 ${2 * rr} 0a${rr} ${rr} 0 1 0 ${-2 * rr} 0`
  }
  return d
}

export type TwinRow = OpportunityChange & { kind: 'moved' | 'added' | 'removed' }

/** Moved, new and dropped, by rank now (dropped last, by rank then). */
export function twinRows(comparison: Comparison): TwinRow[] {
  const rows: TwinRow[] = []
  for (const c of comparison.changes) {
    if (c.change === 'added' || c.change === 'removed') rows.push({ ...c, kind: c.change })
    else if (c.moved) rows.push({ ...c, kind: 'moved' })
  }
  const gone = (r: TwinRow) => (r.kind === 'removed' ? 1 : 0)
  const rank = (r: TwinRow) => (r.kind === 'removed' ? r.rank.then : r.rank.now) ?? Infinity
  const byRank = (a: TwinRow, b: TwinRow) => (rank(a) === rank(b) ? 0 : rank(a) - rank(b))
  return rows.sort((a, b) => gone(a) - gone(b) || byRank(a, b))
}
