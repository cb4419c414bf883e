import { useEffect, useId, useMemo } from 'react'
import { FACETS, searchIndexFor, type Facet } from '../../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { useTranslate } from '../../../i18n/language-context.tsx'
import type { MessageKey } from '../../../i18n/messages-en.ts'
import { Localized } from '../../../ui/localized.tsx'
import { setLiveQuery } from '../../../url-state/live-query.ts'
import { useSetViewState } from '../../../url-state/use-view-state.ts'
import type { ViewState } from '../../../url-state/view-state.ts'
import {
  activeFilterCount,
  chosenCount,
  clearedFilters,
  facetOptions,
  type FacetOption,
} from './facet-options.ts'
import { FacetFieldset } from './facet-fieldset.tsx'
import { useFacetLists } from './use-facet-lists.ts'
import { useFacetToggle, usePanelOpen } from './use-facet-panel.ts'
import { useFilteredData } from './use-filtered-data.ts'
import { useUrlDraft } from './use-url-draft.ts'
import { valueLabelKey } from './value-label.ts'

/** How long typing pauses before the URL (and so every view) follows the search box. */
const SEARCH_DEBOUNCE_MS = 150

const FACET_LABEL: Record<Facet, MessageKey> = {
  theme: 'filters.facet.theme',
  cluster: 'filters.facet.cluster',
  goal: 'filters.facet.goal',
  type: 'filters.facet.type',
  status: 'filters.facet.status',
  source: 'filters.facet.source',
}

/**
 * The shared filters of the three views, under the header: free text, a panel of facet
 * checkboxes with counts, and how many opportunities they leave of how many. Everything is in
 * the URL, so a copied link reopens the same selection.
 */
export function FilterBar() {
  const t = useTranslate()
  const { data, state, stale, positions } = useFilteredData()
  const setViewState = useSetViewState()
  const active = activeFilterCount(state)

  return (
    <search className="filter-bar" aria-label={t('filters.label')}>
      <SearchBox q={state.q} onChange={(q) => setViewState({ q }, { replace: true })} />
      {data ? (
        <FacetPanel data={data} state={state} />
      ) : (
        // Unseen stand-ins of the panel and the count keep the bar as tall as it will be, so
        // the page under it does not move when the data comes.
        <details className="facet-panel unseen">
          <summary>{t('filters.choose', { count: chosenCount(state) })}</summary>
        </details>
      )}
      {active > 0 ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setViewState(clearedFilters())}
        >
          {t('filters.clear')}
        </button>
      ) : null}
      {data ? (
        <p className="shown-count" role="status">
          {t('count.shownOfTotal', { shown: positions.length, total: data.opportunities.length })}
        </p>
      ) : (
        <p className="shown-count unseen">{t('count.shownOfTotal', { shown: 0, total: 0 })}</p>
      )}
      {stale ? (
        <p className="muted stale-note">
          {t('filters.staleDropped', {
            count:
              stale.themes.length +
              stale.clusters.length +
              stale.sources.length +
              stale.criteria.length,
          })}
        </p>
      ) : null}
    </search>
  )
}

/**
 * The search box keeps its own text while typing: the views filter on it at once (live-query.ts)
 * and the URL follows after a pause, so Back does not step through every keystroke.
 */
function SearchBox({ q, onChange }: { q: string; onChange: (q: string) => void }) {
  const t = useTranslate()
  const id = useId()
  const { text, setText, sentRef } = useUrlDraft(q, setLiveQuery)
  useEffect(() => {
    if (text === sentRef.current) return
    const timer = setTimeout(() => {
      sentRef.current = text
      onChange(text)
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, onChange, sentRef])
  // Without a search box on the page, the URL's text is the search.
  useEffect(() => () => setLiveQuery(null), [])
  return (
    <div className="search-field">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setLiveQuery(e.target.value)
        }}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
      />
      <span id={`${id}-hint`} className="hint">
        {t('filters.searchHint')}
      </span>
    </div>
  )
}

function FacetPanel({ data, state }: { data: NormalisedExport; state: ViewState }) {
  const t = useTranslate()
  const toggle = useFacetToggle()
  const [open, onToggle] = usePanelOpen()
  const lists = useFacetLists(state)
  const { q, lang } = state
  // Counts cost one filter pass per facet: made only while the panel is open.
  const options = useMemo(
    () => (open ? facetOptions(data, searchIndexFor(data, lang, q), { ...lists, q }) : null),
    [open, data, lang, lists, q],
  )

  return (
    <details className="facet-panel" open={open} onToggle={onToggle}>
      <summary>{t('filters.choose', { count: chosenCount(state) })}</summary>
      {options ? (
        <div className="facet-groups">
          {FACETS.map((facet) => (
            <FacetGroup
              key={facet}
              facet={facet}
              options={options.get(facet) ?? []}
              defaultLanguage={data.dataset.defaultLanguage}
              onToggle={toggle}
            />
          ))}
        </div>
      ) : null}
    </details>
  )
}

function FacetGroup({
  facet,
  options,
  defaultLanguage,
  onToggle,
}: {
  facet: Facet
  options: FacetOption[]
  defaultLanguage: NormalisedExport['dataset']['defaultLanguage']
  onToggle: (facet: Facet, value: string, on: boolean) => void
}) {
  const t = useTranslate()
  const checkboxes = options.map((o) => {
    const label = valueLabelKey(facet, o.value)
    return {
      value: o.value,
      chosen: o.chosen,
      label: (
        <>
          {label ? (
            t(label)
          ) : (
            <Localized value={o.name ?? o.value} defaultLanguage={defaultLanguage} hint={false} />
          )}{' '}
          <span className="facet-count">({t('filters.optionCount', { count: o.count })})</span>
        </>
      ),
    }
  })
  return (
    <FacetFieldset
      facet={facet}
      legend={t(FACET_LABEL[facet])}
      options={checkboxes}
      onToggle={onToggle}
    />
  )
}
