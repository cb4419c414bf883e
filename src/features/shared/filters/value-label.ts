import type { Facet } from '../../../domain/dataset/filter-opportunities.ts'
import type { MessageKey } from '../../../i18n/messages-en.ts'

/**
 * The UI catalog key that names a value of an enumerated facet: growth goals, innovation types
 * and statuses are the app's own words, in its three languages. Null for themes, clusters and
 * sources, which the export names in its own content. One place, so the filter bar and the
 * table's column filters always call a value the same.
 */
export function valueLabelKey(facet: Facet, value: string): MessageKey | null {
  switch (facet) {
    case 'goal':
      return `goal.${value}` as MessageKey
    case 'type':
      return `innovation.${value}` as MessageKey
    case 'status':
      return `status.${value}` as MessageKey
    default:
      return null
  }
}
