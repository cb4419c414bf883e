import { memo, useCallback, useId, useMemo, useState } from 'react'
import { GROUP_BYS, isGroupBy, type GroupBy } from './model/table-group.ts'
import { toggleSort } from './model/table-sort.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useTranslate } from '../../i18n/language-context.tsx'
import { LoadStatus } from '../../ui/load-status.tsx'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { useFilteredData, type FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { ColumnChooser } from './column-chooser.tsx'
import { ColumnFilters } from './column-filters.tsx'
import { ExportPanel } from './export-panel.tsx'
import { SavedViews } from './saved-views.tsx'
import { tableCatalog } from './table-catalog.ts'
import { TableGrid } from './table-grid.tsx'
import { useTableLabels } from './use-table-labels.ts'
import { useTableView } from './use-table-view.ts'
import { useTableComparison } from './use-table-comparison.ts'
import { useTableDecisions } from './use-table-decisions.ts'
import { ChangeFilter } from './change-filter.tsx'
import { DecidedFilter } from './decided-filter.tsx'
import { ChangeReportExport } from './change-report-export.tsx'
import { BaselineNotice } from '../shared/compare/baseline-notice.tsx'
import { PrintButton } from './print-button.tsx'
import { TablePrint } from './table-print.tsx'
import { PresentLink } from '../shared/present-link.tsx'
import { togglePick } from '../shared/agenda/agenda-pick.ts'
import { AgendaPicker, type AgendaPicks } from './agenda-picker.tsx'
import './table.css'

/** The analysts' table at /opportunities. */
export function TablePage() {
  const t = useTranslate()
  const tt = useFeatureTranslate(tableCatalog)
  const { data, load, state, positions } = useFilteredData()
  const headingId = useId()
  const introId = useId()
  return (
    <>
      <h1 id={headingId}>{t('list.heading.opportunities')}</h1>
      {/* Before the data too: the page's words are on screen while the export loads. */}
      <p id={introId}>{tt('intro')}</p>
      {data ? (
        <TableView
          data={data}
          state={state}
          positions={positions}
          headingId={headingId}
          introId={introId}
        />
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
  introId,
}: FilteredViewProps & { headingId: string; introId: string }) {
  const tt = useFeatureTranslate(tableCatalog)
  const lang = useLanguage()
  const setViewState = useSetViewState()
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const groupBy = isGroupBy(state.group) ? state.group : null
  const { labels, labelOf, valueLabel, groupLabel } = useTableLabels(data, groupBy)
  const compared = useTableComparison(data, state, positions)
  const decided = useTableDecisions(data, state, compared.positions)
  const view = useTableView(
    data,
    state,
    decided.positions,
    lang,
    labels,
    collapsed,
    compared.table,
    decided.decisions,
    compared.removed,
  )
  const { model } = view

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

  // Picking the forum's agenda: a checkbox per row while on, and at once when a link has one.
  const [picking, setPicking] = useState(state.agenda.length > 0)
  const agendaText = state.agenda.join(',')
  const togglePicked = useCallback(
    (id: string) => setViewState((s) => ({ agenda: togglePick(s.agenda, id) }), { replace: true }),
    [setViewState],
  )
  const agenda: AgendaPicks | null = useMemo(
    () =>
      picking
        ? { picked: new Set(agendaText === '' ? [] : agendaText.split(',')), toggle: togglePicked }
        : null,
    [picking, agendaText, togglePicked],
  )

  const multi = groupBy === 'cluster' || groupBy === 'goal'
  return (
    <>
      <div className="table-toolbar">
        <GroupBySelect groupBy={groupBy} onChange={() => setCollapsed(new Set())} />
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
        <DecidedFilter selected={state.decided} active={decided.decisions !== null} />
        <SavedViews state={state} />
        <ExportPanel model={model} rows={view.rows} columns={view.columns} labelOf={labelOf} />
        <PrintButton />
        <PresentLink />
        <AgendaPicker picking={picking} count={state.agenda.length} onPicking={setPicking} />
      </div>
      <BaselineNotice baseline={compared.baseline} comparison={compared.comparison} />
      {compared.comparison ? (
        <>
          <ChangeFilter selected={state.changes} comparison={compared.comparison} />
          <ChangeReportExport data={data} comparison={compared.comparison} />
        </>
      ) : null}
      <p className="table-count">
        {tt('count', { shown: view.rows.length, total: data.opportunities.length })}
      </p>
      {multi ? <p className="muted">{tt('group.multiNote')}</p> : null}
      {view.rows.length === 0 ? <p className="muted">{tt('empty')}</p> : null}
      <TableGrid
        view={view}
        labelOf={labelOf}
        groupLabel={groupLabel}
        onSort={onSort}
        collapsed={collapsed}
        onToggleGroup={onToggleGroup}
        labelledBy={headingId}
        describedBy={introId}
        agenda={agenda}
      />
      <TablePrint
        data={model.data}
        state={state}
        view={view}
        labelOf={labelOf}
        groupLabel={groupLabel}
      />
    </>
  )
})

/**
 * What the rows are grouped by, in the URL's `group`. A new grouping opens every group:
 * `onChange` clears the collapsed ones.
 */
function GroupBySelect({ groupBy, onChange }: { groupBy: GroupBy | null; onChange: () => void }) {
  const tt = useFeatureTranslate(tableCatalog)
  const setViewState = useSetViewState()
  const id = useId()
  return (
    <span className="group-by">
      <label htmlFor={id}>{tt('groupBy')}</label>{' '}
      <select
        id={id}
        value={groupBy ?? ''}
        onChange={(e) => {
          onChange()
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
  )
}
