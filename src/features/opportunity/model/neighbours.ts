/** An opportunity's place in the ordered list of the view it was opened from. */
export interface Neighbours {
  previous: string | null
  next: string | null
  /** 1-based place in the list. */
  place: number
  total: number
}

/**
 * The ids before and after `id` in `list` (the view's order, its filters applied), or null
 * when the list does not hold it (a filter leaves it out, or the link came from elsewhere).
 * The ends do not wrap: the first has no previous, the last no next.
 */
export function neighbours(list: readonly string[], id: string): Neighbours | null {
  const i = list.indexOf(id)
  if (i < 0) return null
  return {
    previous: i > 0 ? (list[i - 1] ?? null) : null,
    next: i < list.length - 1 ? (list[i + 1] ?? null) : null,
    place: i + 1,
    total: list.length,
  }
}
