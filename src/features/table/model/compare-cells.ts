import { CHANGE_CLASSES } from '../../../domain/compare/comparison.ts'
import type {
  ChangeClass,
  FieldChange,
  OpportunityChange,
} from '../../../domain/compare/comparison.ts'
import { STATUSES, type Status } from '../../../domain/format/export-vocabulary.ts'
import type { CellValue } from './table-row-model.ts'

/**
 * The comparison's cells (COMPARE_COLUMNS) for the table: the opportunity's change class, its
 * rank then and the places it moved (up is positive), its status then, and what changed.
 */
export interface TableComparison {
  byId: ReadonlyMap<string, OpportunityChange>
  changeLabel(c: ChangeClass): string
  fieldLabel(f: FieldChange): string
}

const COMPARE_IDS = new Set(['change', 'rankThen', 'rankDelta', 'statusThen', 'changedFields'])

export function isCompareColumn(columnId: string): boolean {
  return COMPARE_IDS.has(columnId)
}

export function compareCell(
  comparison: TableComparison,
  statusLabel: (s: Status) => string,
  id: string,
  columnId: string,
): CellValue {
  const c = comparison.byId.get(id)
  if (!c) return null
  switch (columnId) {
    case 'change':
      return comparison.changeLabel(c.change)
    case 'rankThen':
      return c.rank.then
    case 'rankDelta':
      return c.rank.delta
    case 'statusThen':
      return c.then ? statusLabel(c.then.status) : null
    case 'changedFields':
      return c.fields.map((f) => comparison.fieldLabel(f)).join(', ') || null
  }
  return null
}

/**
 * Sort keys of the enumerated comparison columns in their natural order (the change classes
 * as declared, statuses by life cycle); null for the others, which sort by their values.
 */
export function compareEnumKey(
  comparison: TableComparison,
  id: string,
  columnId: string,
): number | null {
  const c = comparison.byId.get(id)
  if (!c) return null
  if (columnId === 'change') return CHANGE_CLASSES.indexOf(c.change)
  if (columnId === 'statusThen') return c.then ? STATUSES.indexOf(c.then.status) : null
  return null
}
