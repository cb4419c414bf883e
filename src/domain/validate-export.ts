import { horizonRange, parsePeriod, periodOrDateRange, rangesOverlap } from './calendar.ts'
import { findCycles } from './dependency-cycles.ts'
import { SCHEMA_VERSION_PATTERN, SUPPORTED_MINOR, looseSchemas, strictSchemas } from './export-schema.ts'
import type { Frame, Opportunity } from './export-schema.ts'
import { readJsonBytes, readJsonText, type TextReadResult } from './json-text.ts'
import type { ContentLanguage } from './languages.ts'
import type { LocalizedText } from './localized-text.ts'
import { normaliseExport, type NormalisedExport } from './normalise-export.ts'
import type { JsonPath, OpportunityRef, Problem, ProblemCode, ProblemParams } from './problems.ts'
import { translationWarnings } from './translation-warnings.ts'
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
  return opportunity ? { severity, code, params, path, opportunity } : { severity, code, params, path }
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
      return unreadable('unreadable.notJson', { line: read.line, column: read.column, found: read.found })
  }
}

export function validateExportText(text: string, options: ValidateOptions = {}): ValidationReport {
  return fromRead(readJsonText(text), options)
}

export function validateExportBytes(bytes: Uint8Array, options: ValidateOptions = {}): ValidationReport {
  return fromRead(readJsonBytes(bytes, options.maxBytes), options)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
}

/**
 * Paths of `__proto__` keys anywhere in a value. JSON.parse makes them own properties; code
 * that later copies objects key by key could turn them into prototype pollution, so records
 * that carry one are refused before anything else touches them.
 */
function forbiddenKeyPaths(value: unknown, base: JsonPath): JsonPath[] {
  const found: JsonPath[] = []
  const stack: [unknown, JsonPath][] = [[value, base]]
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, JsonPath]
    if (typeof v !== 'object' || v === null) continue
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object' && v[i] !== null) stack.push([v[i], [...path, i]])
      continue
    }
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key]
      if (key === '__proto__') found.push([...path, key])
      else if (typeof child === 'object' && child !== null) stack.push([child, [...path, key]])
    }
  }
  return found
}

function titleOf(raw: unknown): LocalizedText | undefined {
  if (!isPlainObject(raw)) return undefined
  const t = raw.title
  if (typeof t === 'string') return t
  if (isPlainObject(t) && Object.values(t).every((x) => typeof x === 'string')) return t as LocalizedText
  return undefined
}

function idOf(raw: unknown): string | undefined {
  return isPlainObject(raw) && typeof raw.id === 'string' ? raw.id : undefined
}

function duplicates(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  for (const [id, n] of counts) if (n < 2) counts.delete(id)
  return counts
}

const SHARED_LISTS = ['themes', 'clusters', 'sources', 'actors', 'criteria'] as const

/** Shared-list rules zod cannot see: unique ids, both axes present, ranges in order. */
function frameRuleProblems(frame: Frame): Problem[] {
  const out: Problem[] = []
  for (const list of SHARED_LISTS) {
    const items = (frame[list] ?? []) as { id: string }[]
    const dup = duplicates(items.map((x) => x.id))
    items.forEach((item, i) => {
      if (dup.has(item.id)) out.push(problem('error', 'frame.duplicateId', [list, i, 'id'], { id: item.id, list }))
    })
  }
  for (const axis of ['impact', 'feasibility'] as const) {
    if (!frame.criteria.some((c) => c.axis === axis)) out.push(problem('error', 'frame.missingAxis', ['criteria'], { axis }))
  }
  frame.criteria.forEach((c, i) => {
    if (!(c.min < c.max)) out.push(problem('error', 'frame.minNotBelowMax', ['criteria', i], { id: c.id, min: c.min, max: c.max }))
  })
  const sp = frame.dataset.strategyPeriod
  if (sp.end < sp.start) {
    out.push(problem('error', 'frame.periodReversed', ['dataset', 'strategyPeriod'], { start: sp.start, end: sp.end }))
  }
  ;(frame.sources ?? []).forEach((s, i) => {
    if (s.endDate !== undefined && s.endDate < s.date) {
      out.push(problem('error', 'frame.endDateBeforeDate', ['sources', i, 'endDate'], { date: s.date, endDate: s.endDate }))
    }
  })
  return out
}

interface Candidate {
  index: number
  raw: unknown
  value: Opportunity
  ref: OpportunityRef
}

interface Lookups {
  themes: Set<string>
  clusters: Set<string>
  sources: Set<string>
  actors: Set<string>
  criteria: Map<string, { min: number; max: number }>
}

/** Rules of one opportunity against the frame: references, score ranges, periods in order. */
function opportunityRuleProblems(o: Opportunity, index: number, ref: OpportunityRef, lookups: Lookups): Problem[] {
  const out: Problem[] = []
  const base: JsonPath = ['opportunities', index]
  const err = (code: ProblemCode, path: JsonPath, params: ProblemParams) =>
    out.push(problem('error', code, [...base, ...path], params, ref))

  if (!lookups.themes.has(o.theme)) err('ref.unknownTheme', ['theme'], { id: o.theme })
  o.clusters?.forEach((id, i) => lookups.clusters.has(id) || err('ref.unknownCluster', ['clusters', i], { id }))
  o.sources?.forEach((id, i) => lookups.sources.has(id) || err('ref.unknownSource', ['sources', i], { id }))
  o.actors?.forEach((a, i) => lookups.actors.has(a.actor) || err('ref.unknownActor', ['actors', i, 'actor'], { id: a.actor }))
  if (o.scores) {
    for (const [criterionId, value] of Object.entries(o.scores)) {
      const c = lookups.criteria.get(criterionId)
      if (!c) err('ref.unknownCriterion', ['scores', criterionId], { id: criterionId })
      else if (value !== null && (value < c.min || value > c.max)) {
        err('score.outOfRange', ['scores', criterionId], { criterion: criterionId, value, min: c.min, max: c.max })
      }
    }
  }
  const ordered = (start: string, end: string, path: JsonPath) => {
    const s = parsePeriod(start)
    const e = parsePeriod(end)
    if (s && e && e.end < s.start) err('period.endBeforeStart', path, { start, end })
  }
  if (o.horizon) ordered(o.horizon.start, o.horizon.end, ['horizon'])
  o.phases?.forEach((p, i) => ordered(p.start, p.end, ['phases', i]))
  o.dependsOn?.forEach((id, i) => id === o.id && err('dependsOn.self', ['dependsOn', i], { id }))
  return out
}

function formatCycle(ids: readonly string[]): string {
  if (ids.length <= 8) return ids.join(' → ')
  return `${ids.slice(0, 4).join(' → ')} → … → ${ids.slice(-2).join(' → ')} (${ids.length - 1})`
}

export function validateExportValue(input: unknown, options: ValidateOptions = {}): ValidationReport {
  // 1. Is this format version 1 at all?
  if (!isPlainObject(input)) return unreadable('unreadable.notObject', { found: kindOf(input) })
  if (!('schemaVersion' in input)) return unreadable('unreadable.noVersion')
  const version = input.schemaVersion
  const vm = typeof version === 'string' ? SCHEMA_VERSION_PATTERN.exec(version) : null
  if (!vm) return unreadable('unreadable.badVersion', { version: String(JSON.stringify(version)).slice(0, 40) })
  if (Number(vm[1]) !== 1) return unreadable('unreadable.wrongMajor', { version: version as string })

  const warnings: Problem[] = []
  if (Number(vm[2]) > SUPPORTED_MINOR) {
    warnings.push(problem('warning', 'warning.newerMinor', ['schemaVersion'], { version: version as string, supported: `1.${SUPPORTED_MINOR}` }))
  }

  // 2. The frame: everything but the opportunities' contents.
  const rawOpportunities = input.opportunities
  const frameInput = Array.isArray(rawOpportunities) ? { ...input, opportunities: [] } : input
  const frameErrors: Problem[] = forbiddenKeyPaths(frameInput, []).map((path) =>
    problem('error', 'field.forbiddenKey', path, { field: '__proto__' }),
  )
  if (frameErrors.length > 0) return { outcome: 'brokenFrame', problems: frameErrors }
  const strictFrame = strictSchemas.Frame.safeParse(frameInput)
  let frame: Frame
  if (strictFrame.success) {
    frame = strictFrame.data
  } else {
    const mapped = mapZodIssues(strictFrame.error.issues, frameInput, [])
    if (mapped.errors.length > 0) return { outcome: 'brokenFrame', problems: mapped.errors as Problem[] }
    warnings.push(...(mapped.unknownFields as Problem[]))
    frame = looseSchemas.Frame.parse(frameInput)
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
      setAside.set(index, { index, ...(id !== undefined && { id }), ...(title !== undefined && { title }), raw, reasons })
    }
  }
  const candidates: Candidate[] = []
  const idCounts = duplicates(opportunitiesIn.map(idOf).filter((id): id is string => id !== undefined))

  for (let index = 0; index < opportunitiesIn.length; index++) {
    const raw = opportunitiesIn[index]
    const base: JsonPath = ['opportunities', index]
    const id = idOf(raw)
    const title = titleOf(raw)
    const ref: OpportunityRef = { index, ...(id !== undefined && { id }), ...(title !== undefined && { title }) }
    const withRef = (p: Omit<Problem, 'opportunity'>): Problem => ({ ...p, opportunity: ref })

    if (!isPlainObject(raw)) {
      setAsideFor(index, raw, [problem('error', 'opportunity.notObject', base, { found: kindOf(raw) }, ref)])
      continue
    }
    const forbidden = forbiddenKeyPaths(raw, base)
    if (forbidden.length > 0) {
      setAsideFor(index, raw, forbidden.map((path) => problem('error', 'field.forbiddenKey', path, { field: '__proto__' }, ref)))
      continue
    }
    let value: Opportunity
    const strict = strictSchemas.Opportunity.safeParse(raw)
    if (strict.success) value = strict.data
    else {
      const mapped = mapZodIssues(strict.error.issues, raw, base)
      if (mapped.errors.length > 0) {
        setAsideFor(index, raw, mapped.errors.map(withRef))
        continue
      }
      warnings.push(...mapped.unknownFields.map(withRef))
      value = looseSchemas.Opportunity.parse(raw)
    }
    const reasons = opportunityRuleProblems(value, index, ref, lookups)
    if (id !== undefined && idCounts.has(id)) {
      reasons.push(problem('error', 'opportunity.duplicateId', [...base, 'id'], { id, count: idCounts.get(id) ?? 2 }, ref))
    }
    if (reasons.length > 0) setAsideFor(index, raw, reasons)
    else candidates.push({ index, raw, value, ref })
  }

  // 4. Dependencies between opportunities: unknown ids and cycles.
  const presentIds = new Set(opportunitiesIn.map(idOf).filter((id): id is string => id !== undefined))
  let accepted: Candidate[] = []
  for (const c of candidates) {
    const unknown: Problem[] = []
    c.value.dependsOn?.forEach((dep, i) => {
      if (!presentIds.has(dep)) {
        unknown.push(problem('error', 'ref.unknownOpportunity', ['opportunities', c.index, 'dependsOn', i], { id: dep }, c.ref))
      }
    })
    if (unknown.length > 0) setAsideFor(c.index, c.raw, unknown)
    else accepted.push(c)
  }
  const position = new Map(accepted.map((c, i) => [c.value.id, i]))
  const edges = accepted.map((c) =>
    (c.value.dependsOn ?? []).map((dep) => position.get(dep)).filter((i): i is number => i !== undefined),
  )
  const cycles = findCycles(edges)
  if (cycles.size > 0) {
    accepted = accepted.filter((c, i) => {
      const cycle = cycles.get(i)
      if (!cycle) return true
      const ids = cycle.map((j) => accepted[j]?.value.id ?? '?')
      setAsideFor(c.index, c.raw, [
        problem('error', 'dependsOn.cycle', ['opportunities', c.index, 'dependsOn'], { cycle: formatCycle(ids) }, c.ref),
      ])
      return false
    })
  }

  // 5. Normalise what loads, and warn about what is loaded but incomplete.
  const acceptedIds = new Set(accepted.map((c) => c.value.id))
  for (const c of accepted) {
    c.value.dependsOn?.forEach((dep, i) => {
      if (!acceptedIds.has(dep)) {
        warnings.push(problem('warning', 'warning.dependencySetAside', ['opportunities', c.index, 'dependsOn', i], { id: dep }, c.ref))
      }
    })
  }
  const data = normaliseExport(
    frame,
    accepted.map((c) => ({ index: c.index, value: c.value })),
    acceptedIds,
  )
  warnings.push(...contentWarnings(data, accepted))
  if (options.language) warnings.push(...translationWarnings(frame, accepted, options.language))

  if (setAside.size > 0) {
    const records = [...setAside.values()].sort((a, b) => a.index - b.index)
    return { outcome: 'partial', problems: [...records.flatMap((r) => r.reasons), ...warnings], setAside: records, data }
  }
  return { outcome: 'loaded', problems: warnings, data }
}

/** Loaded, but worth knowing: unscored criteria, milestones outside the horizon, zero weights. */
function contentWarnings(data: NormalisedExport, accepted: readonly Candidate[]): Problem[] {
  const out: Problem[] = []
  for (const axis of ['impact', 'feasibility'] as const) {
    const onAxis = data.criteria.filter((c) => c.axis === axis)
    if (onAxis.every((c) => c.weight === 0)) out.push(problem('warning', 'warning.zeroWeights', ['criteria'], { axis }))
  }
  accepted.forEach((c) => {
    const o = c.value
    const base: JsonPath = ['opportunities', c.index]
    const unscored = data.criteria.filter((cr) => o.scores?.[cr.id] === undefined || o.scores[cr.id] === null)
    if (unscored.length === data.criteria.length) out.push(problem('warning', 'warning.noScores', [...base, 'scores'], {}, c.ref))
    else if (unscored.length > 0) {
      out.push(
        problem('warning', 'warning.unscored', [...base, 'scores'], { criteria: unscored.map((cr) => cr.id).join(', '), count: unscored.length }, c.ref),
      )
    }
    const h = o.horizon ? horizonRange(o.horizon.start, o.horizon.end) : null
    if (h) {
      o.milestones?.forEach((m, i) => {
        const r = periodOrDateRange(m.date)
        if (r && !rangesOverlap(r, h)) {
          out.push(
            problem('warning', 'warning.milestoneOutsideHorizon', [...base, 'milestones', i, 'date'], {
              date: m.date,
              start: o.horizon?.start ?? '',
              end: o.horizon?.end ?? '',
            }, c.ref),
          )
        }
      })
    }
  })
  return out
}
