import type { ReactNode } from 'react'
import type { Facet } from '../../../domain/dataset/filter-opportunities.ts'

export interface FacetCheckbox {
  value: string
  chosen: boolean
  /** What follows the checkbox in its label: the value's name and its count. */
  label: ReactNode
}

/**
 * One facet's checkboxes under its legend, as the filter bar and the table's column filters
 * both show them; nothing for a facet the export has no values of.
 */
export function FacetFieldset({
  facet,
  legend,
  options,
  onToggle,
}: {
  facet: Facet
  legend: string
  options: readonly FacetCheckbox[]
  onToggle: (facet: Facet, value: string, on: boolean) => void
}) {
  if (options.length === 0) return null
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input
                type="checkbox"
                checked={o.chosen}
                onChange={(e) => onToggle(facet, o.value, e.target.checked)}
              />{' '}
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
