import type { Opportunity } from '../../../domain/format/export-schema.ts'
import type {
  NormalisedExport,
  NormalisedOpportunity,
} from '../../../domain/dataset/normalise-export.ts'

/**
 * The rows in view as an export in format v1 (issue 6): the loaded export's frame (dataset,
 * themes, clusters, sources, actors, criteria, unknown fields kept) with only those
 * opportunities, in view order, each record as it came.
 *
 * One change keeps the file loadable: a `dependsOn` id of an opportunity left out of the file
 * would be an unknown reference, which sets the record aside, so such ids are dropped (and an
 * emptied list with them).
 *
 * Written without indentation, so that a large table's file stays under the load's size limit
 * (MAX_EXPORT_BYTES) and can be loaded back.
 */
export function exportRowsJson(data: NormalisedExport, positions: ArrayLike<number>): string {
  const included = new Set<string>()
  for (let i = 0; i < positions.length; i++)
    included.add((data.opportunities[positions[i] as number] as NormalisedOpportunity).id)
  const opportunities: Opportunity[] = new Array<Opportunity>(positions.length)
  for (let i = 0; i < positions.length; i++) {
    const record = (data.opportunities[positions[i] as number] as NormalisedOpportunity).record
    const deps = record.dependsOn
    if (deps === undefined || deps.every((d) => included.has(d))) {
      opportunities[i] = record
      continue
    }
    const { dependsOn: _dropped, ...rest } = record
    const kept = deps.filter((d) => included.has(d))
    opportunities[i] = kept.length > 0 ? { ...rest, dependsOn: kept } : rest
  }
  return JSON.stringify({ ...data.frame, opportunities })
}
