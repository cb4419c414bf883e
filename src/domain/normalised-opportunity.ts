import { horizonRange } from './calendar.ts'
import type { Opportunity } from './export-schema.ts'
import type { NormalisedOpportunity } from './normalise-export.ts'

/**
 * A validated record with what the views derive from it: its horizon as days, its lead actor,
 * its funding total and number of sources. The worker makes these in normaliseExport; a page
 * that parsed the records itself makes them from its own (page-records.ts), so nothing but
 * the list of accepted positions has to be copied out of the worker.
 */
export function normalisedOpportunity(value: Opportunity, index: number): NormalisedOpportunity {
  let fundingTotal: number | null = null
  const funding = value.funding
  if (funding)
    for (const f of funding)
      if (f.amountEur !== undefined) fundingTotal = (fundingTotal ?? 0) + f.amountEur
  let lead: string | null = null
  const actors = value.actors
  if (actors)
    for (const a of actors)
      if (a.role === 'lead') {
        lead = a.actor
        break
      }
  const horizon = value.horizon
  return {
    id: value.id,
    index,
    record: value,
    horizonRange: horizon ? horizonRange(horizon.start, horizon.end) : null,
    leadActor: lead,
    fundingTotalEur: fundingTotal,
    sourceCount: value.sources?.length ?? 0,
  }
}
