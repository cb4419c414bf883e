import { parsePeriod } from '../format/calendar.ts'
import { looseSchemas, strictSchemas, type Opportunity } from '../format/export-schema.ts'
import type {
  JsonPath,
  OpportunityRef,
  Problem,
  ProblemCode,
  ProblemParams,
} from '../format/problems.ts'
import type { FrameLookups } from './check-frame.ts'
import { compileValidator } from './compiled-validator.ts'
import { forbiddenKeyPaths } from './forbidden-keys.ts'
import type { ProblemSink } from './problem-sink.ts'
import { findBoundsBreach } from './value-bounds.ts'
import {
  breachProblem,
  idOf,
  isPlainObject,
  kindOf,
  opportunityRef,
  problem,
  titleOf,
  withRef,
} from './report-parts.ts'
import { MAX_DEPTH, MAX_ENTRIES, MAX_PROBLEMS_LISTED, MAX_SET_ASIDE_LISTED } from './limits.ts'
import type { SetAsideRecord } from './validation-report.ts'
import { mapZodIssues } from './zod-problems.ts'

/** A record that passed its own checks, waiting for the checks across records. */
export interface Candidate {
  index: number
  raw: unknown
  value: Opportunity
  /** Made on first use: only records with a problem or a warning need one. */
  cachedRef: OpportunityRef | null
}

export function refOf(c: Candidate): OpportunityRef {
  return (c.cachedRef ??= opportunityRef(c.index, c.value.id, c.raw))
}

/**
 * The records set aside so far, by index; a record's reasons gather as the steps find them.
 * Bounded whatever the file holds (limits.ts): the first MAX_SET_ASIDE_LISTED records are
 * kept with their raw data, and their reasons as long as MAX_PROBLEMS_LISTED allows (each
 * keeps its first); the others are only counted.
 */
export class SetAside {
  private readonly records = new Map<number, SetAsideRecord>()
  private readonly marked: Uint8Array
  private total = 0
  private reasonsKept = 0
  /** Reasons counted but not kept. */
  reasonsOmitted = 0

  /** `size`: how many records the export has. */
  constructor(size: number) {
    this.marked = new Uint8Array(size)
  }

  add(index: number, raw: unknown, reasons: readonly Problem[]): void {
    const existing = this.records.get(index)
    if (existing) {
      for (const r of reasons) this.keep(existing.reasons, r)
      return
    }
    if (this.marked[index] === 1) {
      this.reasonsOmitted += reasons.length
      return
    }
    this.marked[index] = 1
    this.total++
    if (this.records.size >= MAX_SET_ASIDE_LISTED) {
      this.reasonsOmitted += reasons.length
      return
    }
    const kept: Problem[] = []
    reasons.forEach((r, i) => (i === 0 ? this.keepFirst(kept, r) : this.keep(kept, r)))
    const id = idOf(raw)
    const title = titleOf(raw)
    this.records.set(index, {
      index,
      ...(id !== undefined && { id }),
      ...(title !== undefined && { title }),
      raw,
      reasons: kept,
    })
  }

  /** Whether `add` would list the record at `index` (else it only counts it and its reasons). */
  wouldList(index: number): boolean {
    return (
      this.records.has(index) ||
      (this.marked[index] !== 1 && this.records.size < MAX_SET_ASIDE_LISTED)
    )
  }

  /**
   * What `add` does for a record it would not list, without the reasons being made: a file of
   * millions of broken records then costs a count each, not a problem object each.
   */
  countUnlisted(index: number, reasons: number): void {
    this.reasonsOmitted += reasons
    if (this.marked[index] === 1) return
    this.marked[index] = 1
    this.total++
  }

  private keepFirst(into: Problem[], reason: Problem): void {
    into.push(reason)
    this.reasonsKept++
  }

  private keep(into: Problem[], reason: Problem): void {
    if (this.reasonsKept < MAX_PROBLEMS_LISTED) this.keepFirst(into, reason)
    else this.reasonsOmitted++
  }

  /** Records set aside in all, listed or not. */
  get size(): number {
    return this.total
  }

  /** Records set aside but not listed. */
  get omitted(): number {
    return this.total - this.records.size
  }

  /** The listed records, in export order. */
  list(): SetAsideRecord[] {
    return [...this.records.values()].sort((a, b) => a.index - b.index)
  }
}

/** Where each id of the export stands, whatever the record's fate. */
export interface IdIndex {
  /** Each record's id, where it has a string one. */
  ids: (string | undefined)[]
  /** Every id in the file → the index of a record that has it (the last, for a repeat). */
  recordOf: Map<string, number>
  /** Ids that occur more than once → how often. There are few or none. */
  repeats: Map<string, number>
}

export function indexIds(records: readonly unknown[]): IdIndex {
  const ids = records.map(idOf)
  const recordOf = new Map<string, number>()
  const repeats = new Map<string, number>()
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]
    if (id === undefined) continue
    if (recordOf.has(id)) repeats.set(id, (repeats.get(id) ?? 1) + 1)
    recordOf.set(id, index)
  }
  return { ids, recordOf, repeats }
}

const fastOpportunity = compileValidator(strictSchemas.Opportunity)

/**
 * Step 3: each opportunity on its own, against the schema and the frame. Returns the records
 * that pass; the others go to `setAside`, and unknown fields to `warnings`. The loop runs for
 * every record, so what only problems need (paths, the reference to the record) is made only
 * when there is a problem.
 */
export function checkRecords(
  records: readonly unknown[],
  ids: IdIndex,
  lookups: FrameLookups,
  setAside: SetAside,
  warnings: ProblemSink,
  duplicateKeys: ReadonlyMap<number, JsonPath[]>,
): Candidate[] {
  const candidates: Candidate[] = []
  const errors = new RecordErrors()
  for (let index = 0; index < records.length; index++) {
    const raw = records[index]
    const repeatedKeys = duplicateKeys.get(index)
    if (repeatedKeys) {
      const ref = opportunityRef(index, ids.ids[index], raw)
      setAside.add(
        index,
        raw,
        repeatedKeys.map((path) =>
          problem('error', 'field.duplicateKey', path, { field: String(path.at(-1)) }, ref),
        ),
      )
      continue
    }
    const value = schemaChecked(raw, index, ids.ids[index], setAside, warnings)
    if (value === null) continue
    const candidate: Candidate = { index, raw, value, cachedRef: null }
    let reasons = ruleProblems(candidate, errors, lookups)
    const id = ids.ids[index]
    const repeated = id === undefined ? undefined : ids.repeats.get(id)
    if (repeated !== undefined) {
      ;(reasons ??= []).push(
        problem(
          'error',
          'opportunity.duplicateId',
          ['opportunities', index, 'id'],
          { id: id as string, count: repeated },
          refOf(candidate),
        ),
      )
    }
    if (reasons) setAside.add(index, raw, reasons)
    else candidates.push(candidate)
  }
  return candidates
}

/**
 * The record as the schema reads it, or null when it is set aside. Valid records (nearly all)
 * pass the compiled check and are used as they are; zod runs only where it will find
 * something to report. The compiled check refuses a `__proto__` key anywhere except as a
 * score (where the criterion check refuses it), so the walk for such keys is needed only on
 * records it refused. The record itself is the value: normalisation keeps its derived fields
 * beside it, never in it, so a loaded record stays exactly as it came.
 */
function schemaChecked(
  raw: unknown,
  index: number,
  id: string | undefined,
  setAside: SetAside,
  warnings: ProblemSink,
): Opportunity | null {
  if (!isPlainObject(raw)) {
    if (!setAside.wouldList(index)) {
      setAside.countUnlisted(index, 1)
      return null
    }
    const ref = opportunityRef(index, id, raw)
    setAside.add(index, raw, [
      problem(
        'error',
        'opportunity.notObject',
        ['opportunities', index],
        { found: kindOf(raw) },
        ref,
      ),
    ])
    return null
  }
  if (fastOpportunity(raw)) return raw as Opportunity
  const base: JsonPath = ['opportunities', index]
  const ref = opportunityRef(index, id, raw)
  const forbidden = forbiddenKeyPaths(raw, base)
  if (forbidden.length > 0) {
    setAside.add(
      index,
      raw,
      forbidden.map((path) =>
        problem('error', 'field.forbiddenKey', path, { field: '__proto__' }, ref),
      ),
    )
    return null
  }
  // Explaining each entry of a huge list could exhaust zod's stack: such a record gets that
  // one reason instead.
  const breach = findBoundsBreach(raw, base, MAX_DEPTH - 2, MAX_ENTRIES)
  if (breach) {
    setAside.add(index, raw, [breachProblem(breach, ref)])
    return null
  }
  const strict = strictSchemas.Opportunity.safeParse(raw)
  if (strict.success) return strict.data
  const mapped = mapZodIssues(strict.error.issues, raw, base)
  if (mapped.errors.length > 0) {
    setAside.add(
      index,
      raw,
      mapped.errors.map((p) => withRef(p, ref)),
    )
    return null
  }
  for (const p of mapped.unknownFields) warnings.add(withRef(p, ref))
  return looseSchemas.Opportunity.parse(raw)
}

/** Collects one record's errors; one instance serves every record, so a clean one costs nothing. */
class RecordErrors {
  private out: Problem[] | null = null
  private candidate: Candidate | null = null

  start(candidate: Candidate): void {
    this.out = null
    this.candidate = candidate
  }

  add(code: ProblemCode, path: JsonPath, params: ProblemParams): void {
    const c = this.candidate as Candidate
    ;(this.out ??= []).push(
      problem('error', code, ['opportunities', c.index, ...path], params, refOf(c)),
    )
  }

  take(): Problem[] | null {
    const out = this.out
    this.out = null
    this.candidate = null
    return out
  }
}

/**
 * Rules of one opportunity against the frame: references, score ranges, periods in order.
 * Runs for every record, so it allocates nothing unless it finds a problem.
 */
function ruleProblems(c: Candidate, errors: RecordErrors, lookups: FrameLookups): Problem[] | null {
  const o = c.value
  errors.start(c)
  if (!lookups.themes.has(o.theme)) errors.add('ref.unknownTheme', ['theme'], { id: o.theme })
  const { clusters, sources, actors, horizon, phases, dependsOn } = o
  if (clusters)
    for (let i = 0; i < clusters.length; i++) {
      const id = clusters[i] as string
      if (!lookups.clusters.has(id)) errors.add('ref.unknownCluster', ['clusters', i], { id })
    }
  if (sources)
    for (let i = 0; i < sources.length; i++) {
      const id = sources[i] as string
      if (!lookups.sources.has(id)) errors.add('ref.unknownSource', ['sources', i], { id })
    }
  if (actors)
    for (let i = 0; i < actors.length; i++) {
      const id = (actors[i] as { actor: string }).actor
      if (!lookups.actors.has(id)) errors.add('ref.unknownActor', ['actors', i, 'actor'], { id })
    }
  scoreProblems(o.scores, errors, lookups)
  if (horizon && endsBeforeStart(horizon.start, horizon.end)) {
    errors.add('period.endBeforeStart', ['horizon'], { start: horizon.start, end: horizon.end })
  }
  if (phases)
    for (let i = 0; i < phases.length; i++) {
      const p = phases[i] as { start: string; end: string }
      if (endsBeforeStart(p.start, p.end))
        errors.add('period.endBeforeStart', ['phases', i], { start: p.start, end: p.end })
    }
  if (dependsOn)
    for (let i = 0; i < dependsOn.length; i++) {
      if (dependsOn[i] === o.id) errors.add('dependsOn.self', ['dependsOn', i], { id: o.id })
    }
  return errors.take()
}

function scoreProblems(
  scores: Opportunity['scores'],
  errors: RecordErrors,
  lookups: FrameLookups,
): void {
  if (!scores) return
  for (const criterionId in scores) {
    const value = scores[criterionId]
    const c = lookups.criteria.get(criterionId)
    if (criterionId === '__proto__')
      errors.add('field.forbiddenKey', ['scores', criterionId], { field: criterionId })
    else if (!c) errors.add('ref.unknownCriterion', ['scores', criterionId], { id: criterionId })
    else if (value !== null && value !== undefined && (value < c.min || value > c.max)) {
      errors.add('score.outOfRange', ['scores', criterionId], {
        criterion: criterionId,
        value,
        min: c.min,
        max: c.max,
      })
    }
  }
}

function endsBeforeStart(start: string, end: string): boolean {
  const s = parsePeriod(start)
  const e = parsePeriod(end)
  return s !== null && e !== null && e.end < s.start
}
