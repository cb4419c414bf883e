import { rankAt, type ScoreTable } from '../../../domain/scoring/score-table.ts'

/** How many of the highest ranked the agenda takes when the secretary picks none. */
export const DEFAULT_TOP = 10

/** The choices of the agenda screen's "top N" chooser. */
export const TOP_CHOICES = [3, 5, 10, 15, 20, 30] as const

/** The positions among `shown` that have a rank, highest ranked first. */
export function rankedPositions(shown: readonly number[], scores: ScoreTable): number[] {
  const ranked = shown.filter((p) => rankAt(scores, p) !== null)
  return ranked.sort((a, b) => (rankAt(scores, a) ?? 0) - (rankAt(scores, b) ?? 0))
}

/**
 * The agenda, as positions in the export: the picked ids in the order given (ids the export
 * does not have are left out), or else the `top` highest ranked of those shown.
 */
export function agendaPositions(
  positionOf: (id: string) => number | undefined,
  ranked: readonly number[],
  picked: readonly string[],
  top: number,
): number[] {
  if (picked.length === 0) return ranked.slice(0, top)
  const out: number[] = []
  for (const id of picked) {
    const p = positionOf(id)
    if (p !== undefined && !out.includes(p)) out.push(p)
  }
  return out
}

/** The list with the item at `from` moved one step up (-1) or down (+1); unchanged at an end. */
export function moveItem<T>(list: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step
  const out = [...list]
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return out
  const [item] = out.splice(from, 1) as [T]
  out.splice(to, 0, item)
  return out
}
