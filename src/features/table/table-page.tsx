import { memo, useCallback, useId, useMemo, useState } from 'react'
import type { Facet } from '../../domain/dataset/filter-opportunities.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { SCORE_PREFIX } from './model/table-columns.ts'
import { GROUP_BYS, isGroupBy, type TableGroup } from './model/table-group.ts'
import type { TableLabels } from './model/table-row-model.ts'
import { toggleSort } from './model/table-sort.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useTranslate } from '../../i18n/language-context.tsx'
import { LoadStatus } from '../../ui/load-status.tsx'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { useFilteredData, type FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { valueLabelKey } from '../shared/filters/value-label.ts'
import { ColumnChooser } from './column-chooser.tsx'
import { ColumnFilters } from './column-filters.tsx'
import { ExportPanel } from './export-panel.tsx'
import { SavedViews } from './saved-views.tsx'
import { tableCatalog, type TableMessage } from './table-catalog.ts'
import { TableGrid } from './table-grid.tsx'
import { useTableView } from './use-table-view.ts'
import './table.css'

/** The analysts' table (issue 6) at /opportunities. */
export function TablePage() {
  const t = useTranslate()
  const { data, load, state, positions } = useFilteredData()
  const headingId = useId()
  return (
    <>
      <h1 id={headingId}>{t('list.heading.opportunities')}</h1>
      {data ? (
        <TableView data={data} state={state} positions={positions} headingId={headingId} />
      ) : (
        <LoadStatus load={load} />
      )}
    </>
  )
}

/**
 * Memoised: a keystroke in the search box re-renders the page urgently with the filtered
 * positions unchanged (they follow in a deferred render); this skips that render.
 */
const TableView = memo(function TableView({
  data,
  state,
  positions,
  headingId,
}: FilteredViewProps & { headingId: string }) {
  const t = useTranslate()
  const tt = useFeatureTranslate(tableCatalog)
  const lang = useLanguage()
  const setViewState = useSetViewState()
  const introId = useId()
  const groupId = useId()
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())

  const labels = useMemo<TableLabels>(
    () => ({
      status: (s) => t(`status.${s}`),
      goal: (g) => t(`goal.${g}`),
      type: (x) => t(`innovation.${x}`),
      quadrant: (q) => tt(`quadrant.${q}`),
    }),
    [t, tt],
  )
  const view = useTableView(data, state, positions, lang, labels, collapsed)
  const { model } = view

  const content = useCallback(
    (value: Parameters<typeof resolveText>[0]) =>
      resolveText(value, lang, data.dataset.defaultLanguage)?.text ?? '',
    [lang, data],
  )
  const labelOf = useCallback(
    (id: string) => {
      if (id.startsWith(SCORE_PREFIX)) {
        const c = data.criterionById.get(id.slice(SCORE_PREFIX.length))
        return tt('col.score', { name: c ? content(c.name) : id })
      }
      return tt(`col.${id}` as TableMessage)
    },
    [tt, data, content],
  )
  const valueLabel = useCallback(
    (facet: Facet, value: string) => {
      const key = valueLabelKey(facet, value)
      if (key !== null) return t(key)
      switch (facet) {
        case 'theme': {
          const theme = data.themeById.get(value)
          return theme ? content(theme.name) : value
        }
        case 'cluster': {
          const cluster = data.clusterById.get(value)
          return cluster ? content(cluster.name) : value
        }
        case 'source': {
          const source = data.sourceById.get(value)
          return source ? content(source.name) : value
        }
        default:
          return value
      }
    },
    [t, data, content],
  )
  const groupBy = isGroupBy(state.group) ? state.group : null
  const groupLabel = useCallback(
    (g: TableGroup) =>
      g.value === null || groupBy === null ? tt('group.none') : valueLabel(groupBy, g.value),
    [tt, valueLabel, groupBy],
  )

  const onSort = useCallback(
    (column: string, additive: boolean) => {
      const kind = model.columnById.get(column)?.kind
      // Numbers start at their largest (highest priority first), except the rank, whose
      // best is 1; text and dates start at A and the earliest.
      const descFirst = kind === 'number' && column !== 'rank'
      setViewState((s) => ({ sort: toggleSort(s.sort, column, additive, descFirst) }))
    },
    [model, setViewState],
  )
  const onToggleGroup = useCallback((key: string) => {
    setCollapsed((c) => {
      const next = new Set(c)
      if (!next.delete(key)) next.add(key)
      return next
    })
  }, [])

  const multi = groupBy === 'cluster' || groupBy === 'goal'
  return (
    <>
      <p id={introId}>{tt('intro')}</p>
      <div className="table-toolbar">
        <span className="group-by">
          <label htmlFor={groupId}>{tt('groupBy')}</label>{' '}
          <select
            id={groupId}
            value={groupBy ?? ''}
            onChange={(e) => {
              setCollapsed(new Set())
              setViewState({ group: e.target.value === '' ? null : e.target.value })
            }}
          >
            <option value="">{tt('groupBy.none')}</option>
            {GROUP_BYS.map((g) => (
              <option key={g} value={g}>
                {tt(`groupBy.${g}`)}
              </option>
            ))}
          </select>
        </span>
        <ColumnChooser all={model.columns} visible={view.columns} labelOf={labelOf} />
        <ColumnFilters
          data={data}
          state={state}
          columns={model.columns}
          visible={view.columns}
          ranged={view.ranged}
          labelOf={labelOf}
          valueLabel={valueLabel}
        />
        <SavedViews state={state} />
        <ExportPanel model={model} rows={view.rows} columns={view.columns} labelOf={labelOf} />
      </div>
      <p className="table-count">
        {tt('count', { shown: view.rows.length, total: data.opportunities.length })}
      </p>
      {multi ? <p className="muted">{tt('group.multiNote')}</p> : null}
      {view.rows.length === 0 ? <p className="muted">{tt('empty')}</p> : null}
      <TableGrid
        model={model}
        columns={view.columns}
        labelOf={labelOf}
        groupLabel={groupLabel}
        sort={view.sort}
        onSort={onSort}
        display={view.display}
        groups={view.groups}
        collapsed={collapsed}
        onToggleGroup={onToggleGroup}
        labelledBy={headingId}
        describedBy={introId}
      />
    </>
  )
})
