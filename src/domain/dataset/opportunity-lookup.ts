import type { NormalisedExport, NormalisedOpportunity } from './normalise-export.ts'

/**
 * Opportunities by id, made on the first lookup and kept with the export's list of them.
 * Only the opportunity page and the roadmap look opportunities up by id; the table, matrix and
 * overview never do, and for a large export the map weighs on the page's heap. Keyed by the list, not the export object, so shallow copies of an export share it.
 */
const maps = new WeakMap<
  readonly NormalisedOpportunity[],
  { map: Map<string, NormalisedOpportunity>; length: number }
>()

/** The loaded opportunity with this id, if any. */
export function opportunityWithId(
  data: Pick<NormalisedExport, 'opportunities'>,
  id: string,
): NormalisedOpportunity | undefined {
  return opportunityMap(data.opportunities).get(id)
}

function opportunityMap(
  opportunities: readonly NormalisedOpportunity[],
): Map<string, NormalisedOpportunity> {
  const made = maps.get(opportunities)
  // A list still being filled (the report joiner's) is looked up afresh once it has grown.
  if (made !== undefined && made.length === opportunities.length) return made.map
  const map = new Map<string, NormalisedOpportunity>()
  for (const o of opportunities) map.set(o.id, o)
  maps.set(opportunities, { map, length: opportunities.length })
  return map
}
