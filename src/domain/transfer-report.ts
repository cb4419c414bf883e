import type { NormalisedExport, NormalisedOpportunity } from './normalise-export.ts'
import type { OpportunityScore } from './scoring.ts'
import type { ValidationReport } from './validate-export.ts'

/**
 * A validation report cut into messages a worker can post one by one. Receiving a message
 * copies its content on the main thread in one task; 100 000 opportunities in one message
 * made a task of seconds (the page froze). In parts of a few thousand, each copy is short and
 * the page paints between them.
 *
 * The head is the report with empty opportunity, score and lookup lists; each part carries a
 * slice of opportunities and their scores; `joinReport` puts them back and rebuilds the
 * lookups, giving a report equal to the one that was split.
 */

export interface ReportPart {
  opportunities: NormalisedOpportunity[]
  scores: OpportunityScore[]
}

export interface SplitReport {
  head: ValidationReport
  parts: ReportPart[]
}

/** Opportunities per part: each part's copy stays well under a 50 ms task on a slow laptop. */
export const DEFAULT_PART_SIZE = 2_000

export function splitReport(report: ValidationReport, partSize = DEFAULT_PART_SIZE): SplitReport {
  if (!('data' in report) || report.data.opportunities.length <= partSize)
    return { head: report, parts: [] }
  const { data } = report
  const parts: ReportPart[] = []
  for (let i = 0; i < data.opportunities.length; i += partSize) {
    parts.push({
      opportunities: data.opportunities.slice(i, i + partSize),
      scores: data.scores.slice(i, i + partSize),
    })
  }
  const shell: NormalisedExport = {
    ...data,
    opportunities: [],
    scores: [],
    opportunityById: new Map(),
    dependents: new Map(),
  }
  return { head: { ...report, data: shell }, parts }
}

/** The report `splitReport` cut, whole again. */
export function joinReport(head: ValidationReport, parts: readonly ReportPart[]): ValidationReport {
  if (!('data' in head) || parts.length === 0) return head
  const opportunities: NormalisedOpportunity[] = []
  const scores: OpportunityScore[] = []
  for (const part of parts) {
    for (const o of part.opportunities) opportunities.push(o)
    for (const s of part.scores) scores.push(s)
  }
  const opportunityById = new Map<string, NormalisedOpportunity>()
  for (const o of opportunities) opportunityById.set(o.id, o)
  const dependents = new Map<string, string[]>()
  for (const o of opportunities) {
    for (const dep of o.record.dependsOn ?? []) {
      if (!opportunityById.has(dep)) continue
      const list = dependents.get(dep)
      if (list) list.push(o.id)
      else dependents.set(dep, [o.id])
    }
  }
  return {
    ...head,
    data: { ...head.data, opportunities, scores, opportunityById, dependents },
  }
}
