import type { LocalizedText } from '../format/localized-text.ts'
import { MAX_DEPTH, MAX_ENTRIES } from './limits.ts'
import type { BoundsBreach } from './value-bounds.ts'
import type {
  JsonPath,
  OpportunityRef,
  Problem,
  ProblemCode,
  ProblemParams,
} from '../format/problems.ts'

/** The small pieces every validation step builds its problems from. */

export function problem(
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

export function withRef(p: Omit<Problem, 'opportunity'>, ref: OpportunityRef): Problem {
  return { ...p, opportunity: ref }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
}

/** A value as JSON for a message; JSON.stringify recurses, so very deep input gets its kind. */
export function quoted(v: unknown): string {
  try {
    return String(JSON.stringify(v))
  } catch {
    return kindOf(v)
  }
}

export function titleOf(raw: unknown): LocalizedText | undefined {
  if (!isPlainObject(raw)) return undefined
  const t = raw.title
  if (typeof t === 'string') return t
  if (isPlainObject(t)) {
    for (const k in t) if (typeof t[k] !== 'string') return undefined
    return t as LocalizedText
  }
  return undefined
}

export function idOf(raw: unknown): string | undefined {
  return isPlainObject(raw) && typeof raw.id === 'string' ? raw.id : undefined
}

export function opportunityRef(
  index: number,
  id: string | undefined,
  raw: unknown,
): OpportunityRef {
  const title = titleOf(raw)
  if (id === undefined) return title === undefined ? { index } : { index, title }
  return title === undefined ? { index, id } : { index, id, title }
}

/** A value past the validator's bounds (value-bounds.ts), as the problem that says so. */
export function breachProblem(breach: BoundsBreach, opportunity?: OpportunityRef): Problem {
  const field = String(breach.path.findLast((p) => typeof p === 'string') ?? '')
  return breach.kind === 'tooDeep'
    ? problem('error', 'unreadable.tooDeep', breach.path, { limit: MAX_DEPTH }, opportunity)
    : problem(
        'error',
        'field.tooManyEntries',
        breach.path,
        { field, count: breach.count, max: MAX_ENTRIES },
        opportunity,
      )
}
