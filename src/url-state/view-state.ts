import * as z from 'zod/mini'
import {
  GROWTH_GOALS,
  ID_PATTERN,
  INNOVATION_TYPES,
  STATUSES,
} from '../domain/format/export-vocabulary.ts'
import type { OpportunityFilters } from '../domain/dataset/filter-opportunities.ts'
import { UI_LANGUAGES } from '../domain/format/languages.ts'
import type { NormalisedExport } from '../domain/dataset/normalise-export.ts'
import { compareCodePoints } from '../domain/text/text-compare.ts'
import { CHANGE_FILTERS, DEFAULT_MOVE_THRESHOLDS } from '../domain/compare/comparison.ts'
import { isCompareValue } from '../domain/compare/baseline-ref.ts'
import { compareParam } from './compare-param.ts'
import { DECIDED_FILTERS } from '../domain/decisions/decided-filter.ts'

/**
 * All view state that lives in the URL, as one zod schema:
 * the filters every view applies, the UI language, and what the views add (what-if weights,
 * sorting, grouping, roadmap zoom).
 *
 * A link copied from the address bar reopens exactly the same view: the encoding is canonical
 * (fixed parameter order, defaults left out, sets sorted) and `decodeViewState` reads back what
 * `encodeViewState` wrote. Anything wrong in a link is dropped on its own, never the whole link
 * and never with an error page: `status=planned,bogus` keeps `planned`.
 *
 * Parameters, in canonical order (lists are comma-separated; ids never contain commas):
 *
 * | parameter | example | state |
 * |---|---|---|
 * | `theme` | `theme=energy,tourism` | `themes`: theme ids |
 * | `cluster` | `cluster=arctic-industry` | `clusters`: cluster ids |
 * | `goal` | `goal=business,rdi` | `goals`: growth goals |
 * | `type` | `type=service` | `types`: innovation types |
 * | `status` | `status=planned,inProgress` | `statuses` |
 * | `source` | `source=ws-2024-03` | `sources`: source ids |
 * | `q` | `q=porotalous+Inari` | `q`: free text, whitespace-separated terms |
 * | `w` | `w=impact-jobs:2,feas-cost:0.5` | `weights`: criterion id → weight ≥ 0 |
 * | `sort` | `sort=-priority,title` | `sort`: columns, `-` for descending |
 * | `group` | `group=theme` | `group`: a column id |
 * | `zoom` | `zoom=quarter` | `zoom`: year, quarter or month |
 * | `from` | `from=2026-01-01` | `from`: the roadmap's first visible day (panning) |
 * | `lanes` | `lanes=status` | `lanes`: what the roadmap's swimlanes group by |
 * | `order` | `order=rank` | `order`: bars within a lane by start or by rank |
 * | `size` | `size=sources` | `size`: the matrix's bubble size measure |
 * | `show` | `show=table` | `show`: a chart view shown as its table alternative |
 * | `via` | `via=table` | `via`: the view an opportunity page was opened from, for its previous / next and its way back |
 * | `cols` | `cols=title,status` | `cols`: the table's visible columns, in order |
 * | `range` | `range=budget:1000..5000,updated:2026-01-01..` | `range`: the table's range filters, column → min..max (numbers or days, either end open) |
 * | `compare` | `compare=data%2Fearlier.json` | `compare`: the address of the baseline export to compare with, under the same origin rules as `data`; or `history:<sha-256>`, an export in this browser's history |
 * | `change` | `change=added,changed` | `changes`: what the table keeps when comparing: change classes (removed ones as rows), `status` (status changed), `moved` |
 * | `moved` | `moved=5,15` | `moved`: when an opportunity counts as moved: a rank change of at least so many places, or an impact or feasibility change of at least so many points (0–100) |
 * | `arrows` | `arrows=off` | `arrows`: whether the matrix and the roadmap draw the comparison (arrows, ghosts); on by default |
 * | `decided` | `decided=yes` | `decided`: yes or no, whether the active forum session has a decision on it (only while a session is active) |
 * | `agenda` | `agenda=kk-004,kk-001` | `agenda`: the opportunities picked for a forum's presentation, in the order presented |
 * | `top` | `top=5` | `top`: how many of the highest ranked a presentation takes when none are picked (1–50) |
 * | `slide` | `slide=4` | `slide`: the presentation's slide, from 1; none: its agenda screen |
 * | `lang` | `lang=sv` | `lang`: fi (default), sv or en |
 *
 * Other parameters (`data`, `mock`) are not view state: decoding ignores them and
 * `withViewState` keeps them as they are.
 */

export const ZOOMS = ['year', 'quarter', 'month'] as const
export type Zoom = (typeof ZOOMS)[number]

/** What the roadmap's swimlanes group by. */
export const LANE_GROUPINGS = ['theme', 'cluster', 'status', 'lead', 'goal'] as const
export type LaneGrouping = (typeof LANE_GROUPINGS)[number]

/** How bars are ordered within a roadmap lane. */
export const LANE_ORDERS = ['start', 'rank'] as const
export type LaneOrder = (typeof LANE_ORDERS)[number]

/** The matrix's bubble size measure. */
export const SIZE_MEASURES = ['budget', 'sources', 'actors', 'none'] as const
export type SizeMeasure = (typeof SIZE_MEASURES)[number]

/** A chart view (matrix, roadmap) as its chart or as its table alternative. */
export const SHOW_MODES = ['chart', 'table'] as const
export type ShowMode = (typeof SHOW_MODES)[number]

/** The views an opportunity page can be opened from, each with its own order of opportunities. */
export const VIEW_ORIGINS = ['table', 'matrix', 'roadmap'] as const
export type ViewOrigin = (typeof VIEW_ORIGINS)[number]

/** Whether the charts draw a comparison's changes (the matrix's arrows, the roadmap's ghosts). */
export const ARROW_TOGGLES = ['on', 'off'] as const
export type ArrowToggle = (typeof ARROW_TOGGLES)[number]

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/

/** The most opportunities a presentation takes from the top of the ranking. */
export const MAX_TOP = 50
/** Beyond any agenda a forum could sit through; a bigger number in a link is dropped. */
export const MAX_SLIDE = 10_000

/** Beyond any list a region ranks; a bigger "moved" rank threshold in a link is dropped. */
export const MAX_MOVED_RANK = 10_000
/** Axis scores run 0–100, so no change is bigger. */
export const MAX_MOVED_AXIS = 100

/** Free text longer than this is cut (a link must not carry a novel). */
export const MAX_QUERY_LENGTH = 200

// --- The schema -----------------------------------------------------------------------------

const Id = z.string().check(z.regex(ID_PATTERN))
/** A weight; -0 becomes 0 so that equal states compare equal. */
const Weight = z.pipe(
  z.number().check(z.minimum(0)),
  z.transform((n: number) => n + 0),
)
const SortKey = z.object({ column: Id, desc: z.boolean() })

function uniqueByCodePoint(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareCodePoints)
}

function inDeclaredOrder<T extends string>(declared: readonly T[]) {
  return (values: readonly T[]): T[] => declared.filter((v) => values.includes(v))
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Cut to MAX_QUERY_LENGTH without splitting a character; lone surrogates become U+FFFD. */
function canonicalQuery(q: string): string {
  let s = q
  if (s.length > MAX_QUERY_LENGTH) {
    s = s.slice(0, MAX_QUERY_LENGTH)
    const last = s.charCodeAt(s.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1)
  }
  return s.replace(LONE_SURROGATE, '\ufffd')
}

const IdSet = z.pipe(
  z.array(Id),
  z.transform((ids: string[]) => uniqueByCodePoint(ids)),
)

/** A range filter's end: a number, a day (YYYY-MM-DD), or null when open; -0 becomes 0. */
const RangeBound = z.nullable(
  z.union([
    z.pipe(
      z.number().check(z.refine(Number.isFinite)),
      z.transform((n: number) => n + 0),
    ),
    z.string().check(z.regex(ISO_DAY)),
  ]),
)
const ColumnRange = z.object({ min: RangeBound, max: RangeBound }).check(
  z.refine((r) => r.min !== null || r.max !== null),
  // Both ends of one kind: a number range or a date range.
  z.refine((r) => r.min === null || r.max === null || typeof r.min === typeof r.max),
)
type ColumnRangeValue = z.output<typeof ColumnRange>

/** Keys in code-point order, so equal states encode equally. */
function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(r)
      .sort(compareCodePoints)
      .map((k) => [k, r[k] as T]),
  )
}

const noIds = (): string[] => []

/** A list of enumeration values, kept in the enumeration's order. */
function enumSet<T extends string>(declared: readonly [T, ...T[]]) {
  return z._default(
    z.pipe(
      z.array(z.enum(declared)),
      z.transform((values: T[]) => inDeclaredOrder<T>(declared)(values)),
    ),
    (): T[] => [],
  )
}

/** One value of an enumeration, or null for the view's own default. */
function enumOrNull<T extends string>(declared: readonly [T, ...T[]]) {
  return z._default(z.nullable(z.enum(declared)), null)
}

/** The default thresholds read as none, so that they never show in a link. */
function unlessDefault(t: { rank: number; axis: number }): { rank: number; axis: number } | null {
  return t.rank === DEFAULT_MOVE_THRESHOLDS.rank && t.axis === DEFAULT_MOVE_THRESHOLDS.axis
    ? null
    : t
}

const MovedThresholds = z.pipe(
  z.object({
    rank: z.int().check(z.minimum(1), z.maximum(MAX_MOVED_RANK)),
    axis: z.int().check(z.minimum(1), z.maximum(MAX_MOVED_AXIS)),
  }),
  z.transform(unlessDefault),
)

// zod/mini: the same schema language, tree-shaken to what is used. This schema is read on
// every page load (the router parses the URL with it), so it must not bring all of zod along.
export const ViewStateSchema = z.object({
  themes: z._default(IdSet, noIds),
  clusters: z._default(IdSet, noIds),
  goals: enumSet(GROWTH_GOALS),
  types: enumSet(INNOVATION_TYPES),
  statuses: enumSet(STATUSES),
  sources: z._default(IdSet, noIds),
  q: z._default(z.pipe(z.string(), z.transform(canonicalQuery)), ''),
  /** What-if weights by criterion id; criteria not listed keep the export's weight. */
  weights: z._default(z.pipe(z.record(Id, Weight), z.transform(sortedRecord<number>)), () => ({})),
  /** Sort columns, most significant first; a column appears once. */
  sort: z._default(
    z.pipe(
      z.array(SortKey),
      z.transform((keys: { column: string; desc: boolean }[]) =>
        keys.filter((k, i) => keys.findIndex((x) => x.column === k.column) === i),
      ),
    ),
    (): { column: string; desc: boolean }[] => [],
  ),
  /** The column rows are grouped by; null: not grouped. */
  group: z._default(z.nullable(Id), null),
  /** The roadmap's time scale; null: the view's own default. */
  zoom: enumOrNull(ZOOMS),
  /** The roadmap's first visible day (YYYY-MM-DD); null: the view's own default. */
  from: z._default(z.nullable(z.string().check(z.regex(ISO_DAY))), null),
  /** The roadmap's lane grouping; null: by theme. */
  lanes: enumOrNull(LANE_GROUPINGS),
  /** Bar order within a roadmap lane; null: by start. */
  order: enumOrNull(LANE_ORDERS),
  /** The matrix's bubble size; null: the view's default. */
  size: enumOrNull(SIZE_MEASURES),
  /** Chart or table alternative; null: the chart. */
  show: enumOrNull(SHOW_MODES),
  /** The view an opportunity page was opened from; null: none (no previous / next). */
  via: enumOrNull(VIEW_ORIGINS),
  /** The table's visible columns in order; empty: the default columns. */
  cols: z._default(
    z.pipe(
      z.array(Id),
      z.transform((ids: string[]) => [...new Set(ids)]),
    ),
    noIds,
  ),
  /** The table's range filters by column id (min–max, from–to), columns in code-point order. */
  range: z._default(
    z.pipe(z.record(Id, ColumnRange), z.transform(sortedRecord<ColumnRangeValue>)),
    () => ({}),
  ),
  /**
   * The baseline export's address as given (checked like `data` when loaded), or
   * `history:<sha-256>` for an export kept in this browser's history; null: none.
   */
  compare: z._default(z.nullable(z.string().check(z.refine(isCompareValue))), null),
  /** What the table keeps when comparing (change classes, `status`, `moved`); empty: all but removed. */
  changes: enumSet(CHANGE_FILTERS),
  /** When an opportunity counts as moved (rank places, axis points); null: the default. */
  moved: z._default(z.nullable(MovedThresholds), null),
  /** Whether the charts draw the comparison; null: on. */
  arrows: enumOrNull(ARROW_TOGGLES),
  /** Whether the active session has decided on it (yes / no); null: either. */
  decided: enumOrNull(DECIDED_FILTERS),
  /** The presentation's picked opportunities in the order presented; empty: the top ranked. */
  agenda: z._default(
    z.pipe(
      z.array(Id),
      z.transform((ids: string[]) => [...new Set(ids)]),
    ),
    noIds,
  ),
  /** How many of the highest ranked a presentation takes; null: its default. */
  top: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_TOP))), null),
  /** The presentation's slide, from 1; null: its agenda screen. */
  slide: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_SLIDE))), null),
  lang: z._default(z.enum(UI_LANGUAGES), 'fi'),
})

export type ViewState = z.output<typeof ViewStateSchema>
export type ViewStateInput = z.input<typeof ViewStateSchema>
export type SortKey = z.output<typeof SortKey>
type Key = keyof ViewState

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze(ViewStateSchema.parse({}))

/** The filter part of the state, as `filterOpportunities` takes it. */
export function filtersOf(state: ViewState): OpportunityFilters {
  return state
}

// --- Parameters -----------------------------------------------------------------------------

interface Param<K extends Key> {
  key: K
  name: string
  /** Every occurrence of the parameter → a value for the schema, bad parts already dropped. */
  read(values: readonly string[]): unknown
  /** A canonical, non-default value → the parameter's text (already URL-encoded). */
  write(value: ViewState[K]): string
}

function splitList(values: readonly string[]): string[] {
  const items: string[] = []
  for (const v of values)
    for (const item of v.split(',')) {
      const t = item.trim()
      if (t !== '') items.push(t)
    }
  return items
}

const isId = (s: string) => ID_PATTERN.test(s)

function idList<K extends 'themes' | 'clusters' | 'sources'>(key: K, name: string): Param<K> {
  return {
    key,
    name,
    read: (values) => splitList(values).filter(isId),
    write: (ids) => ids.join(','),
  }
}

/** Enum values match whatever their case (`status=INPROGRESS`), as `lang` always has. */
function caseless<T extends string>(declared: readonly T[]): (s: string) => T | undefined {
  const byLower = new Map(declared.map((v) => [v.toLowerCase(), v]))
  return (s) => byLower.get(s.toLowerCase())
}

function enumList<K extends 'goals' | 'types' | 'statuses' | 'changes'>(
  key: K,
  name: string,
  declared: readonly string[],
): Param<K> {
  const find = caseless(declared)
  const read = (values: readonly string[]) => splitList(values).flatMap((s) => find(s) ?? [])
  return { key, name, read, write: (items) => items.join(',') }
}

/** The first occurrence that is valid wins; the others are dropped. */
function firstValid<T>(values: readonly string[], parse: (s: string) => T | undefined) {
  for (const v of values) {
    const x = parse(v.trim())
    if (x !== undefined) return x
  }
  return undefined
}

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/** A range end: "" (open) → null, a day, a number (may be negative); undefined if invalid. */
function readBound(text: string): number | string | null | undefined {
  const t = text.trim()
  if (t === '') return null
  if (ISO_DAY.test(t)) return t
  const body = t.startsWith('-') ? t.slice(1) : t
  if (!NUMBER.test(body)) return undefined
  const n = Number(t)
  return Number.isFinite(n) ? n : undefined
}

function writeBound(bound: number | string | null): string {
  if (bound === null) return ''
  return typeof bound === 'number' ? String(bound).replace('+', '%2B') : bound
}

/** Query text as a browser would show it: spaces as "+", commas and colons left readable. */
function encodeText(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+').replace(/%2C/g, ',').replace(/%3A/g, ':')
}

/** A parameter holding one value of an enumeration; the first valid occurrence wins. */
function enumOne<
  K extends 'zoom' | 'lanes' | 'order' | 'size' | 'show' | 'via' | 'decided' | 'arrows',
>(key: K, name: string, declared: readonly string[]): Param<K> {
  const find = caseless(declared)
  const read = (values: readonly string[]) => firstValid(values, find)
  return { key, name, read, write: (value) => (value as string | null) ?? '' }
}
const findLang = caseless(UI_LANGUAGES)

const DIGITS = /^\d{1,6}$/

/** A whole number in 1..max as digits only (`4`, not `4.0` or `+4`); the first valid one wins. */
function positiveInt<K extends 'top' | 'slide'>(key: K, max: number): Param<K> {
  const parse = (s: string) => {
    const n = DIGITS.test(s) ? Number(s) : 0
    return n >= 1 && n <= max ? n : undefined
  }
  return {
    key,
    name: key,
    read: (values) => firstValid(values, parse),
    write: (n) => String(n ?? ''),
  }
}

/** `moved=R,A` (rank places, axis points), or `moved=R` with the default axis threshold. */
function readMoved(s: string): { rank: number; axis: number } | undefined {
  const [rank, axis = String(DEFAULT_MOVE_THRESHOLDS.axis), ...rest] = s
    .split(',')
    .map((x) => x.trim())
  if (rest.length > 0 || rank === undefined || !DIGITS.test(rank) || !DIGITS.test(axis))
    return undefined
  const t = { rank: Number(rank), axis: Number(axis) }
  const fits = t.rank >= 1 && t.rank <= MAX_MOVED_RANK && t.axis >= 1 && t.axis <= MAX_MOVED_AXIS
  return fits ? t : undefined
}

const PARAMS = [
  idList('themes', 'theme'),
  idList('clusters', 'cluster'),
  enumList('goals', 'goal', GROWTH_GOALS),
  enumList('types', 'type', INNOVATION_TYPES),
  enumList('statuses', 'status', STATUSES),
  idList('sources', 'source'),
  {
    key: 'q',
    name: 'q',
    read: (values) => values[0],
    write: encodeText,
  } satisfies Param<'q'>,
  {
    key: 'weights',
    name: 'w',
    read: (values) => {
      const weights: Record<string, number> = {}
      for (const item of splitList(values)) {
        const colon = item.indexOf(':')
        const id = item.slice(0, colon).trim()
        const text = item.slice(colon + 1).trim()
        if (colon < 1 || !isId(id) || !NUMBER.test(text) || Object.hasOwn(weights, id)) continue
        const n = Number(text)
        if (Number.isFinite(n)) weights[id] = n
      }
      return weights
    },
    // String(n) is the shortest text that reads back as n; its exponent's "+" must be escaped.
    write: (w) =>
      Object.entries(w)
        .map(([id, n]) => `${id}:${String(n).replace('+', '%2B')}`)
        .join(','),
  } satisfies Param<'weights'>,
  {
    key: 'sort',
    name: 'sort',
    read: (values) =>
      splitList(values).flatMap((item) => {
        const desc = item.startsWith('-')
        const column = desc ? item.slice(1) : item
        return isId(column) ? [{ column, desc }] : []
      }),
    write: (keys) => keys.map((k) => (k.desc ? `-${k.column}` : k.column)).join(','),
  } satisfies Param<'sort'>,
  {
    key: 'group',
    name: 'group',
    read: (values) => firstValid(values, (s) => (isId(s) ? s : undefined)),
    write: (group) => group ?? '',
  } satisfies Param<'group'>,
  enumOne('zoom', 'zoom', ZOOMS),
  {
    key: 'from',
    name: 'from',
    read: (values) => firstValid(values, (s) => (ISO_DAY.test(s) ? s : undefined)),
    write: (from) => from ?? '',
  } satisfies Param<'from'>,
  enumOne('lanes', 'lanes', LANE_GROUPINGS),
  enumOne('order', 'order', LANE_ORDERS),
  enumOne('size', 'size', SIZE_MEASURES),
  enumOne('show', 'show', SHOW_MODES),
  enumOne('via', 'via', VIEW_ORIGINS),
  {
    key: 'cols',
    name: 'cols',
    read: (values) => splitList(values).filter(isId),
    write: (cols) => cols.join(','),
  } satisfies Param<'cols'>,
  {
    key: 'range',
    name: 'range',
    read: (values) => {
      const ranges: Record<string, { min: number | string | null; max: number | string | null }> =
        {}
      for (const item of splitList(values)) {
        const colon = item.indexOf(':')
        const id = item.slice(0, colon).trim()
        const dots = item.indexOf('..', colon + 1)
        if (colon < 1 || dots < 0 || !isId(id) || Object.hasOwn(ranges, id)) continue
        const min = readBound(item.slice(colon + 1, dots))
        const max = readBound(item.slice(dots + 2))
        if (min === undefined || max === undefined || (min === null && max === null)) continue
        // Both ends of one kind: a number range or a date range.
        if (min !== null && max !== null && typeof min !== typeof max) continue
        ranges[id] = { min, max }
      }
      return ranges
    },
    write: (r) =>
      Object.entries(r)
        .map(([id, { min, max }]) => `${id}:${writeBound(min)}..${writeBound(max)}`)
        .join(','),
  } satisfies Param<'range'>,
  {
    key: 'compare',
    name: 'compare',
    read: (values) => compareParam(values) ?? undefined,
    write: (address) => encodeURIComponent(address ?? ''),
  } satisfies Param<'compare'>,
  enumList('changes', 'change', CHANGE_FILTERS),
  {
    key: 'moved',
    name: 'moved',
    read: (values) => firstValid(values, readMoved),
    write: (t) => (t ? `${t.rank},${t.axis}` : ''),
  } satisfies Param<'moved'>,
  enumOne('arrows', 'arrows', ARROW_TOGGLES),
  enumOne('decided', 'decided', DECIDED_FILTERS),
  {
    key: 'agenda',
    name: 'agenda',
    read: (values) => splitList(values).filter(isId),
    write: (ids) => ids.join(','),
  } satisfies Param<'agenda'>,
  positiveInt('top', MAX_TOP),
  positiveInt('slide', MAX_SLIDE),
  {
    key: 'lang',
    name: 'lang',
    read: (values) => firstValid(values, findLang),
    write: (lang) => lang,
  } satisfies Param<'lang'>,
] as const

/** The parameter names the view state owns, in canonical order. */
export const VIEW_PARAMS: readonly string[] = PARAMS.map((p) => p.name)

const shape = ViewStateSchema.shape

/** One field through its own schema; its default when that fails, so the other fields stay. */
function field<K extends Key>(key: K, value: unknown): ViewState[K] {
  const r = shape[key].safeParse(value)
  return (r.success ? r.data : structuredClone(DEFAULT_VIEW_STATE[key])) as ViewState[K]
}

function isDefault(key: Key, value: unknown): boolean {
  const d = DEFAULT_VIEW_STATE[key]
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0
  return value === d
}

// --- Decode and encode ----------------------------------------------------------------------

/**
 * The view state of a URL's query (with or without the leading "?"). Never throws: unknown
 * parameters are ignored, and each invalid value, or item of a list, is dropped on its own.
 */
export function decodeViewState(search: URLSearchParams | string): ViewState {
  let params: URLSearchParams
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search
  } catch {
    params = new URLSearchParams()
  }
  const state: Partial<Record<Key, unknown>> = {}
  for (const p of PARAMS) {
    const values = params.getAll(p.name)
    let value: unknown
    try {
      value = values.length === 0 ? undefined : p.read(values)
    } catch {
      value = undefined
    }
    state[p.key] = field(p.key, value)
  }
  return state as ViewState
}

/** The state in canonical form: each field through the schema (an invalid one is reset). */
export function canonicalViewState(state: ViewStateInput): ViewState {
  const out: Partial<Record<Key, unknown>> = {}
  for (const p of PARAMS) out[p.key] = field(p.key, state[p.key])
  return out as ViewState
}

/**
 * The canonical query string of a state, without the leading "?": parameters in `VIEW_PARAMS`
 * order, defaults left out, sets sorted. The default state encodes as "".
 */
export function encodeViewState(state: ViewStateInput): string {
  const canonical = canonicalViewState(state)
  const parts: string[] = []
  for (const p of PARAMS) {
    const value = canonical[p.key]
    if (isDefault(p.key, value)) continue
    // The union of params makes `write` take the intersection of the value types; each
    // entry is paired with its own key above.
    const text = (p.write as (v: unknown) => string)(value)
    parts.push(`${p.name}=${text}`)
  }
  return parts.join('&')
}

/**
 * A query string (without "?") with the view state replaced by `state` and every other
 * parameter (`data`, say) kept byte for byte, before the view state.
 */
export function withViewState(search: string, state: ViewStateInput): string {
  const own = new Set(VIEW_PARAMS)
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (part === '') return false
      const name = new URLSearchParams(part).keys().next().value
      return name === undefined || !own.has(name)
    })
  const view = encodeViewState(state)
  if (view !== '') kept.push(view)
  return kept.join('&')
}

// --- Stale links ----------------------------------------------------------------------------

/** Ids a link named that the loaded export does not have, by kind. */
export interface StaleIds {
  themes: string[]
  clusters: string[]
  sources: string[]
  /** Criterion ids of `weights`. */
  criteria: string[]
}

/**
 * The state without theme, cluster, source and criterion ids that the export does not have
 * (a link made before the data changed). `dropped` is null, and `state` the same object, when
 * nothing was stale.
 */
export function dropStaleFilters(
  state: ViewState,
  data: NormalisedExport,
): { state: ViewState; dropped: StaleIds | null } {
  const dropped: StaleIds = { themes: [], clusters: [], sources: [], criteria: [] }
  const keep = (ids: string[], known: Map<string, unknown>, stale: string[]): string[] => {
    for (const id of ids) if (!known.has(id)) stale.push(id)
    return stale.length === 0 ? ids : ids.filter((id) => known.has(id))
  }
  const themes = keep(state.themes, data.themeById, dropped.themes)
  const clusters = keep(state.clusters, data.clusterById, dropped.clusters)
  const sources = keep(state.sources, data.sourceById, dropped.sources)
  const criteria = keep(Object.keys(state.weights), data.criterionById, dropped.criteria)
  const any =
    dropped.themes.length + dropped.clusters.length + dropped.sources.length > 0 ||
    dropped.criteria.length > 0
  if (!any) return { state, dropped: null }
  const weights: Record<string, number> = {}
  for (const id of criteria) weights[id] = state.weights[id] as number
  return { state: { ...state, themes, clusters, sources, weights }, dropped }
}
