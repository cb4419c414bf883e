import type { Facet } from '../../../domain/dataset/filter-opportunities.ts'

/**
 * The analyst table's columns (issue 6): which exist, what kind of value each holds (that
 * decides how it sorts, filters and exports), and which are shown when the URL names none.
 *
 * Column ids are URL words (`cols`, `sort`, `range`), so they follow the export's id pattern;
 * a criterion's score column is `score.<criterion id>`.
 */

export type ColumnKind = 'text' | 'category' | 'list' | 'number' | 'date'

export interface TableColumn {
  id: string
  kind: ColumnKind
  /** The shared facet filter of a categorical column (its multi-select is that URL field). */
  facet?: Facet
  /** For `score.*` columns: the criterion whose raw score the column shows. */
  criterionId?: string
}

export const SCORE_PREFIX = 'score.'

/** The fixed columns, in their default order; criterion scores go after `status`. */
const BEFORE_SCORES: readonly TableColumn[] = [
  { id: 'id', kind: 'text' },
  { id: 'title', kind: 'text' },
  { id: 'theme', kind: 'category', facet: 'theme' },
  { id: 'clusters', kind: 'list', facet: 'cluster' },
  { id: 'goals', kind: 'list', facet: 'goal' },
  { id: 'types', kind: 'list', facet: 'type' },
  { id: 'status', kind: 'category', facet: 'status' },
]
const AFTER_SCORES: readonly TableColumn[] = [
  { id: 'impact', kind: 'number' },
  { id: 'feasibility', kind: 'number' },
  { id: 'priority', kind: 'number' },
  { id: 'rank', kind: 'number' },
  { id: 'quadrant', kind: 'category' },
  { id: 'start', kind: 'date' },
  { id: 'end', kind: 'date' },
  { id: 'budget', kind: 'number' },
  { id: 'lead', kind: 'text' },
  { id: 'sources', kind: 'number' },
  { id: 'funding', kind: 'number' },
  { id: 'updated', kind: 'date' },
]

/** The pinned column: always shown, always first. */
export const PINNED_COLUMN = 'title'

/** Shown when the URL names no columns: about 1 250 px, which fits a laptop screen. */
export const DEFAULT_COLUMNS: readonly string[] = [
  'title',
  'theme',
  'status',
  'priority',
  'rank',
  'quadrant',
  'budget',
  'start',
  'end',
]

/** The columns of a comparison with a baseline (`?compare=`), there only while comparing. */
export const COMPARE_COLUMNS: readonly TableColumn[] = [
  { id: 'change', kind: 'category' },
  { id: 'rankThen', kind: 'number' },
  { id: 'rankDelta', kind: 'number' },
  { id: 'statusThen', kind: 'category' },
  { id: 'changedFields', kind: 'text' },
]

/** While comparing, the default columns are followed by what changed. */
export const COMPARE_DEFAULT_COLUMNS: readonly string[] = [
  ...DEFAULT_COLUMNS,
  'change',
  'rankThen',
  'rankDelta',
  'statusThen',
  'changedFields',
]

/** The active forum session's decision on each opportunity, there only while one is active. */
export const DECISION_COLUMNS: readonly TableColumn[] = [{ id: 'decision', kind: 'category' }]

/**
 * The columns shown when the URL names none: the defaults, then what changed while comparing,
 * then the forum's decision while a session is active.
 */
export function defaultColumns(comparing: boolean, deciding: boolean): readonly string[] {
  if (!deciding) return comparing ? COMPARE_DEFAULT_COLUMNS : DEFAULT_COLUMNS
  return [...(comparing ? COMPARE_DEFAULT_COLUMNS : DEFAULT_COLUMNS), 'decision']
}

/**
 * Every column of an export with these criteria, in the column chooser's order; with the
 * decision column while a session is active, and the comparison's columns at the end while
 * comparing.
 */
export function tableColumns(
  criteria: readonly { id: string }[],
  comparing = false,
  deciding = false,
): TableColumn[] {
  const scores: TableColumn[] = []
  for (const c of criteria) {
    const id = SCORE_PREFIX + c.id
    // A 64-character criterion id makes a column id too long for the URL: left out.
    if (id.length <= 64) scores.push({ id, kind: 'number', criterionId: c.id })
  }
  return [
    ...BEFORE_SCORES,
    ...scores,
    ...AFTER_SCORES,
    ...(deciding ? DECISION_COLUMNS : []),
    ...(comparing ? COMPARE_COLUMNS : []),
  ]
}

/**
 * The columns to show, in order: the URL's `cols` without unknown ids (or the defaults when
 * none is left), the pinned column first whatever the URL says.
 */
export function visibleColumnIds(
  cols: readonly string[],
  known: readonly TableColumn[],
  defaults: readonly string[] = DEFAULT_COLUMNS,
): string[] {
  const ids = new Set(known.map((c) => c.id))
  const wanted = cols.filter((c) => ids.has(c))
  const list = wanted.length > 0 ? wanted : defaults.filter((c) => ids.has(c))
  return [PINNED_COLUMN, ...list.filter((c) => c !== PINNED_COLUMN)]
}

/**
 * What `cols` should hold for these visible columns: nothing when they are the defaults, so
 * a default view keeps a short link.
 */
export function colsParam(visible: readonly string[]): string[] {
  const same =
    visible.length === DEFAULT_COLUMNS.length && visible.every((c, i) => c === DEFAULT_COLUMNS[i])
  return same ? [] : [...visible]
}

/** A column shown or hidden; the pinned column stays. Shown columns go at the end. */
export function toggleColumn(visible: readonly string[], id: string): string[] {
  if (id === PINNED_COLUMN) return [...visible]
  return visible.includes(id) ? visible.filter((c) => c !== id) : [...visible, id]
}

/** A shown column moved one place earlier (-1) or later (+1); never before the pinned one. */
export function moveColumn(visible: readonly string[], id: string, step: -1 | 1): string[] {
  const from = visible.indexOf(id)
  const to = from + step
  if (from < 1 || to < 1 || to >= visible.length) return [...visible]
  const out = [...visible]
  out[from] = out[to] as string
  out[to] = id
  return out
}
