import { parsePeriod, periodOrDateRange, rangesOverlap } from '../format/calendar.ts'
import { compileValidator } from './compiled-validator.ts'
import { findCycles } from './dependency-cycles.ts'
import { looseSchemas, strictSchemas } from '../format/export-schema.ts'
import { SCHEMA_VERSION_PATTERN, SUPPORTED_MINOR } from '../format/export-vocabulary.ts'
import type { Frame, Opportunity } from '../format/export-schema.ts'
import { readJsonBytes, readJsonText, type TextReadResult } from './json-text.ts'
import type { ContentLanguage } from '../format/languages.ts'
import type { LocalizedText } from '../format/localized-text.ts'
import {
  normaliseExport,
  normalisedScoreAt,
  type NormalisedExport,
  type NormalisedOpportunity,
} from '../dataset/normalise-export.ts'
import type {
  JsonPath,
  OpportunityRef,
  Problem,
  ProblemCode,
  ProblemParams,
} from '../format/problems.ts'
import { translationWarnings, type TranslatableAccess } from './translation-warnings.ts'
import { mapZodIssues } from './zod-problems.ts'

/**
 * The four outcomes of loading an export (spec: "Validation outcome"):
 * - unreadable: not JSON, empty, too large or not format version 1; nothing loads
 * - brokenFrame: the root or a shared list is invalid; nothing loads
 * - partial: some opportunities are set aside, the rest load
 * - loaded: everything loads, possibly with warnings
 *
 * The validator never throws and never recurses on input, so any JSON value or byte string
 * gets an outcome.
 */
export type ValidationReport =
  | { outcome: 'unreadable'; problems: Problem[] }
  | { outcome: 'brokenFrame'; problems: Problem[] }
  | { outcome: 'partial'; problems: Problem[]; setAside: SetAsideRecord[]; data: NormalisedExport }
  | { outcome: 'loaded'; problems: Problem[]; data: NormalisedExport }

export type ValidationOutcome = ValidationReport['outcome']

export interface SetAsideRecord {
  index: number
  id?: string
  title?: LocalizedText
  /** The record exactly as it came, for download. */
  raw: unknown
  reasons: Problem[]
}

export interface ValidateOptions {
  /** The UI language: texts missing in it are reported as warnings. */
  language?: ContentLanguage
  maxBytes?: number
}

function problem(
  severity: Problem['severity'],
  code: ProblemCode,
  path: JsonPath,
  params: ProblemParams = {},
  opportunity?: OpportunityRef,
): Problem {
  return opportunity
    ? { severity, code, params, path, opportunity }
    : { severity, code, params, path }
}

function unreadable(code: ProblemCode, params: ProblemParams = {}): ValidationReport {
  return { outcome: 'unreadable', problems: [problem('error', code, [], params)] }
}

function fromRead(read: TextReadResult, options: ValidateOptions): ValidationReport {
  if (read.ok) return validateExportValue(read.value, options)
  switch (read.reason) {
    case 'empty':
      return unreadable('unreadable.empty')
    case 'notUtf8':
      return unreadable('unreadable.notUtf8')
    case 'tooLarge':
      return unreadable('unreadable.tooLarge', {
        sizeMb: Math.ceil(read.bytes / 2 ** 20),
        limitMb: Math.floor((options.maxBytes ?? 64 * 2 ** 20) / 2 ** 20),
      })
    case 'notJson':
      return unreadable('unreadable.notJson', {
        line: read.line,
        column: read.column,
        found: read.found,
      })
  }
}

export function validateExportText(text: string, options: ValidateOptions = {}): ValidationReport {
  return fromRead(readJsonText(text), options)
}

export function validateExportBytes(
  bytes: Uint8Array,
  options: ValidateOptions = {},
): ValidationReport {
  return fromRead(readJsonBytes(bytes, options.maxBytes), options)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
}

/** A value as JSON for a message; JSON.stringify recurses, so very deep input gets its kind. */
function quoted(v: unknown): string {
  try {
    return String(JSON.stringify(v))
  } catch {
    return kindOf(v)
  }
}

/**
 * Paths of `__proto__` keys anywhere in a value. JSON.parse makes them own properties; code
 * that later copies objects key by key could turn them into prototype pollution, so records
 * that carry one are refused before anything else touches them.
 */
function forbiddenKeyPaths(value: unknown, base: JsonPath): JsonPath[] {
  // The common case (none) is a walk over values only; paths are built just for the rare hit.
  if (!hasForbiddenKey(value)) return []
  // Each step links to its parent rather than copying the path so far: copying made deeply
  // nested input (a 600 kB file nested 100 000 deep) quadratic, seconds to minutes of work.
  interface Step {
    key: string | number
    parent: Step | null
  }
  const pathOf = (step: Step | null, last: string): JsonPath => {
    const keys: (string | number)[] = [last]
    for (let s = step; s !== null; s = s.parent) keys.push(s.key)
    return [...base, ...keys.reverse()]
  }
  const found: JsonPath[] = []
  const stack: [unknown, Step | null][] = [[value, null]]
  while (stack.length > 0 && found.length < MAX_FORBIDDEN_KEYS_REPORTED) {
    const [v, step] = stack.pop() as [unknown, Step | null]
    if (typeof v !== 'object' || v === null) continue
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key]
      const at = Array.isArray(v) ? Number(key) : key
      if (key === '__proto__') found.push(pathOf(step, key))
      else if (typeof child === 'object' && child !== null)
        stack.push([child, { key: at, parent: step }])
    }
  }
  return found.slice(0, MAX_FORBIDDEN_KEYS_REPORTED)
}

/**
 * One record is refused whatever the count; naming the first few is enough to find them, and
 * a cap keeps a key repeated at every level of deep nesting from costing depth² path steps.
 */
const MAX_FORBIDDEN_KEYS_REPORTED = 20

function hasForbiddenKey(value: unknown): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const c: unknown = v[i]
        if (typeof c === 'object' && c !== null) stack.push(c)
      }
    } else if (typeof v === 'object' && v !== null) {
      if (Object.prototype.hasOwnProperty.call(v, '__proto__')) return true
      for (const key in v) {
        const c = (v as Record<string, unknown>)[key]
        if (typeof c === 'object' && c !== null) stack.push(c)
      }
    }
  }
  return false
}

function titleOf(raw: unknown): LocalizedText | undefined {
  if (!isPlainObject(raw)) return undefined
  const t = raw.title
  if (typeof t === 'string') return t
  if (isPlainObject(t)) {
    for (const k in t) if (typeof t[k] !== 'string') return undefined
    return t as LocalizedText
  }
  return undefined
}

function opportunityRef(index: number, id: string | undefined, raw: unknown): OpportunityRef {
  const title = titleOf(raw)
  if (id === undefined) return title === undefined ? { index } : { index, title }
  return title === undefined ? { index, id } : { index, id, title }
}

function idOf(raw: unknown): string | undefined {
  return isPlainObject(raw) && typeof raw.id === 'string' ? raw.id : undefined
}

function duplicates(ids: readonly string[]): Map<string, number> {
  const counts = idCounts(ids)
  for (const [id, n] of counts) if (n < 2) counts.delete(id)
  return counts
}

function idCounts(ids: readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of ids) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

const fastOpportunity = compileValidator(strictSchemas.Opportunity)

const SHARED_LISTS = ['themes', 'clusters', 'sources', 'actors', 'criteria'] as const

/** Shared-list rules zod cannot see: unique ids, both axes present, ranges in order. */
function frameRuleProblems(frame: Frame): Problem[] {
  const out: Problem[] = []
  for (const list of SHARED_LISTS) {
    const items = (frame[list] ?? []) as { id: string }[]
    const dup = duplicates(items.map((x) => x.id))
    items.forEach((item, i) => {
      if (dup.has(item.id))
        out.push(problem('error', 'frame.duplicateId', [list, i, 'id'], { id: item.id, list }))
    })
  }
  for (const axis of ['impact', 'feasibility'] as const) {
    if (!frame.criteria.some((c) => c.axis === axis))
      out.push(problem('error', 'frame.missingAxis', ['criteria'], { axis }))
  }
  frame.criteria.forEach((c, i) => {
    if (!(c.min < c.max))
      out.push(
        problem('error', 'frame.minNotBelowMax', ['criteria', i], {
          id: c.id,
          min: c.min,
          max: c.max,
        }),
      )
  })
  const sp = frame.dataset.strategyPeriod
  if (sp.end < sp.start) {
    out.push(
      problem('error', 'frame.periodReversed', ['dataset', 'strategyPeriod'], {
        start: sp.start,
        end: sp.end,
      }),
    )
  }
  ;(frame.sources ?? []).forEach((s, i) => {
    if (s.endDate !== undefined && s.endDate < s.date) {
      out.push(
        problem('error', 'frame.endDateBeforeDate', ['sources', i, 'endDate'], {
          date: s.date,
          endDate: s.endDate,
        }),
      )
    }
  })
  return out
}

interface Candidate {
  index: number
  raw: unknown
  value: Opportunity
  /** Made on first use: only records with a problem or a warning need one. */
  cachedRef: OpportunityRef | null
}

function refOf(c: Candidate): OpportunityRef {
  return (c.cachedRef ??= opportunityRef(c.index, c.value.id, c.raw))
}

const candidateAccess: TranslatableAccess<Candidate> = {
  index: (c) => c.index,
  value: (c) => c.value,
  ref: refOf,
}

function withRef(p: Omit<Problem, 'opportunity'>, ref: OpportunityRef): Problem {
  return { ...p, opportunity: ref }
}

interface Lookups {
  themes: Set<string>
  clusters: Set<string>
  sources: Set<string>
  actors: Set<string>
  criteria: Map<string, { min: number; max: number }>
}

/**
 * Rules of one opportunity against the frame: references, score ranges, periods in order.
 * Runs for every record, so it allocates nothing unless it finds a problem.
 */
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

function opportunityRuleProblems(
  c: Candidate,
  errors: RecordErrors,
  lookups: Lookups,
): Problem[] | null {
  const o = c.value
  errors.start(c)
  if (!lookups.themes.has(o.theme)) errors.add('ref.unknownTheme', ['theme'], { id: o.theme })
  const { clusters, sources, actors, scores, horizon, phases, dependsOn } = o
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
  if (scores) {
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

function endsBeforeStart(start: string, end: string): boolean {
  const s = parsePeriod(start)
  const e = parsePeriod(end)
  return s !== null && e !== null && e.end < s.start
}

function formatCycle(ids: readonly string[]): string {
  if (ids.length <= 8) return ids.join(' → ')
  return `${ids.slice(0, 4).join(' → ')} → … → ${ids.slice(-2).join(' → ')} (${ids.length - 1})`
}

export function validateExportValue(
  input: unknown,
  options: ValidateOptions = {},
): ValidationReport {
  // 1. Is this format version 1 at all?
  if (!isPlainObject(input)) return unreadable('unreadable.notObject', { found: kindOf(input) })
  if (!('schemaVersion' in input)) return unreadable('unreadable.noVersion')
  const version = input.schemaVersion
  const vm = typeof version === 'string' ? SCHEMA_VERSION_PATTERN.exec(version) : null
  if (!vm) return unreadable('unreadable.badVersion', { version: quoted(version).slice(0, 40) })
  if (Number(vm[1]) !== 1)
    return unreadable('unreadable.wrongMajor', { version: version as string })

  const warnings: Problem[] = []
  if (Number(vm[2]) > SUPPORTED_MINOR) {
    warnings.push(
      problem('warning', 'warning.newerMinor', ['schemaVersion'], {
        version: version as string,
        supported: `1.${SUPPORTED_MINOR}`,
      }),
    )
  }

  // 2. The frame: everything but the opportunities' contents.
  const rawOpportunities = input.opportunities
  const frameInput = Array.isArray(rawOpportunities) ? { ...input, opportunities: [] } : input
  const frameErrors: Problem[] = forbiddenKeyPaths(frameInput, []).map((path) =>
    problem('error', 'field.forbiddenKey', path, { field: '__proto__' }),
  )
  if (frameErrors.length > 0) return { outcome: 'brokenFrame', problems: frameErrors }
  // Without zod's compiled fast path: the frame is parsed once per load, in a worker that
  // starts cold, and generating and compiling that code cost more than it saved (some 10 ms).
  const strictFrame = strictSchemas.Frame.safeParse(frameInput, { jitless: true })
  let frame: Frame
  if (strictFrame.success) {
    frame = strictFrame.data
  } else {
    const mapped = mapZodIssues(strictFrame.error.issues, frameInput, [])
    if (mapped.errors.length > 0)
      return { outcome: 'brokenFrame', problems: mapped.errors as Problem[] }
    warnings.push(...(mapped.unknownFields as Problem[]))
    frame = looseSchemas.Frame.parse(frameInput, { jitless: true })
  }
  const ruleErrors = frameRuleProblems(frame)
  if (ruleErrors.length > 0) return { outcome: 'brokenFrame', problems: ruleErrors }

  const opportunitiesIn = rawOpportunities as unknown[]
  const lookups: Lookups = {
    themes: new Set(frame.themes.map((t) => t.id)),
    clusters: new Set((frame.clusters ?? []).map((c) => c.id)),
    sources: new Set((frame.sources ?? []).map((s) => s.id)),
    actors: new Set((frame.actors ?? []).map((a) => a.id)),
    criteria: new Map(frame.criteria.map((c) => [c.id, { min: c.min, max: c.max }])),
  }

  // 3. Each opportunity on its own.
  const setAside = new Map<number, SetAsideRecord>()
  const setAsideFor = (index: number, raw: unknown, reasons: Problem[]) => {
    const existing = setAside.get(index)
    if (existing) existing.reasons.push(...reasons)
    else {
      const id = idOf(raw)
      const title = titleOf(raw)
      setAside.set(index, {
        index,
        ...(id !== undefined && { id }),
        ...(title !== undefined && { title }),
        raw,
        reasons,
      })
    }
  }
  const candidates: Candidate[] = []
  const recordErrors = new RecordErrors()
  const count = opportunitiesIn.length
  // Every id in the file → the index of a record that has it (the last, for a repeated id:
  // repeats never load, so which one does not matter); dependsOn may name only ids that occur.
  // Ids that occur more than once, with their counts, are kept apart: there are few or none.
  const ids = opportunitiesIn.map(idOf)
  const recordOf = new Map<string, number>()
  const repeats = new Map<string, number>()
  for (let index = 0; index < count; index++) {
    const id = ids[index]
    if (id === undefined) continue
    if (recordOf.has(id)) repeats.set(id, (repeats.get(id) ?? 1) + 1)
    recordOf.set(id, index)
  }

  // This loop runs for every record, so what only problems need (paths, the reference to the
  // record) is made only when there is a problem.
  for (let index = 0; index < count; index++) {
    const raw = opportunitiesIn[index]
    const id = ids[index]
    if (!isPlainObject(raw)) {
      const ref = opportunityRef(index, id, raw)
      setAsideFor(index, raw, [
        problem(
          'error',
          'opportunity.notObject',
          ['opportunities', index],
          { found: kindOf(raw) },
          ref,
        ),
      ])
      continue
    }
    let value: Opportunity
    // Valid records (nearly all) pass the compiled check and are used as they are; zod runs
    // only where it will find something to report. The compiled check refuses a `__proto__`
    // key anywhere except as a score (where the criterion check below refuses it), so the
    // walk for such keys is only needed, before zod, on records it refused. The record itself
    // is the value: normalisation keeps its derived fields beside it, never in it, so a loaded
    // record stays exactly as it came too.
    if (fastOpportunity(raw)) value = raw as Opportunity
    else {
      const base: JsonPath = ['opportunities', index]
      const ref = opportunityRef(index, id, raw)
      const forbidden = forbiddenKeyPaths(raw, base)
      if (forbidden.length > 0) {
        setAsideFor(
          index,
          raw,
          forbidden.map((path) =>
            problem('error', 'field.forbiddenKey', path, { field: '__proto__' }, ref),
          ),
        )
        continue
      }
      const strict = strictSchemas.Opportunity.safeParse(raw)
      if (strict.success) value = strict.data
      else {
        const mapped = mapZodIssues(strict.error.issues, raw, base)
        if (mapped.errors.length > 0) {
          setAsideFor(
            index,
            raw,
            mapped.errors.map((p) => withRef(p, ref)),
          )
          continue
        }
        warnings.push(...mapped.unknownFields.map((p) => withRef(p, ref)))
        value = looseSchemas.Opportunity.parse(raw)
      }
    }
    const candidate: Candidate = { index, raw, value, cachedRef: null }
    let reasons = opportunityRuleProblems(candidate, recordErrors, lookups)
    const repeated = id === undefined ? undefined : repeats.get(id)
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
    if (reasons) setAsideFor(index, raw, reasons)
    else candidates.push(candidate)
  }

  // 4. Dependencies between opportunities: unknown ids and cycles.
  let accepted: Candidate[] = candidates
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate
    const deps = c.value.dependsOn
    let unknown: Problem[] | null = null
    if (deps)
      for (let i = 0; i < deps.length; i++) {
        const dep = deps[i] as string
        if (!recordOf.has(dep)) {
          ;(unknown ??= []).push(
            problem(
              'error',
              'ref.unknownOpportunity',
              ['opportunities', c.index, 'dependsOn', i],
              { id: dep },
              refOf(c),
            ),
          )
        }
      }
    if (unknown) {
      // The first record set aside here starts a separate list; until then it is `candidates`.
      if (accepted === candidates) accepted = candidates.slice(0, k)
      setAsideFor(c.index, c.raw, unknown)
    } else if (accepted !== candidates) accepted.push(c)
  }
  // Record index → position among the accepted, -1 for a record that does not load. Accepted
  // ids are unique (repeats are set aside), so `recordOf` leads from an id to its position.
  const positionOf = new Int32Array(count).fill(-1)
  for (let i = 0; i < accepted.length; i++) positionOf[(accepted[i] as Candidate).index] = i
  const none: number[] = []
  const edges: number[][] = []
  for (let k = 0; k < accepted.length; k++) {
    const deps = (accepted[k] as Candidate).value.dependsOn
    if (!deps || deps.length === 0) {
      edges.push(none)
      continue
    }
    const out: number[] = []
    for (const dep of deps) {
      const at = recordOf.get(dep)
      const i = at === undefined ? -1 : (positionOf[at] as number)
      if (i >= 0) out.push(i)
    }
    edges.push(out)
  }
  const cycles = findCycles(edges)
  if (cycles.size > 0) {
    accepted = accepted.filter((c, i) => {
      const cycle = cycles.get(i)
      if (!cycle) return true
      const ids = cycle.map((j) => accepted[j]?.value.id ?? '?')
      setAsideFor(c.index, c.raw, [
        problem(
          'error',
          'dependsOn.cycle',
          ['opportunities', c.index, 'dependsOn'],
          { cycle: formatCycle(ids) },
          refOf(c),
        ),
      ])
      return false
    })
    positionOf.fill(-1)
    for (let i = 0; i < accepted.length; i++) positionOf[(accepted[i] as Candidate).index] = i
  }

  // 5. Normalise what loads, and warn about what is loaded but incomplete.
  const acceptedIds = {
    has(id: string): boolean {
      const at = recordOf.get(id)
      return at !== undefined && (positionOf[at] as number) >= 0
    },
  }
  for (const c of accepted) {
    const deps = c.value.dependsOn
    if (deps)
      for (let i = 0; i < deps.length; i++) {
        const dep = deps[i] as string
        if (!acceptedIds.has(dep)) {
          warnings.push(
            problem(
              'warning',
              'warning.dependencySetAside',
              ['opportunities', c.index, 'dependsOn', i],
              { id: dep },
              refOf(c),
            ),
          )
        }
      }
  }
  const data = normaliseExport(frame, accepted, acceptedIds)
  warnings.push(...contentWarnings(data, accepted))
  if (options.language) {
    warnings.push(...translationWarnings(frame, accepted, candidateAccess, options.language))
  }

  if (setAside.size > 0) {
    const records = [...setAside.values()].sort((a, b) => a.index - b.index)
    return {
      outcome: 'partial',
      problems: [...records.flatMap((r) => r.reasons), ...warnings],
      setAside: records,
      data,
    }
  }
  return { outcome: 'loaded', problems: warnings, data }
}

/**
 * Loaded, but worth knowing: unscored criteria, milestones outside the horizon, zero weights.
 * Reads the normalised opportunities (aligned with `accepted`), whose scores and horizon are
 * already worked out.
 */
function contentWarnings(data: NormalisedExport, accepted: readonly Candidate[]): Problem[] {
  const out: Problem[] = []
  const criteria = data.criteria
  for (const axis of ['impact', 'feasibility'] as const) {
    const onAxis = criteria.filter((c) => c.axis === axis)
    if (onAxis.every((c) => c.weight === 0))
      out.push(problem('warning', 'warning.zeroWeights', ['criteria'], { axis }))
  }
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k] as Candidate
    const n = data.opportunities[k] as NormalisedOpportunity
    let unscored = 0
    for (let i = 0; i < criteria.length; i++) if (normalisedScoreAt(data, k, i) === null) unscored++
    if (unscored === criteria.length) {
      out.push(
        problem('warning', 'warning.noScores', ['opportunities', c.index, 'scores'], {}, refOf(c)),
      )
    } else if (unscored > 0) {
      const names = criteria
        .filter((_, i) => normalisedScoreAt(data, k, i) === null)
        .map((cr) => cr.id)
      out.push(
        problem(
          'warning',
          'warning.unscored',
          ['opportunities', c.index, 'scores'],
          { criteria: names.join(', '), count: unscored },
          refOf(c),
        ),
      )
    }
    const h = n.horizonRange
    const milestones = c.value.milestones
    if (h && milestones) {
      for (let i = 0; i < milestones.length; i++) {
        const m = milestones[i] as { date: string }
        const r = periodOrDateRange(m.date)
        if (r && !rangesOverlap(r, h)) {
          out.push(
            problem(
              'warning',
              'warning.milestoneOutsideHorizon',
              ['opportunities', c.index, 'milestones', i, 'date'],
              {
                date: m.date,
                start: c.value.horizon?.start ?? '',
                end: c.value.horizon?.end ?? '',
              },
              refOf(c),
            ),
          )
        }
      }
    }
  }
  return out
}
