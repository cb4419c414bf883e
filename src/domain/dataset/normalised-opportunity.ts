import { horizonRange } from '../format/calendar.ts'
import type { Opportunity } from '../format/export-schema.ts'
import type { NormalisedOpportunity } from './normalise-export.ts'

/**
 * A validated record with its horizon as days. The worker makes these in normaliseExport; a
 * page that parsed the records itself makes them from its own (page-records.ts), so nothing
 * but the list of accepted positions has to be copied out of the worker.
 */
export function normalisedOpportunity(value: Opportunity, index: number): NormalisedOpportunity {
  const horizon = value.horizon
  return {
    id: value.id,
    index,
    record: value,
    horizonRange: horizon ? horizonRange(horizon.start, horizon.end) : null,
  }
}

// What the views derive from a record on demand. Not kept in the wrappers: a field there is
// one more value per opportunity on the page's heap, and these take a loop over one or two
// entries to work out.

/** The id of the opportunity's first actor in the lead role; null without one. */
export function leadActorOf(record: Opportunity): string | null {
  const actors = record.actors
  if (actors) for (const a of actors) if (a.role === 'lead') return a.actor
  return null
}

/** The sum of the funding amounts given; null when no funding entry gives one. */
export function fundingTotalOf(record: Opportunity): number | null {
  let total: number | null = null
  const funding = record.funding
  if (funding)
    for (const f of funding) if (f.amountEur !== undefined) total = (total ?? 0) + f.amountEur
  return total
}

/** How many sources the opportunity names. */
export function sourceCountOf(record: Opportunity): number {
  return record.sources?.length ?? 0
}
