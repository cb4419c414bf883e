import type { z } from 'zod'

/**
 * A fast yes/no check compiled from a zod schema: true only if zod would accept the value
 * unchanged. The validator runs it first on every opportunity and calls zod (slower, but with
 * detailed issues) only for records it refuses, which keeps loading 100 000 opportunities
 * within a small multiple of JSON.parse.
 *
 * It is built from the schema's own definition and runs the schema's own checks (regexes,
 * refinements), so the zod schema stays the one source of truth. It is sound by construction:
 * whatever it cannot model (defaults, transforms, pipes) makes compilation fail loudly, and a
 * stricter answer only costs time, never correctness (tests compare it with zod).
 */

export type Predicate = (value: unknown) => boolean

type AnySchema = z.core.$ZodType
interface CheckDef {
  check?: string
  pattern?: RegExp
  fn?: (value: unknown) => unknown
  value?: number | bigint
  inclusive?: boolean
  minimum?: number
  maximum?: number
  when?: unknown
}
interface CheckLike {
  _zod: { check: (payload: { value: unknown; issues: unknown[] }) => unknown; def: CheckDef }
}

/** One zod check as a plain predicate; common kinds inline, others through zod's own code. */
function compileCheck(check: CheckLike): Predicate {
  const d = check._zod.def
  if (d.when === undefined) {
    if (
      d.check === 'string_format' &&
      d.pattern instanceof RegExp &&
      !d.pattern.global &&
      !d.pattern.sticky
    ) {
      const re = d.pattern
      return (v) => re.test(v as string)
    }
    if (d.check === 'custom' && typeof d.fn === 'function') {
      const fn = d.fn
      return (v) => {
        const r = fn(v)
        return r === true || (r !== false && Boolean(r) && !(r instanceof Promise))
      }
    }
    if (d.check === 'greater_than' && typeof d.value === 'number') {
      const min = d.value
      return d.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min
    }
    if (d.check === 'less_than' && typeof d.value === 'number') {
      const max = d.value
      return d.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max
    }
  }
  if (d.check === 'min_length' && typeof d.minimum === 'number') {
    const min = d.minimum
    return (v) => (v as { length: number }).length >= min
  }
  return (value) => {
    const payload = { value, issues: [] as unknown[] }
    check._zod.check(payload)
    return payload.issues.length === 0
  }
}

function withChecks(base: Predicate, checks: readonly CheckLike[] | undefined): Predicate {
  if (!checks || checks.length === 0) return base
  const compiled = checks.map(compileCheck)
  if (compiled.length === 1) {
    const only = compiled[0] as Predicate
    return (v) => base(v) && only(v)
  }
  return (v) => {
    if (!base(v)) return false
    for (const c of compiled) if (!c(v)) return false
    return true
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function compileValidator(schema: AnySchema): Predicate {
  const def = schema._zod.def as unknown as Record<string, unknown> & {
    type: string
    format?: string
    checks?: CheckLike[]
  }
  const checks = def.checks
  switch (def.type) {
    case 'string':
      return withChecks((v) => typeof v === 'string', checks)
    case 'number': {
      // z.int() is a number schema with an integer format of its own, besides its checks.
      if (def.format !== undefined && def.format !== 'safeint') {
        throw new Error(`compileValidator cannot model number format "${def.format}"`)
      }
      const integer = def.format === 'safeint'
      return withChecks(
        integer
          ? (v) => typeof v === 'number' && Number.isSafeInteger(v)
          : (v) => typeof v === 'number' && Number.isFinite(v),
        checks,
      )
    }
    case 'boolean':
      return withChecks((v) => typeof v === 'boolean', checks)
    case 'unknown':
    case 'any':
      return withChecks(() => true, checks)
    case 'enum': {
      const allowed = new Set(Object.values(def.entries as Record<string, unknown>))
      return withChecks((v) => allowed.has(v), checks)
    }
    case 'optional': {
      const inner = compileValidator(def.innerType as AnySchema)
      return withChecks((v) => v === undefined || inner(v), checks)
    }
    case 'nullable': {
      const inner = compileValidator(def.innerType as AnySchema)
      return withChecks((v) => v === null || inner(v), checks)
    }
    case 'array': {
      const element = compileValidator(def.element as AnySchema)
      return withChecks((v) => {
        if (!Array.isArray(v)) return false
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false
        return true
      }, checks)
    }
    case 'union': {
      const options = (def.options as AnySchema[]).map(compileValidator)
      return withChecks((v) => options.some((p) => p(v)), checks)
    }
    case 'record': {
      const key = compileValidator(def.keyType as AnySchema)
      const value = compileValidator(def.valueType as AnySchema)
      return withChecks((v) => {
        if (!isPlainObject(v)) return false
        for (const k in v) if (!key(k) || !value(v[k])) return false
        return true
      }, checks)
    }
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>
      const fields = new Map<string, { check: Predicate; required: boolean }>()
      let requiredCount = 0
      for (const [k, field] of Object.entries(shape)) {
        const required = field._zod.def.type !== 'optional'
        if (required) requiredCount++
        fields.set(k, { check: compileValidator(field), required })
      }
      const catchall = def.catchall as AnySchema | undefined
      // Only strict objects ("never" catchall) can promise that the output equals the input.
      if (!catchall || catchall._zod.def.type !== 'never') {
        throw new Error('compileValidator models strict objects only')
      }
      // Visits the keys present (a record uses a few of its many optional fields), then makes
      // sure no required one was missing.
      return withChecks((v) => {
        if (!isPlainObject(v)) return false
        let required = 0
        for (const k in v) {
          const field = fields.get(k)
          if (field === undefined || !field.check(v[k])) return false
          if (field.required) required++
        }
        return required === requiredCount
      }, checks)
    }
    default:
      throw new Error(`compileValidator cannot model zod type "${def.type}"`)
  }
}
