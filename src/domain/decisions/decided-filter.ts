/**
 * The filter on whether the active forum session has recorded a decision on an opportunity
 * (`decided=yes|no` in the address). Any recorded decision counts, "discussed, no decision"
 * included: the filter is about what the secretary has written down, not what it says.
 */
export const DECIDED_FILTERS = ['yes', 'no'] as const

export type DecidedFilter = (typeof DECIDED_FILTERS)[number]

/**
 * The positions whose opportunity matches the filter, in their order; all of them when there
 * is no filter or no active session (`decided` null), since the filter then means nothing.
 */
export function keepDecided(
  positions: readonly number[],
  idAt: (position: number) => string,
  decided: ReadonlyMap<string, unknown> | null,
  filter: DecidedFilter | null,
): readonly number[] {
  if (filter === null || decided === null) return positions
  const wanted = filter === 'yes'
  return positions.filter((p) => decided.has(idAt(p)) === wanted)
}
