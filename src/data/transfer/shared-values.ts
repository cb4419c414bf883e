/**
 * One copy of each repeated small value in an export's records. `JSON.parse` makes new
 * strings, arrays and objects for every record, so a large export carries a copy of
 * "th-bioeconomy" and "lead", of the same growth-goal lists, horizons and actor entries, for
 * every record: most of the page's heap at that size is such repeats.
 *
 * `shareRecordParts` replaces, in a record just parsed, the values that repeat across records
 * (references, codes, dates, and the small lists and objects made of them) with the first
 * equal copy seen, so nothing a reader can see changes but identity. It reads the fields the
 * export format defines by name: a walk over every value, keying each, cost more than the
 * parse itself. Anything else, and anything not of the expected type (the records are
 * shared before the worker has validated them), is left as it is.
 *
 * Shared values must not be changed afterwards: the page treats records as read-only.
 */

import type { Problem } from '../../domain/format/problems.ts'

/** Longer strings (titles, summaries) rarely repeat and are not shared. */
const MAX_SHARED_STRING = 40
/** The separator in keys: a control character that shared strings never contain. */
const SEP = '\u0001'

type Entries = Record<string, unknown>

const isEntries = (value: unknown): value is Entries =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isShareable = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_SHARED_STRING && !value.includes(SEP)

/** Opportunity fields that are references, codes or dates. */
const STRING_FIELDS = ['theme', 'status', 'updatedAt'] as const
/** Opportunity fields that are lists of references or codes. */
const LIST_FIELDS = ['growthGoals', 'clusters', 'innovationTypes', 'tags', 'sources'] as const
/** Fields whose entries are objects with reference, code or date fields (shared one by one). */
const ENTRY_FIELDS = ['actors', 'funding', 'phases', 'milestones', 'indicators'] as const

export class SharedValues {
  private readonly strings = new Map<string, string>()
  private readonly lists = new Map<string, string[]>()
  private readonly objects = new Map<string, object>()
  /** A number for each object `entry` shares, naming it in the keys of lists of them. */
  private readonly objectIds = new Map<object, number>()
  private readonly objectLists = new Map<string, unknown[]>()

  /** The shared copy of a short string; anything else as it is. */
  string<T>(value: T): T {
    if (!isShareable(value)) return value
    const shared = this.strings.get(value)
    if (shared !== undefined) return shared as T
    this.strings.set(value, value)
    return value
  }

  /** A list of short strings, shared whole; anything else as it is. */
  list<T>(value: T): T {
    if (!Array.isArray(value) || value.length > 8) return value
    for (const item of value) if (!isShareable(item)) return value
    const key = value.join(SEP)
    const shared = this.lists.get(key)
    if (shared !== undefined && shared.length === value.length) return shared as T
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as string
      const shared = this.string(item)
      if (shared !== item) value[i] = shared
    }
    this.lists.set(key, value as string[])
    return value
  }

  /**
   * An object whose values are all short strings (at most four; a horizon, an actor and its
   * role), shared whole with its keys in order; anything else with its short strings shared.
   */
  entry<T>(given: T): T {
    if (!isEntries(given)) return given
    const value: Entries = given
    let key = ''
    let count = 0
    let whole = true
    for (const name in value) {
      const item = value[name]
      if (whole && ++count <= 4 && isShareable(item) && !name.includes(SEP))
        key += name + SEP + item + SEP
      else whole = false
    }
    if (whole && count > 0) {
      const shared = this.objects.get(key)
      if (shared !== undefined) return shared as T
    }
    for (const name in value) {
      const item = value[name]
      const shared = this.string(item)
      if (shared !== item) value[name] = shared
    }
    if (whole && count > 0) {
      this.objects.set(key, value)
      this.objectIds.set(value, this.objectIds.size)
    }
    return given
  }

  /** The repeated parts of one record of the export's `opportunities` (see above). */
  shareRecordParts(record: unknown): void {
    if (!isEntries(record)) return
    // Written only where a shared copy replaces a value: writing an absent field would add it.
    for (const field of STRING_FIELDS) {
      const value = record[field]
      const shared = this.string(value)
      if (shared !== value) record[field] = shared
    }
    const horizon = record.horizon
    if (horizon !== undefined) {
      const shared = this.entry(horizon)
      if (shared !== horizon) record.horizon = shared
    }
    for (const field of LIST_FIELDS) {
      const value = record[field]
      if (value === undefined) continue
      const shared = this.list(value)
      if (shared !== value) record[field] = shared
    }
    for (const field of ENTRY_FIELDS) {
      const value = record[field]
      if (!Array.isArray(value)) continue
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i]
        const shared = this.entry(item)
        if (shared !== item) value[i] = shared
      }
    }
    // An actor list repeats whole too (the same lead, or lead and partner), once its entries
    // are shared.
    const actors = record.actors
    if (Array.isArray(actors)) {
      const shared = this.sameObjects(actors)
      if (shared !== actors) record.actors = shared
    }
  }

  /** The short strings of a problem (codes, path steps, parameters), shared. */
  shareProblemParts(problem: Problem): void {
    problem.severity = this.string(problem.severity)
    problem.code = this.string(problem.code)
    // The problem is the page's own copy (from a message), read-only by type only.
    const path = problem.path as (string | number)[]
    const params = problem.params as Entries
    for (let i = 0; i < path.length; i++) path[i] = this.string(path[i] as string | number)
    for (const name in params) params[name] = this.string(params[name])
  }

  /** A short list of shared objects, shared whole by their identities. */
  private sameObjects(value: unknown[]): unknown[] {
    if (value.length > 4) return value
    let key = ''
    for (const item of value) {
      const id = typeof item === 'object' && item !== null ? this.objectIds.get(item) : undefined
      if (id === undefined) return value
      key += `${id};`
    }
    const shared = this.objectLists.get(key)
    if (shared !== undefined) return shared
    this.objectLists.set(key, value)
    return value
  }
}
