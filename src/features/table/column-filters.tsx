import { useId, useMemo } from 'react'
import {
  FACET_FILTER_KEYS,
  facetValues,
  searchIndexFor,
  type Facet,
} from '../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { TableColumn } from './model/table-columns.ts'
import type { ColumnRange, RangeBound } from './model/table-range.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import { chosenCount, clearedFilters, otherFacetCounts } from '../shared/filters/facet-options.ts'
import { FacetFieldset } from '../shared/filters/facet-fieldset.tsx'
import { useFacetLists } from '../shared/filters/use-facet-lists.ts'
import { useFacetToggle, usePanelOpen } from '../shared/filters/use-facet-panel.ts'
import { useUrlDraft } from '../shared/filters/use-url-draft.ts'
import { tableCatalog } from './table-catalog.ts'

/**
 * The table's own filters: a multi-select with counts for each categorical column (the same
 * URL fields as the shared filter bar's facets), and min–max or from–to for the number and
 * date columns shown (the URL's `range`). Plain form controls, so the keyboard works as
 * everywhere else.
 */
export function ColumnFilters({
  data,
  state,
  columns,
  visible,
  ranged,
  labelOf,
  valueLabel,
}: {
  data: NormalisedExport
  state: ViewState
  columns: readonly TableColumn[]
  visible: readonly string[]
  ranged: Uint8Array | null
  labelOf: (id: string) => string
  valueLabel: (facet: Facet, value: string) => string
}) {
  const tt = useFeatureTranslate(tableCatalog)
  const setViewState = useSetViewState()
  const toggle = useFacetToggle()
  const [open, onToggle] = usePanelOpen()
  const facetColumns = useMemo(() => columns.filter((c) => c.facet !== undefined), [columns])
  const facets = useMemo(() => facetColumns.map((c) => c.facet as Facet), [facetColumns])
  const rangeColumns = columns.filter(
    (c) =>
      (c.kind === 'number' || c.kind === 'date') &&
      (visible.includes(c.id) || state.range[c.id] !== undefined),
  )
  const lists = useFacetLists(state)
  const { q, lang } = state
  // Counts cost one filter pass per facet: made only while the panel is open.
  const counts = useMemo(() => {
    if (!open) return null
    const index = searchIndexFor(data, lang, q)
    return new Map(
      facets.map((f) => [f, otherFacetCounts(data, index, { ...lists, q }, f, ranged)]),
    )
  }, [open, data, facets, lang, lists, q, ranged])

  const active = chosenCount(state, facets) + Object.keys(state.range).length
  const setRange = (id: string, range: ColumnRange) =>
    setViewState(
      (s) => {
        const next = Object.fromEntries(Object.entries(s.range).filter(([k]) => k !== id))
        if (range.min !== null || range.max !== null) next[id] = range
        return { range: next }
      },
      { replace: true },
    )
  // The table's panel clears what it shows: its columns' facets and ranges. Sources and the
  // search are the filter bar's.
  const clear = () =>
    setViewState({
      ...clearedFilters(facets.map((f) => FACET_FILTER_KEYS[f])),
      range: {},
    })

  return (
    <details className="facet-panel table-panel" open={open} onToggle={onToggle}>
      <summary>
        {tt('filters')}
        {active > 0 ? ` (${tt('filters.active', { n: active })})` : ''}
      </summary>
      {open ? (
        <div className="panel-body facet-groups">
          {facetColumns.map((c) => {
            const facet = c.facet as Facet
            const chosen = new Set<string>(state[FACET_FILTER_KEYS[facet]])
            const options = facetValues(data, facet).map((v) => ({
              value: v,
              chosen: chosen.has(v),
              label: tt('filters.option', {
                label: valueLabel(facet, v),
                count: counts?.get(facet)?.get(v) ?? 0,
              }),
            }))
            return (
              <FacetFieldset
                key={c.id}
                facet={facet}
                legend={labelOf(c.id)}
                options={options}
                onToggle={toggle}
              />
            )
          })}
          {rangeColumns.map((c) => (
            <RangeFilter
              key={c.id}
              column={c}
              label={labelOf(c.id)}
              range={state.range[c.id] ?? { min: null, max: null }}
              onChange={(r) => setRange(c.id, r)}
            />
          ))}
          {active > 0 ? (
            <p className="filter-actions">
              <button type="button" onClick={clear}>
                {tt('filters.clear')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </details>
  )
}

function RangeFilter({
  column,
  label,
  range,
  onChange,
}: {
  column: TableColumn
  label: string
  range: ColumnRange
  onChange: (range: ColumnRange) => void
}) {
  const tt = useFeatureTranslate(tableCatalog)
  const date = column.kind === 'date'
  return (
    <fieldset className="facet range-set">
      <legend>{label}</legend>
      <BoundInput
        label={date ? tt('filters.from') : tt('filters.min')}
        date={date}
        bound={range.min}
        onChange={(min) => onChange({ ...range, min })}
      />
      <BoundInput
        label={date ? tt('filters.to') : tt('filters.max')}
        date={date}
        bound={range.max}
        onChange={(max) => onChange({ ...range, max })}
      />
    </fieldset>
  )
}

/** One end of a range: keeps its own text while typing, sends it when it reads as a value. */
function BoundInput({
  label,
  date,
  bound,
  onChange,
}: {
  label: string
  date: boolean
  bound: RangeBound
  onChange: (bound: RangeBound) => void
}) {
  const id = useId()
  const { text, setText, sentRef } = useUrlDraft(bound === null ? '' : String(bound))
  const commit = (value: string) => {
    setText(value)
    const t = value.trim()
    let next: RangeBound | undefined
    if (t === '') next = null
    else if (date) next = /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : undefined
    else {
      const n = Number(t.replace(',', '.'))
      next = Number.isFinite(n) ? n : undefined
    }
    if (next === undefined) return
    const text = next === null ? '' : String(next)
    if (text === sentRef.current) return
    sentRef.current = text
    onChange(next)
  }
  return (
    <span className="bound">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={date ? 'date' : 'text'}
        inputMode={date ? undefined : 'decimal'}
        value={text}
        onChange={(e) => commit(e.target.value)}
        size={date ? undefined : 8}
        autoComplete="off"
      />
    </span>
  )
}
