import type { JsonPath, OpportunityRef, Problem } from '../format/problems.ts'
import { findHtmlTag } from '../format/text-safety.ts'
import { forbiddenKeyPaths } from '../validate/forbidden-keys.ts'
import { readJsonBytes, readJsonText, type TextReadResult } from '../validate/json-text.ts'
import {
  MAX_DEPTH,
  MAX_ENTRIES,
  MAX_PROBLEMS_LISTED,
  MAX_SET_ASIDE_LISTED,
} from '../validate/limits.ts'
import {
  breachProblem,
  isPlainObject,
  kindOf,
  opportunityRef,
  problem,
  quoted,
  withRef,
} from '../validate/report-parts.ts'
import type { SetAsideRecord } from '../validate/validation-report.ts'
import { findBoundsBreach } from '../validate/value-bounds.ts'
import { mapZodIssues } from '../validate/zod-problems.ts'
import {
  RECORD_FORMAT,
  RECORD_VERSION,
  strictRecordSchemas,
  strippedRecordSchemas,
  type DecisionEntry,
  type SessionDetails,
} from './decision-record-schema.ts'
import type { DecisionRecordReport } from './decision-record-report.ts'
import type { Session } from './session.ts'

/**
 * A decision record (docs/decisions-format-v1.md) → its report (decision-record-report.ts),
 * with the export validator's protections: a size limit before reading, nesting and entry
 * bounds, repeated keys and `__proto__` keys found and refused where they are. Like the export
 * validator it never throws, so any bytes get an outcome, and nothing in a record is executed
 * or interpreted: texts stay plain strings.
 */

/** A record holds a few hundred decisions at most; far larger files are refused unread. */
export const MAX_RECORD_BYTES = 16 * 2 ** 20

export function validateRecordBytes(
  bytes: Uint8Array,
  maxBytes = MAX_RECORD_BYTES,
): DecisionRecordReport {
  return validateRecordRead(readJsonBytes(bytes, maxBytes, 'decisions'), maxBytes)
}

export function validateRecordText(text: string): DecisionRecordReport {
  return validateRecordRead(readJsonText(text, 'decisions'), MAX_RECORD_BYTES)
}

function unreadable(
  code: Problem['code'],
  params: Problem['params'] = {},
  path: JsonPath = [],
): DecisionRecordReport {
  return { outcome: 'unreadable', problems: [problem('error', code, path, params)] }
}

/** A file already read (json-text.ts), or its size when it was refused before reading. */
export function validateRecordRead(
  read: TextReadResult,
  maxBytes = MAX_RECORD_BYTES,
): DecisionRecordReport {
  if (read.ok) return validateParsed(read.value, read.duplicateKeys)
  switch (read.reason) {
    case 'empty':
      return unreadable('unreadable.empty')
    case 'notUtf8':
      return unreadable('unreadable.notUtf8')
    case 'tooLarge':
      return unreadable('unreadable.tooLarge', {
        sizeMb: Math.ceil(read.bytes / 2 ** 20),
        limitMb: Math.floor(maxBytes / 2 ** 20),
      })
    case 'tooDeep':
      return unreadable('unreadable.tooDeep', { limit: MAX_DEPTH }, read.path)
    case 'notJson':
      return unreadable('unreadable.notJson', {
        line: read.line,
        column: read.column,
        found: read.found,
      })
  }
}

/** Where a repeated key or a `__proto__` key is: in decision `index`, or (-1) in the frame. */
function decisionIndexOf(path: JsonPath): number {
  const index = path[1]
  return path[0] === 'decisions' && typeof index === 'number' && path.length > 2 ? index : -1
}

function frameProblems(root: Record<string, unknown>, duplicateKeys: JsonPath[]): Problem[] {
  const out: Problem[] = []
  for (const path of duplicateKeys)
    if (decisionIndexOf(path) < 0)
      out.push(problem('error', 'field.duplicateKey', path, { field: String(path.at(-1) ?? '') }))
  const { decisions, ...frame } = root
  for (const path of forbiddenKeyPaths(frame, []))
    out.push(problem('error', 'field.forbiddenKey', path, { field: '__proto__' }))
  if (out.length > 0) return out
  const breach = findBoundsBreach(frame, [], MAX_DEPTH, MAX_ENTRIES)
  if (breach) return [breachProblem(breach)]
  if (Array.isArray(decisions) && decisions.length > MAX_ENTRIES)
    return [
      problem('error', 'field.tooManyEntries', ['decisions'], {
        field: 'decisions',
        count: decisions.length,
        max: MAX_ENTRIES,
      }),
    ]
  return []
}

function validateParsed(input: unknown, duplicateKeys: JsonPath[]): DecisionRecordReport {
  if (!isPlainObject(input)) return unreadable('unreadable.notObject', { found: kindOf(input) })
  if (input.format !== RECORD_FORMAT)
    return unreadable('decisions.notRecord', { found: quoted(input.format) }, ['format'])
  if (input.version !== RECORD_VERSION)
    return unreadable('decisions.wrongVersion', { version: quoted(input.version) }, ['version'])

  const broken = frameProblems(input, duplicateKeys)
  if (broken.length > 0)
    return { outcome: 'brokenFrame', problems: broken.slice(0, MAX_PROBLEMS_LISTED) }
  const framed = strictRecordSchemas.Frame.safeParse(input)
  const frameIssues = framed.success ? null : mapZodIssues(framed.error.issues, input, [])
  if (frameIssues && frameIssues.errors.length > 0)
    return { outcome: 'brokenFrame', problems: frameIssues.errors.slice(0, MAX_PROBLEMS_LISTED) }
  const warnings: Problem[] = [...(frameIssues?.unknownFields ?? [])]
  const frame = strippedRecordSchemas.Frame.parse(input)
  const { decisions: _raw, ...details } = frame
  sessionTextWarnings(details.session, warnings)

  const checked = checkDecisions(input.decisions as unknown[], duplicateKeys, warnings)
  return finished(checked, warnings, { ...details.session, decisions: checked.accepted })
}

interface Checked {
  accepted: DecisionEntry[]
  setAside: SetAsideRecord[]
}

function refFor(index: number, raw: unknown): OpportunityRef {
  const id =
    isPlainObject(raw) && typeof raw.opportunityId === 'string' ? raw.opportunityId : undefined
  return opportunityRef(index, id, raw)
}

/** Each decision on its own: set aside with its reasons, or accepted (unknown fields dropped). */
function checkDecisions(raws: unknown[], duplicateKeys: JsonPath[], warnings: Problem[]): Checked {
  const out: Checked = { accepted: [], setAside: [] }
  const repeated = new Map<number, JsonPath[]>()
  for (const path of duplicateKeys) {
    const index = decisionIndexOf(path)
    if (index >= 0) repeated.set(index, [...(repeated.get(index) ?? []), path])
  }
  const seen = new Set<string>()
  raws.forEach((raw, index) => {
    const ref = refFor(index, raw)
    const at: JsonPath = ['decisions', index]
    const reasons = decisionReasons(raw, at, repeated.get(index) ?? [], ref)
    if (reasons.length === 0) {
      const parsed = strictRecordSchemas.DecisionEntry.safeParse(raw)
      if (!parsed.success) {
        const mapped = mapZodIssues(parsed.error.issues, raw, at)
        for (const e of mapped.errors) reasons.push(withRef(e, ref))
        for (const w of mapped.unknownFields) warnings.push(withRef(w, ref))
      }
    }
    const entry = reasons.length === 0 ? strippedRecordSchemas.DecisionEntry.safeParse(raw) : null
    if (entry?.success && seen.has(entry.data.opportunityId))
      reasons.push(
        problem(
          'error',
          'decisions.duplicateOpportunity',
          [...at, 'opportunityId'],
          {
            id: entry.data.opportunityId,
          },
          ref,
        ),
      )
    if (reasons.length > 0 || !entry?.success) {
      out.setAside.push({ ...ref, raw, reasons })
      return
    }
    seen.add(entry.data.opportunityId)
    decisionTextWarnings(entry.data, at, ref, warnings)
    out.accepted.push(entry.data)
  })
  return out
}

/** What refuses a decision before its fields are read: repeated, `__proto__` or too many keys. */
function decisionReasons(
  raw: unknown,
  at: JsonPath,
  repeatedKeys: JsonPath[],
  ref: OpportunityRef,
): Problem[] {
  const reasons = repeatedKeys.map((path) =>
    problem('error', 'field.duplicateKey', path, { field: String(path.at(-1) ?? '') }, ref),
  )
  for (const path of forbiddenKeyPaths(raw, at))
    reasons.push(problem('error', 'field.forbiddenKey', path, { field: '__proto__' }, ref))
  if (reasons.length > 0) return reasons
  const breach = findBoundsBreach(raw, at, MAX_DEPTH - at.length, MAX_ENTRIES)
  return breach ? [breachProblem(breach, ref)] : []
}

function htmlWarning(
  text: string | undefined,
  path: JsonPath,
  out: Problem[],
  ref?: OpportunityRef,
) {
  if (text === undefined) return
  const tag = findHtmlTag(text)
  if (tag === null) return
  const field = String(path.findLast((p) => typeof p === 'string') ?? '')
  out.push(problem('warning', 'warning.htmlText', path, { field, tag }, ref))
}

function sessionTextWarnings(session: SessionDetails, out: Problem[]): void {
  for (const key of ['forum', 'place', 'chair', 'secretary', 'participants'] as const)
    htmlWarning(session[key], ['session', key], out)
}

function decisionTextWarnings(
  d: DecisionEntry,
  at: JsonPath,
  ref: OpportunityRef,
  out: Problem[],
): void {
  if (typeof d.title === 'string') htmlWarning(d.title, [...at, 'title'], out, ref)
  else
    for (const [lang, t] of Object.entries(d.title))
      htmlWarning(t, [...at, 'title', lang], out, ref)
  htmlWarning(d.note, [...at, 'note'], out, ref)
  htmlWarning(d.responsible, [...at, 'responsible'], out, ref)
}

/** The outcome, its problems (errors first) and set-aside decisions within the bounds. */
function finished(checked: Checked, warnings: Problem[], session: Session): DecisionRecordReport {
  const all = [...checked.setAside.flatMap((r) => r.reasons), ...warnings]
  const problems = all.slice(0, MAX_PROBLEMS_LISTED)
  const setAside = checked.setAside.slice(0, MAX_SET_ASIDE_LISTED)
  const omitted = all.length - problems.length + checked.setAside.length - setAside.length
  const base =
    checked.setAside.length === 0
      ? ({ outcome: 'loaded', problems, session } as const)
      : ({ outcome: 'partial', problems, setAside, session } as const)
  return omitted > 0 ? { ...base, omitted } : base
}
