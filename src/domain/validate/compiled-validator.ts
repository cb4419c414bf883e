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
 * stricter answer only costs time, never correctness (compiled-validator.test.ts compares it
 * with zod).
 *
 * The schema compiles to a tree of plain nodes that one function, `accepts`, walks. An
 * earlier version made a closure per schema node; a record then cost some thirty calls
 * through call sites that saw dozens of different closures, and in the worker (where the
 * code starts cold on every load) each of those closures had to warm up on its own. One
 * function with a switch is hot after a few records and checks a type or a pattern inline.
 * It recurses along the schema, never along the input, so input nesting cannot overflow the
 * stack: a value nested deeper than the schema is refused where the schema ends.
 */

export type Predicate = (value: unknown) => boolean

type AnySchema = z.core.$ZodType
type Refinement = (value: unknown) => unknown
interface CheckDef {
  check?: string
  pattern?: RegExp
  fn?: Refinement
  value?: number | bigint
  inclusive?: boolean
  minimum?: number
  maximum?: number
  when?: unknown
}
interface CheckLike {
  _zod: { check: (payload: { value: unknown; issues: unknown[] }) => unknown; def: CheckDef }
}

// Node kinds. Plain numbers rather than a const enum: each file is compiled on its own.
const STRING = 0
const NUMBER = 1
const INTEGER = 2
const BOOLEAN = 3
const ANY = 4
const ENUM = 5
const OPTIONAL = 6
const NULLABLE = 7
const ARRAY = 8
const UNION = 9
const RECORD = 10
const OBJECT = 11

/**
 * One schema node. Every node has every field (unused ones null), so the walk reads them
 * from objects of one shape.
 */
class Node {
  kind: number
  /** Regexes of a string's format checks. */
  patterns: RegExp[] | null = null
  /** zod refinements (`.refine`), called as zod calls them. */
  refinements: Refinement[] | null = null
  /** Any other check, as a predicate (number bounds, lengths, zod's own check code). */
  checks: Predicate[] | null = null
  allowed: Set<unknown> | null = null
  /** The optional's or nullable's inner type, an array's element, a record's value. */
  inner: Node | null = null
  /** A record's key type, when it accepts less than every string. */
  key: Node | null = null
  options: Node[] | null = null
  /** An object's field name → index in `fields`; required fields come first. */
  slots: Map<string, number> | null = null
  fields: Node[] | null = null
  requiredCount = 0
  /** Also accepts `undefined`: an optional field, checked as its inner type. */
  orUndefined = false

  constructor(kind: number) {
    this.kind = kind
  }
}

/** zod's reading of a refinement's result: a promise is not a pass (sync parsing throws). */
function refinementPasses(r: unknown): boolean {
  return r === true || (r !== false && Boolean(r) && !(r instanceof Promise))
}

/** One zod check as a plain predicate; common kinds inline, others through zod's own code. */
function compileCheck(check: CheckLike): Predicate {
  const d = check._zod.def
  if (d.when === undefined) {
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

/** Sorts a schema's checks into the node: patterns and refinements inline, others as predicates. */
function addChecks(node: Node, checks: readonly CheckLike[] | undefined): Node {
  for (const check of checks ?? []) {
    const d = check._zod.def
    if (
      node.kind === STRING &&
      d.when === undefined &&
      d.check === 'string_format' &&
      d.pattern instanceof RegExp &&
      !d.pattern.global &&
      !d.pattern.sticky
    ) {
      ;(node.patterns ??= []).push(d.pattern)
    } else if (d.when === undefined && d.check === 'custom' && typeof d.fn === 'function') {
      ;(node.refinements ??= []).push(d.fn)
    } else {
      ;(node.checks ??= []).push(compileCheck(check))
    }
  }
  return node
}

/** A string key schema that accepts every string (z.string() without checks). */
function acceptsEveryString(schema: AnySchema): boolean {
  const def = schema._zod.def as unknown as { type: string; checks?: unknown[] }
  return def.type === 'string' && (def.checks === undefined || def.checks.length === 0)
}

function compileNode(schema: AnySchema): Node {
  const def = schema._zod.def as unknown as Record<string, unknown> & {
    type: string
    format?: string
    checks?: CheckLike[]
  }
  const checks = def.checks
  switch (def.type) {
    case 'string':
      return addChecks(new Node(STRING), checks)
    case 'number': {
      // z.int() is a number schema with an integer format of its own, besides its checks.
      if (def.format !== undefined && def.format !== 'safeint') {
        throw new Error(`compileValidator cannot model number format "${def.format}"`)
      }
      return addChecks(new Node(def.format === 'safeint' ? INTEGER : NUMBER), checks)
    }
    case 'boolean':
      return addChecks(new Node(BOOLEAN), checks)
    case 'unknown':
    case 'any':
      return addChecks(new Node(ANY), checks)
    case 'enum': {
      const node = new Node(ENUM)
      node.allowed = new Set(Object.values(def.entries as Record<string, unknown>))
      return addChecks(node, checks)
    }
    case 'optional':
    case 'nullable': {
      const node = new Node(def.type === 'optional' ? OPTIONAL : NULLABLE)
      node.inner = compileNode(def.innerType as AnySchema)
      return addChecks(node, checks)
    }
    case 'array': {
      const node = new Node(ARRAY)
      node.inner = compileNode(def.element as AnySchema)
      return addChecks(node, checks)
    }
    case 'union': {
      const node = new Node(UNION)
      node.options = (def.options as AnySchema[]).map(compileNode)
      return addChecks(node, checks)
    }
    case 'record': {
      const node = new Node(RECORD)
      const keyType = def.keyType as AnySchema
      if (!acceptsEveryString(keyType)) node.key = compileNode(keyType)
      node.inner = compileNode(def.valueType as AnySchema)
      return addChecks(node, checks)
    }
    case 'object': {
      const catchall = def.catchall as AnySchema | undefined
      // Only strict objects ("never" catchall) can promise that the output equals the input.
      if (!catchall || catchall._zod.def.type !== 'never') {
        throw new Error('compileValidator models strict objects only')
      }
      const node = new Node(OBJECT)
      const entries = Object.entries(def.shape as Record<string, AnySchema>)
      // Required fields are numbered first, so "is required" is a comparison, not a lookup.
      const required = entries.filter(([, f]) => f._zod.def.type !== 'optional')
      const optional = entries.filter(([, f]) => f._zod.def.type === 'optional')
      node.slots = new Map()
      node.fields = []
      for (const [k, field] of [...required, ...optional]) {
        node.slots.set(k, node.fields.length)
        node.fields.push(compileNode(field))
      }
      // An optional field without checks of its own is checked as its inner type, present
      // or `undefined`: one call less per field, most of a record's fields being optional.
      node.fields = node.fields.map((f) =>
        f.kind === OPTIONAL && f.refinements === null && f.checks === null
          ? withUndefined(f.inner as Node)
          : f,
      )
      node.requiredCount = required.length
      return addChecks(node, checks)
    }
    default:
      throw new Error(`compileValidator cannot model zod type "${def.type}"`)
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `inner`, also accepting `undefined` (an optional field, flattened into its object). */
function withUndefined(inner: Node): Node {
  const copy = Object.assign(new Node(inner.kind), inner)
  copy.orUndefined = true
  return copy
}

/** Whether `v` passes `node`: its type, its contents, then the node's own checks. */
function accepts(node: Node, v: unknown): boolean {
  if (v === undefined && node.orUndefined) return true
  switch (node.kind) {
    case STRING:
      if (typeof v !== 'string') return false
      if (node.patterns !== null)
        for (let i = 0; i < node.patterns.length; i++)
          if (!(node.patterns[i] as RegExp).test(v)) return false
      break
    case NUMBER:
      if (typeof v !== 'number' || !Number.isFinite(v)) return false
      break
    case INTEGER:
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) return false
      break
    case BOOLEAN:
      if (typeof v !== 'boolean') return false
      break
    case ANY:
      break
    case ENUM:
      if (!(node.allowed as Set<unknown>).has(v)) return false
      break
    case OPTIONAL:
      if (v !== undefined && !accepts(node.inner as Node, v)) return false
      break
    case NULLABLE:
      if (v !== null && !accepts(node.inner as Node, v)) return false
      break
    case ARRAY: {
      if (!Array.isArray(v)) return false
      const element = node.inner as Node
      for (let i = 0; i < v.length; i++) if (!accepts(element, v[i])) return false
      break
    }
    case UNION: {
      const options = node.options as Node[]
      let some = false
      for (let i = 0; i < options.length && !some; i++) some = accepts(options[i] as Node, v)
      if (!some) return false
      break
    }
    case RECORD: {
      if (!isPlainObject(v)) return false
      const key = node.key
      const value = node.inner as Node
      for (const k in v) {
        if (key !== null && !accepts(key, k)) return false
        if (!accepts(value, v[k])) return false
      }
      break
    }
    case OBJECT: {
      if (!isPlainObject(v)) return false
      // Visits the keys present (a record uses a few of its many optional fields), then makes
      // sure no required one was missing.
      const slots = node.slots as Map<string, number>
      const fields = node.fields as Node[]
      let required = 0
      for (const k in v) {
        const i = slots.get(k)
        if (i === undefined || !accepts(fields[i] as Node, v[k])) return false
        if (i < node.requiredCount) required++
      }
      if (required !== node.requiredCount) return false
      break
    }
    default:
      return false
  }
  if (node.refinements !== null)
    for (let i = 0; i < node.refinements.length; i++)
      if (!refinementPasses((node.refinements[i] as Refinement)(v))) return false
  if (node.checks !== null)
    for (let i = 0; i < node.checks.length; i++) if (!(node.checks[i] as Predicate)(v)) return false
  return true
}

export function compileValidator(schema: AnySchema): Predicate {
  const root = compileNode(schema)
  return (value) => accepts(root, value)
}
