import type { ReactNode } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { sortPlace } from './model/table-sort.ts'
import { tableCatalog } from './table-catalog.ts'

/**
 * A column's header: a button that sorts by the column (Shift adds it as a further key),
 * showing the direction and, among several keys, its place; both are said in words for
 * screen readers, since the marks are hidden from them.
 */
export function SortHeaderCell({
  columnId,
  className,
  place,
  onSort,
  children,
}: {
  columnId: string
  className: string
  place: ReturnType<typeof sortPlace>
  onSort: (column: string, additive: boolean) => void
  /** The column's name. */
  children: ReactNode
}) {
  const tt = useFeatureTranslate(tableCatalog)
  return (
    <th
      scope="col"
      className={className}
      aria-sort={place ? (place.desc ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        data-column={columnId}
        onClick={(e) => onSort(columnId, e.shiftKey)}
      >
        <span className="sort-label">{children}</span>
        <span className="sort-mark" aria-hidden="true">
          {place ? (place.desc ? '▼' : '▲') : '↕'}
          {place?.multi ? <sup>{place.place}</sup> : null}
        </span>
        {place ? (
          <span className="visually-hidden">
            {', '}
            {place.desc ? tt('sortedDesc') : tt('sortedAsc')}
            {place.multi ? `, ${tt('sortKeyNumber', { n: place.place })}` : ''}
          </span>
        ) : null}
      </button>
    </th>
  )
}
