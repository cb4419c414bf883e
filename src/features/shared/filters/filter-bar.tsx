import { useEffect, useId, useMemo, useRef, useState } from 'react'
import {
  FACETS,
  FACET_FILTER_KEYS,
  searchIndexFor,
  type Facet,
} from '../../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { useTranslate } from '../../../i18n/language-context.tsx'
import type { MessageKey } from '../../../i18n/messages-en.ts'
import { Localized } from '../../../ui/localized.tsx'
import { setLiveQuery } from '../../../url-state/live-query.ts'
import { useSetViewState } from '../../../url-state/use-view-state.ts'
import type { ViewState } from '../../../url-state/view-state.ts'
import { activeFilterCount, facetOptions, type FacetOption } from './facet-options.ts'
import { useFilteredData } from './use-filtered-data.ts'
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
      {data ? <FacetPanel data={data} state={state} activeCount={active} /> : null}
      {active > 0 ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() =>
            setViewState({
              themes: [],
              clusters: [],
              goals: [],
              types: [],
              statuses: [],
              sources: [],
              q: '',
            })
          }
        >
          {t('filters.clear')}
        </button>
      ) : null}
      {data ? (
        <p className="shown-count" role="status">
          {t('count.shownOfTotal', { shown: positions.length, total: data.opportunities.length })}
        </p>
      ) : null}
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
  const [text, setText] = useState(q)
  const sent = useRef(q)
  // The URL changed by other means (Clear, Back): show what it says.
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q
      setText(q)
      setLiveQuery(q)
    }
  }, [q])
  useEffect(() => {
    if (text === sent.current) return
    const timer = setTimeout(() => {
      sent.current = text
      onChange(text)
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, onChange])
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

function FacetPanel({
  data,
  state,
  activeCount,
}: {
  data: NormalisedExport
  state: ViewState
  activeCount: number
}) {
  const t = useTranslate()
  const setViewState = useSetViewState()
  const [open, setOpen] = useState(false)
  const facetChosen = activeCount - (state.q.trim() === '' ? 0 : 1)
  const { themes, clusters, goals, types, statuses, sources, q, lang } = state
  // Counts cost one filter pass per facet: made only while the panel is open.
  const options = useMemo(
    () =>
      open
        ? facetOptions(data, searchIndexFor(data, lang, q), {
            themes,
            clusters,
            goals,
            types,
            statuses,
            sources,
            q,
          })
        : null,
    [open, data, lang, themes, clusters, goals, types, statuses, sources, q],
  )

  const toggle = (facet: Facet, value: string, on: boolean) => {
    const key = FACET_FILTER_KEYS[facet]
    setViewState((s) => {
      const current = s[key] as readonly string[]
      const next = on ? [...current, value] : current.filter((v) => v !== value)
      return { [key]: next } as Partial<ViewState>
    })
  }

  return (
    <details
      className="facet-panel"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('filters.choose', { count: facetChosen })}</summary>
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
  if (options.length === 0) return null
  return (
    <fieldset className="facet">
      <legend>{t(FACET_LABEL[facet])}</legend>
      <ul>
        {options.map((o) => {
          const label = valueLabelKey(facet, o.value)
          return (
            <li key={o.value}>
              <label>
                <input
                  type="checkbox"
                  checked={o.chosen}
                  onChange={(e) => onToggle(facet, o.value, e.target.checked)}
                />{' '}
                {label ? (
                  t(label)
                ) : (
                  <Localized
                    value={o.name ?? o.value}
                    defaultLanguage={defaultLanguage}
                    hint={false}
                  />
                )}{' '}
                <span className="facet-count">
                  ({t('filters.optionCount', { count: o.count })})
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
