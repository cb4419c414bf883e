import type { NormalisedExport, NormalisedOpportunity } from './normalise-export.ts'
import type { SharedValues } from './shared-values.ts'
import type { ValidationReport } from './validate-export.ts'

/**
 * A validation report cut into messages a worker can post one by one. Receiving a message
 * copies its content on the main thread in one task; 100 000 opportunities in one message
 * made a task of seconds (the page froze). In parts of a few thousand, each copy is short and
 * the page paints between them.
 *
 * Only the opportunities (objects, copied one by one) are cut. The head is the report with
 * empty opportunity and lookup lists, but with the whole typed arrays of normalised criterion
 * scores and scores: a typed array is copied as one block (some 9 MB at 100 000
 * opportunities, a few milliseconds), so cutting it would only add work, and the page gets
 * them ready for use, with no joining. `joinReport` puts the opportunities back and rebuilds
 * the lookups, giving a report equal to the one that was split.
 */

/**
 * An opportunity as a part carries it: without its record when the page has parsed the
 * records itself (`withoutRecords`), which leaves little to copy but the derived fields.
 */
export type PartOpportunity = Omit<NormalisedOpportunity, 'record'> & {
  record?: NormalisedOpportunity['record']
}

export interface ReportPart {
  opportunities: PartOpportunity[]
}

export interface SplitReport {
  head: ValidationReport
  parts: ReportPart[]
}

/**
 * Opportunities per part. Copying 2 000 took 60 to 100 ms on the page on a busy two-core
 * machine; 1 000 keeps each copy (one task) well under the 200 ms budget for a long task.
 */
export const DEFAULT_PART_SIZE = 1_000

function withoutRecord(o: NormalisedOpportunity): PartOpportunity {
  const { record: _, ...rest } = o
  return rest
}

/**
 * `withoutRecords`: the parts leave the records out, for a page that has the same records,
 * parsed from the same bytes (page-records.ts); `ReportJoiner.finish` takes them then.
 */
export function splitReport(
  report: ValidationReport,
  partSize = DEFAULT_PART_SIZE,
  { withoutRecords = false } = {},
): SplitReport {
  // Without records, always in parts: a head must never carry them then, whatever the size
  // (ReportJoiner takes the opportunities from the parts only).
  if (!('data' in report) || (!withoutRecords && report.data.opportunities.length <= partSize))
    return { head: report, parts: [] }
  const { data } = report
  const parts: ReportPart[] = []
  for (let i = 0; i < data.opportunities.length; i += partSize) {
    const slice = data.opportunities.slice(i, i + partSize)
    parts.push({ opportunities: withoutRecords ? slice.map(withoutRecord) : slice })
  }
  const shell: NormalisedExport = {
    ...data,
    opportunities: [],
    opportunityById: new Map(),
    dependents: new Map(),
  }
  return { head: { ...report, data: shell }, parts }
}

/**
 * Puts a split report back together as its parts arrive, one part at a time, so that no step
 * on the page walks all of a large report: the lookups grow with each part, and `finish` only
 * drops the dependents of ids that did not load (a few, at most).
 */
export class ReportJoiner {
  private readonly head: ValidationReport
  private readonly opportunities: NormalisedOpportunity[] = []
  private readonly opportunityById = new Map<string, NormalisedOpportunity>()
  /** id → dependents, for every id named in `dependsOn`, loaded or not (yet). */
  private readonly dependents = new Map<string, string[]>()

  /**
   * The copies a message makes repeat the same short strings (lead actors, horizon days, the
   * problems' codes and paths). With `values` (the page's records' own: page-records.ts), they
   * are kept once each, as the records' are. Its code is not loaded for small exports.
   */
  private readonly values: SharedValues | null

  constructor(head: ValidationReport, values?: SharedValues | null) {
    this.head = head
    this.values = values ?? null
    if (this.values) for (const problem of head.problems) this.values.shareProblemParts(problem)
  }

  /** Opportunities that came without their record: they get it, and their dependents, at finish. */
  private readonly recordless: PartOpportunity[] = []

  /** The export's own records, by export position, once the page has them (useRecords). */
  private records: readonly unknown[] | null = null

  add(part: ReportPart): void {
    for (const o of part.opportunities) {
      // The same object gets its record here or at finish, when it came without.
      const opportunity = o as NormalisedOpportunity
      if (this.values) {
        o.leadActor = this.values.string(o.leadActor)
        o.horizonRange = this.values.entry(o.horizonRange)
      }
      this.opportunities.push(opportunity)
      this.opportunityById.set(o.id, opportunity)
      if (!o.record && this.records) this.takeRecord(o, this.records)
      if (o.record) this.addDependents(o.id, o.record.dependsOn)
      else this.recordless.push(o)
    }
  }

  /**
   * The export's own records (parts split `withoutRecords` need them): from now on each part
   * takes its records as it arrives, so `finish` has nothing left to walk.
   */
  useRecords(records: readonly unknown[]): void {
    this.records = records
    for (const o of this.recordless.splice(0)) {
      this.takeRecord(o, records)
      this.addDependents(o.id, o.record?.dependsOn)
    }
  }

  private takeRecord(o: PartOpportunity, records: readonly unknown[]): void {
    const record = records[o.index] as NormalisedOpportunity['record'] | undefined
    if (record?.id !== o.id) throw new Error(`No record for opportunity ${o.id} to join.`)
    o.record = record
    // The record's own string: the id that came with the part is a second copy of it.
    o.id = record.id
  }

  private addDependents(id: string, dependsOn: readonly string[] | undefined): void {
    for (const dep of dependsOn ?? []) {
      const list = this.dependents.get(dep)
      if (list) list.push(id)
      else this.dependents.set(dep, [id])
    }
  }

  /**
   * The whole report: equal to the one that was split. `records` is the export's own list of
   * opportunities (by position in the export), for parts split `withoutRecords`.
   */
  finish(records?: readonly unknown[]): ValidationReport {
    const { head, opportunities, opportunityById, dependents } = this
    if (!('data' in head)) return head
    if (this.recordless.length > 0) {
      if (!records) throw new Error('Opportunities came without records, and none were given.')
      this.useRecords(records)
    }
    // An opportunity may depend on one that was set aside; only loaded ones have dependents.
    for (const id of dependents.keys()) if (!opportunityById.has(id)) dependents.delete(id)
    return { ...head, data: { ...head.data, opportunities, opportunityById, dependents } }
  }
}

/** The report `splitReport` cut, whole again. */
export function joinReport(head: ValidationReport, parts: readonly ReportPart[]): ValidationReport {
  if (!('data' in head) || parts.length === 0) return head
  const joiner = new ReportJoiner(head)
  for (const part of parts) joiner.add(part)
  return joiner.finish()
}
