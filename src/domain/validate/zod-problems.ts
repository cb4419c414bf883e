import type { z } from 'zod'
import {
  isProblemCode,
  type JsonPath,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from '../format/problems.ts'
import { isContentLanguage } from '../format/languages.ts'
import { linkScheme } from '../format/text-safety.ts'

type Issue = z.core.$ZodIssue

export interface MappedIssues {
  errors: Omit<Problem, 'opportunity'>[]
  /** Fields this reader does not know: warnings, never reasons to set anything aside. */
  unknownFields: Omit<Problem, 'opportunity'>[]
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(v, key)) return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

function kindOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

function short(v: unknown): string {
  let s: string
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))
  } catch {
    // JSON.stringify recurses: a value nested deeper than the stack (which JSON.parse reads
    // fine) would make the validator throw. Name its kind instead of quoting it.
    s = kindOf(v)
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s
}

function lastKey(path: JsonPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i]
    if (typeof p === 'string') return p
  }
  return ''
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'true/false',
  object: 'object',
  array: 'list',
  record: 'object',
}

/**
 * Zod's issues → problems with catalog codes, parameters and full JSON paths. `input` is the
 * value that was parsed, so a problem can quote what it found.
 */
export function mapZodIssues(
  issues: readonly Issue[],
  input: unknown,
  basePath: JsonPath,
): MappedIssues {
  const out: MappedIssues = { errors: [], unknownFields: [] }
  const add = (code: ProblemCode, path: JsonPath, params: ProblemParams = {}) => {
    out.errors.push({ severity: 'error', code, params: { field: lastKey(path), ...params }, path })
  }

  const visit = (issue: Issue, relRoot: readonly PropertyKey[]) => {
    const rel = [...relRoot, ...issue.path]
    const path: JsonPath = [...basePath, ...(rel as (string | number)[])]
    const found = valueAt(input, rel)
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.unknownFields.push({
            severity: 'warning',
            code: 'warning.unknownField',
            params: { field: key },
            path: [...path, key],
          })
        }
        return
      case 'invalid_union': {
        // Pick the alternative the input was aiming at (a string or an object of texts).
        const branch =
          issue.errors.find(
            (errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0),
          ) ?? null
        if (branch) branch.forEach((e) => visit(e, rel))
        // A missing text fails every alternative too; it is missing, not of the wrong type.
        else if (found === undefined) add('field.required', path)
        else add('field.wrongType', path, { expected: 'text', found: kindOf(found) })
        return
      }
      case 'invalid_type':
        if (found === undefined) add('field.required', path)
        else if (issue.expected === 'int' && typeof found === 'number')
          add('field.notInteger', path, { value: short(found) })
        else
          add('field.wrongType', path, {
            expected: EXPECTED[issue.expected] ?? issue.expected,
            found: kindOf(found),
          })
        return
      case 'invalid_value':
        // zod reports a missing enum field as a wrong value ("undefined"); it is missing.
        if (found === undefined) {
          add('field.required', path)
          return
        }
        add('field.notAllowed', path, {
          value: short(found),
          allowed: issue.values.map((v) => String(v)).join(', '),
        })
        return
      case 'too_small':
        if (issue.origin === 'array') add('field.tooFewItems', path, { min: Number(issue.minimum) })
        else add('field.tooSmall', path, { value: short(found), min: Number(issue.minimum) })
        return
      case 'too_big':
        add('field.tooBig', path, { value: short(found), max: Number(issue.maximum) })
        return
      default: {
        const code = isProblemCode(issue.message) ? issue.message : 'field.invalid'
        const params: ProblemParams = { value: short(found) }
        if (code === 'link.unsafe' && typeof found === 'string') params.scheme = linkScheme(found)
        if (code === 'text.unknownLanguage' && typeof found === 'object' && found !== null) {
          params.languages = Object.keys(found)
            .filter((k) => !isContentLanguage(k))
            .join(', ')
        }
        const extra = (issue as { params?: Record<string, unknown> }).params
        if (extra)
          for (const [k, v] of Object.entries(extra))
            params[k] = typeof v === 'number' ? v : String(v)
        add(code, path, params)
      }
    }
  }

  for (const issue of issues) visit(issue, [])
  return out
}
