import { memo, type MouseEvent } from 'react'
import type { NormalisedOpportunity } from '../../domain/dataset/normalise-export.ts'
import { Localized } from '../../ui/localized.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { navigateTo, opportunityPath } from '../../url-state/location.ts'
import { AgendaCheckbox } from './agenda-picker.tsx'
import { formatCell } from './model/cell-format.ts'
import { cellTooltip } from './model/grid-layout.ts'
import type { TableModel } from './model/table-row-model.ts'
import type { CellColumn } from './use-grid-columns.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { tableCatalog } from './table-catalog.ts'

/**
 * A click anywhere on a row opens it, for the mouse; the keyboard has the title link in the
 * same row. Links and buttons in the row do their own thing, and a click that ends a text
 * selection selects.
 */
function openRow(e: MouseEvent<HTMLTableRowElement>, id: string, search: string) {
  if ((e.target as HTMLElement).closest('a, button, input, select')) return
  if (window.getSelection()?.toString()) return
  navigateTo(opportunityPath(id), { search })
}

/**
 * One opportunity's row. Memoised on its position, index and columns: a scroll, a sort or a
 * keystroke in the search box renders only the rows that came into view or moved, not the
 * few dozen around them.
 */
export const DataRow = memo(function DataRow({
  index,
  position,
  columns,
  model,
  locale,
  linkSearch,
  picked,
  onPick,
}: {
  index: number
  position: number
  columns: readonly CellColumn[]
  model: TableModel
  locale: string
  /** The query of the links to the opportunity: the table's state, with `via=table`. */
  linkSearch: string
  /** Whether it is on the forum's agenda; null while the table is not picking one. */
  picked: boolean | null
  onPick: (id: string) => void
}) {
  const opportunity = model.data.opportunities[position]
  if (!opportunity) return null
  // A dropped one has no page to open: its row is greyed, and says so in words.
  const removed = model.removedFrom !== undefined && position >= model.removedFrom
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      className={removed ? 'is-removed' : undefined}
      onClick={removed ? undefined : (e) => openRow(e, opportunity.id, linkSearch)}
    >
      <RowCells
        position={position}
        opportunity={opportunity}
        columns={columns}
        model={model}
        locale={locale}
        linkSearch={removed ? null : linkSearch}
        {...(!removed && { picked, onPick })}
      />
    </tr>
  )
})

/** A row's cells, apart from its index: a row that only moved up or down is not re-rendered. */
const RowCells = memo(function RowCells({
  position,
  opportunity,
  columns,
  model,
  locale,
  linkSearch,
  picked,
  onPick,
}: {
  position: number
  opportunity: NormalisedOpportunity
  columns: readonly CellColumn[]
  model: TableModel
  locale: string
  /** Null for a removed one's row: its title is no link. */
  linkSearch: string | null
  /** Whether it is on the forum's agenda; null or absent while no agenda is being picked. */
  picked?: boolean | null
  onPick?: (id: string) => void
}) {
  const tt = useFeatureTranslate(tableCatalog)
  return columns.map(({ column, className }) => {
    if (column.id === 'title' && linkSearch === null)
      return (
        <td key={column.id} className={className}>
          <Localized
            value={opportunity.record.title}
            defaultLanguage={model.data.dataset.defaultLanguage}
            hint={false}
          />{' '}
          <span className="removed-mark">({tt('row.removed')})</span>
        </td>
      )
    // The title is the row's link: the keyboard's way into the row and to the opportunity.
    if (column.id === 'title' && linkSearch !== null)
      return (
        <td key={column.id} className={className}>
          {picked == null || !onPick ? null : (
            <AgendaCheckbox
              id={opportunity.id}
              title={opportunity.record.title}
              defaultLanguage={model.data.dataset.defaultLanguage}
              picked={picked}
              onToggle={onPick}
            />
          )}
          <AppLink to={opportunityPath(opportunity.id)} search={linkSearch} className="row-link">
            <Localized
              value={opportunity.record.title}
              defaultLanguage={model.data.dataset.defaultLanguage}
              hint={false}
            />
          </AppLink>
        </td>
      )
    // Plain text in the cell, no wrapper element: fewer nodes to lay out per frame.
    const text = formatCell(column.kind, column.id, model.value(column.id, position), locale)
    return (
      <td key={column.id} className={className} title={cellTooltip(text)}>
        {text}
      </td>
    )
  })
})
