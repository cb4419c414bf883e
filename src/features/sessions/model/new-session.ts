import type { SessionFilters } from '../../../domain/decisions/decision-record-schema.ts'
import type { Session } from '../../../domain/decisions/session.ts'
import type { OpportunityFilters } from '../../../domain/dataset/filter-opportunities.ts'

export interface NewSessionFields {
  forum: string
  date: string
  place: string
  chair: string
  secretary: string
  participants: string
}

export interface NewSessionBasis {
  datasetId: string
  exportedAt: string
  sha256: string
  weights: Readonly<Record<string, number>>
  filters: OpportunityFilters
}

/** The filters in use, without the empty ones (the record lists only what narrows the view). */
export function filtersInUse(f: OpportunityFilters): SessionFilters {
  const out: SessionFilters = {}
  if (f.themes.length) out.themes = [...f.themes]
  if (f.clusters.length) out.clusters = [...f.clusters]
  if (f.goals.length) out.goals = [...f.goals]
  if (f.types.length) out.types = [...f.types]
  if (f.statuses.length) out.statuses = [...f.statuses]
  if (f.sources.length) out.sources = [...f.sources]
  if (f.q !== '') out.q = f.q
  return out
}

/**
 * A new session from the form's fields (trimmed; empty optional ones left out) and the export
 * in use. `suffix` keeps two sessions of the same forum on the same day apart.
 */
export function newSession(
  fields: NewSessionFields,
  basis: NewSessionBasis,
  suffix: string,
): Session {
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim())
  const session: Session = {
    id: `${fields.date}-${suffix}`,
    forum: fields.forum.trim(),
    date: fields.date,
    basedOn: {
      datasetId: basis.datasetId,
      exportedAt: basis.exportedAt,
      sha256: basis.sha256,
      weights: { ...basis.weights },
      filters: filtersInUse(basis.filters),
    },
    decisions: [],
  }
  for (const key of ['place', 'chair', 'secretary', 'participants'] as const) {
    const v = optional(fields[key])
    if (v !== undefined) session[key] = v
  }
  return session
}
