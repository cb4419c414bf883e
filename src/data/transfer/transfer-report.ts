import type {
  NormalisedExport,
  NormalisedOpportunity,
} from '../../domain/dataset/normalise-export.ts'
import { addDependents } from '../../domain/dataset/reverse-dependencies.ts'
import type { SharedValues } from './shared-values.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'

/**
 * A validation report cut into messages a worker can post one by one. Receiving a message
 * copies its content on the main thread in one task; a large report in one message would
 * freeze the page for seconds. In parts, each copy is short and the page paints between them.
 *
 * Only the opportunities (objects, copied one by one) are cut. The head is the report with
 * empty opportunity and lookup lists, but with the whole typed arrays of normalised criterion
 * scores and scores: a typed array is copied as one block, quickly, so cutting it would only
 * add work, and the page gets them ready for use, with no joining. `joinReport` puts the opportunities back and rebuilds
 * the lookups, giving a report equal to the one that was split.
 */

export interface ReportPart {
  opportunities: NormalisedOpportunity[]
}

export interface SplitReport {
  head: ValidationReport
  parts: ReportPart[]
  /**
   * `pageHasRecords`: the export positions of the accepted opportunities, in order, in place
   * of parts. The page makes each opportunity from its own record (normalisedOpportunity).
   */
  accepted?: Int32Array
}

/**
 * Opportunities per part: small enough that copying one part (one task on the page) stays
 * well under the long-task budget on a busy two-core machine.
 */
export const DEFAULT_PART_SIZE = 1_000

/**
 * `pageHasRecords`: no parts, but the accepted opportunities' export positions, for a page
 * that has the same records, parsed from the same bytes (page-records.ts). Everything else
 * in a part derives from the record, so copying the parts would be work for nothing; the
 * positions are one block.
 */
export function splitReport(
  report: ValidationReport,
  partSize = DEFAULT_PART_SIZE,
  { pageHasRecords = false } = {},
): SplitReport {
  if (!('data' in report)) return { head: report, parts: [] }
  const { data } = report
  if (pageHasRecords) {
    const accepted = new Int32Array(data.opportunities.length)
    data.opportunities.forEach((o, i) => (accepted[i] = o.index))
    return { head: headOf(report), parts: [], accepted }
  }
  if (data.opportunities.length <= partSize) return { head: report, parts: [] }
  const parts: ReportPart[] = []
  for (let i = 0; i < data.opportunities.length; i += partSize)
    parts.push({ opportunities: data.opportunities.slice(i, i + partSize) })
  return { head: headOf(report), parts }
}

/** The report without its opportunities and their lookups (which the joiner rebuilds). */
function headOf(report: Extract<ValidationReport, { data: NormalisedExport }>): ValidationReport {
  const shell: NormalisedExport = {
    ...report.data,
    opportunities: [],
    dependents: new Map(),
  }
  return { ...report, data: shell }
}

/**
 * Puts a split report back together as its parts arrive, one part at a time, so that no step
 * on the page walks all of a large report: the lookups grow with each part, and `finish` only
 * drops the dependents of ids that did not load (a few, at most).
 */
export class ReportJoiner {
  private readonly head: ValidationReport
  private readonly opportunities: NormalisedOpportunity[] = []
  /** The ids joined so far, to leave out the dependents of ids that did not load. */
  private readonly ids = new Set<string>()
  /** id → dependents, for every id named in `dependsOn`, loaded or not (yet). */
  private readonly dependents = new Map<string, string[]>()

  /**
   * The problems' codes and paths, copied out of the worker, and the opportunities' horizon
   * ranges (one new object each) repeat. With `values` (the page's records' own:
   * page-records.ts), they are kept once each, as the records' values are. Its code is not
   * loaded for small exports.
   */
  private readonly values: SharedValues | null

  constructor(head: ValidationReport, values?: SharedValues | null) {
    this.head = head
    this.values = values ?? null
    if (this.values) for (const problem of head.problems) this.values.shareProblemParts(problem)
  }

  add(part: ReportPart): void {
    for (const opportunity of part.opportunities) {
      if (this.values) opportunity.horizonRange = this.values.entry(opportunity.horizonRange)
      this.opportunities.push(opportunity)
      this.ids.add(opportunity.id)
      // Ids that do not load are dropped in `finish`, when all are known.
      addDependents(this.dependents, opportunity.id, opportunity.record.dependsOn)
    }
  }

  /** The whole report: equal to the one that was split. */
  finish(): ValidationReport {
    const { head, opportunities, ids, dependents } = this
    if (!('data' in head)) return head
    // An opportunity may depend on one that was set aside; only loaded ones have dependents.
    for (const id of dependents.keys()) if (!ids.has(id)) dependents.delete(id)
    // Whoever still holds the joiner need not hold 100 000 ids too.
    ids.clear()
    return { ...head, data: { ...head.data, opportunities, dependents } }
  }
}

/** The report `splitReport` cut, whole again. */
export function joinReport(head: ValidationReport, parts: readonly ReportPart[]): ValidationReport {
  if (!('data' in head) || parts.length === 0) return head
  const joiner = new ReportJoiner(head)
  for (const part of parts) joiner.add(part)
  return joiner.finish()
}
