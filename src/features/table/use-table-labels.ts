import { useCallback, useMemo } from 'react'
import type { Facet } from '../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { resolveText, type LocalizedText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useTranslate } from '../../i18n/language-context.tsx'
import { facetValueName } from '../shared/filters/facet-options.ts'
import { valueLabelKey } from '../shared/filters/value-label.ts'
import { SCORE_PREFIX } from './model/table-columns.ts'
import type { GroupBy, TableGroup } from './model/table-group.ts'
import type { TableLabels } from './model/table-row-model.ts'
import { tableCatalog, type TableMessage } from './table-catalog.ts'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'
import { isCompareColumn } from './model/compare-cells.ts'

/**
 * What the table calls things in the UI language: the words its model writes into cells
 * (`labels`), its columns, the values of a facet, and its groups. Each is the same function
 * until the language or the data changes, so the memoised grid and rows are not re-rendered
 * by a render that changed neither.
 */
export function useTableLabels(data: NormalisedExport, groupBy: GroupBy | null) {
  const t = useTranslate()
  const tt = useFeatureTranslate(tableCatalog)
  const tc = useFeatureTranslate(compareCatalog)
  const lang = useLanguage()
  const labels = useMemo<TableLabels>(
    () => ({
      status: (s) => t(`status.${s}`),
      goal: (g) => t(`goal.${g}`),
      type: (x) => t(`innovation.${x}`),
      quadrant: (q) => tt(`quadrant.${q}`),
    }),
    [t, tt],
  )
  const content = useCallback(
    (value: LocalizedText) => resolveText(value, lang, data.dataset.defaultLanguage)?.text ?? '',
    [lang, data],
  )
  const labelOf = useCallback(
    (id: string) => {
      if (id.startsWith(SCORE_PREFIX)) {
        const c = data.criterionById.get(id.slice(SCORE_PREFIX.length))
        return tt('col.score', { name: c ? content(c.name) : id })
      }
      if (isCompareColumn(id)) return tc(`col.${id}` as Parameters<typeof tc>[0])
      return tt(`col.${id}` as TableMessage)
    },
    [tt, tc, data, content],
  )
  const valueLabel = useCallback(
    (facet: Facet, value: string) => {
      const key = valueLabelKey(facet, value)
      if (key !== null) return t(key)
      const name = facetValueName(data, facet, value)
      return name === null ? value : content(name)
    },
    [t, data, content],
  )
  const groupLabel = useCallback(
    (g: TableGroup) =>
      g.value === null || groupBy === null ? tt('group.none') : valueLabel(groupBy, g.value),
    [tt, valueLabel, groupBy],
  )
  return { labels, labelOf, valueLabel, groupLabel }
}
