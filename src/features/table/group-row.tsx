import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { formatEuroSum, formatMean } from './model/cell-format.ts'
import { groupKey, type TableGroup } from './model/table-group.ts'
import { tableCatalog } from './table-catalog.ts'

/**
 * A group's header row across the whole table: a toggle that shows or hides the group's rows,
 * and its count, budget sum and mean priority. The toggle's name says what it will do, since
 * its arrow is hidden from screen readers.
 */
export function GroupRow({
  index,
  group,
  name,
  open,
  colCount,
  onToggle,
}: {
  index: number
  group: TableGroup
  name: string
  open: boolean
  colCount: number
  onToggle: (key: string) => void
}) {
  const tt = useFeatureTranslate(tableCatalog)
  const locale = useLocale()
  return (
    <tr data-index={index} aria-rowindex={index + 2} className="group-row">
      <td colSpan={colCount}>
        <button
          type="button"
          className="group-toggle"
          aria-expanded={open}
          onClick={() => onToggle(groupKey(group))}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
          <span className="visually-hidden">
            {open ? tt('group.collapse', { name }) : tt('group.expand', { name })}
          </span>
          <strong aria-hidden="true">{name}</strong>
        </button>{' '}
        <span className="group-summary">
          {tt('group.summary', {
            count: group.positions.length,
            budget: formatEuroSum(group.budgetSum, locale),
            mean:
              group.priorityMean === null
                ? tt('group.noMean')
                : formatMean(group.priorityMean, locale),
          })}
        </span>
      </td>
    </tr>
  )
}
