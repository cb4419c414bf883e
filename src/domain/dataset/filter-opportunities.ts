import type { Opportunity } from '../format/export-schema.ts'
import {
  GROWTH_GOALS,
  INNOVATION_TYPES,
  STATUSES,
  type GrowthGoal,
  type InnovationType,
  type Status,
} from '../format/export-vocabulary.ts'
import { CONTENT_LANGUAGES, type ContentLanguage, type UiLanguage } from '../format/languages.ts'
import type { LocalizedText } from '../format/localized-text.ts'
import type { NormalisedExport, NormalisedOpportunity } from './normalise-export.ts'
import { takeSearchTexts } from '../text/search-seeds.ts'
import {
  joinSearchTexts,
  SearchCursor,
  searchTextCount,
  type SearchTexts,
} from '../text/search-texts.ts'
import { normaliseForSearch, searchTerms } from '../text/text-compare.ts'

/**
 * The filters every view applies (shared through the URL): any of the chosen values
 * within a facet, all facets together; an empty facet does not filter. Free text must find
 * every one of its terms in the opportunity's title, summary, id or tags, in any of its
 * languages.
 *
 * Written for 100 000 opportunities: one pass over the array, lookups in sets made once per
 * call, and a search index made once per export and language; nothing is allocated per
 * opportunity.
 */

export interface OpportunityFilters {
  themes: readonly string[]
  clusters: readonly string[]
  goals: readonly GrowthGoal[]
  types: readonly InnovationType[]
  statuses: readonly Status[]
  sources: readonly string[]
  /** Free text; whitespace separates terms. */
  q: string
}

export const FACETS = ['theme', 'cluster', 'goal', 'type', 'status', 'source'] as const
export type Facet = (typeof FACETS)[number]

/** Which filter list belongs to which facet. */
export const FACET_FILTER_KEYS = {
  theme: 'themes',
  cluster: 'clusters',
  goal: 'goals',
  type: 'types',
  status: 'statuses',
  source: 'sources',
} as const satisfies Record<Facet, keyof OpportunityFilters>

export const NO_FILTERS: OpportunityFilters = Object.freeze({
  themes: [],
  clusters: [],
  goals: [],
  types: [],
  statuses: [],
  sources: [],
  q: '',
})

export interface SearchIndex {
  lang: UiLanguage
  /** Per opportunity, aligned with `data.opportunities`: its searchable texts, normalised. */
  texts: SearchTexts
}

/** Separates the fields of one entry, so that a term never matches across two of them. */
const FIELD_SEPARATOR = '\n'

/** `text` and every non-empty text of `value`, in all its languages, one per line. */
function appendTexts(text: string, value: LocalizedText | undefined): string {
  if (value === undefined) return text
  if (typeof value === 'string') return value === '' ? text : text + FIELD_SEPARATOR + value
  let out = text
  for (let l = 0; l < CONTENT_LANGUAGES.length; l++) {
    const t = value[CONTENT_LANGUAGES[l] as ContentLanguage]
    if (t !== undefined && t !== '') out += FIELD_SEPARATOR + t
  }
  return out
}

const indexCache = new WeakMap<NormalisedExport, Map<UiLanguage, SearchIndex>>()

/**
 * One normalised string per opportunity, over its id, title, summary and tags in every
 * content language it has (a Swedish user finds a record titled only in Finnish or Sámi).
 * Made once per export and language; later calls return the same index.
 */
export function buildSearchIndex(data: NormalisedExport, lang: UiLanguage): SearchIndex {
  const offered = takeSearchTexts(data)
  if (offered) seedSearchIndex(data, offered.languages, offered.texts)
  let byLang = indexCache.get(data)
  if (byLang === undefined) {
    byLang = new Map()
    indexCache.set(data, byLang)
  }
  const cached = byLang.get(lang)
  if (cached !== undefined) return cached

  // The fields are joined first and normalised once per opportunity: normalising is per
  // character, so this gives the same text as normalising each field, with fewer calls.
  const opportunities = data.opportunities
  const texts = new Array<string>(opportunities.length)
  for (let i = 0; i < opportunities.length; i++) {
    const record = (opportunities[i] as NormalisedOpportunity).record
    let raw = appendTexts(appendTexts(record.id, record.title), record.summary)
    const tags = record.tags
    if (tags !== undefined) for (let t = 0; t < tags.length; t++) raw += FIELD_SEPARATOR + tags[t]
    texts[i] = normaliseForSearch(raw, lang)
  }
  const index: SearchIndex = { lang, texts: joinSearchTexts(texts) }
  byLang.set(lang, index)
  return index
}

const noTexts: SearchTexts = joinSearchTexts([])
const noIndex = new Map<UiLanguage, SearchIndex>()

/**
 * The index for filters with no free text: filtering never reads it then, so a view that is
 * not searching does not build the real one (a quarter of a second at 100 000 opportunities,
 * on the main thread, while the data arrives).
 */
export function searchIndexFor(data: NormalisedExport, lang: UiLanguage, q: string): SearchIndex {
  if (searchTerms(q, lang).length > 0) return buildSearchIndex(data, lang)
  let index = noIndex.get(lang)
  if (index === undefined) {
    index = { lang, texts: noTexts }
    noIndex.set(lang, index)
  }
  return index
}

/**
 * Puts an index made elsewhere (the validation worker, which has the time) into the cache, so
 * `buildSearchIndex` returns it for these languages instead of working it out on the page.
 * `texts` must be what `buildSearchIndex` would give, aligned with `data.opportunities`.
 */
export function seedSearchIndex(
  data: NormalisedExport,
  languages: readonly UiLanguage[],
  texts: SearchTexts,
): void {
  if (searchTextCount(texts) !== data.opportunities.length) return
  let byLang = indexCache.get(data)
  if (byLang === undefined) {
    byLang = new Map()
    indexCache.set(data, byLang)
  }
  for (const lang of languages) if (!byLang.has(lang)) byLang.set(lang, { lang, texts })
}

function setOrNull(values: readonly string[]): Set<string> | null {
  return values.length === 0 ? null : new Set(values)
}

function anyIn(values: readonly string[] | undefined, wanted: Set<string>): boolean {
  if (values === undefined) return false
  for (let i = 0; i < values.length; i++) if (wanted.has(values[i] as string)) return true
  return false
}

/**
 * The positions in `data.opportunities` (not `NormalisedOpportunity.index`, which counts the
 * set-aside records too) of the opportunities that pass the filters, in export order.
 *
 * The free text is normalised in the index's language, so pass the index of the UI language.
 */
export function filterOpportunities(
  data: NormalisedExport,
  index: SearchIndex,
  filters: OpportunityFilters,
  /** Only these positions (ascending) are checked: a narrower search over earlier matches. */
  within?: readonly number[],
): number[] {
  const themes = setOrNull(filters.themes)
  const clusters = setOrNull(filters.clusters)
  const goals = setOrNull(filters.goals)
  const types = setOrNull(filters.types)
  const statuses = setOrNull(filters.statuses)
  const sources = setOrNull(filters.sources)
  const terms = searchTerms(filters.q, index.lang)
  const search = terms.length > 0 ? new SearchCursor(index.texts, terms) : null

  const opportunities = data.opportunities
  const n = within ? within.length : opportunities.length
  const passing: number[] = []
  for (let k = 0; k < n; k++) {
    const i = within ? (within[k] as number) : k
    const r = (opportunities[i] as NormalisedOpportunity).record
    if (statuses !== null && !statuses.has(r.status)) continue
    if (themes !== null && !themes.has(r.theme)) continue
    if (goals !== null && !anyIn(r.growthGoals, goals)) continue
    if (types !== null && !anyIn(r.innovationTypes, types)) continue
    if (clusters !== null && !anyIn(r.clusters, clusters)) continue
    if (sources !== null && !anyIn(r.sources, sources)) continue
    if (search !== null && !search.matches(i)) continue
    passing.push(i)
  }
  return passing
}

/** One filter pass and what it was over, so the next pass can start from it. */
export interface FilterRun {
  data: NormalisedExport
  index: SearchIndex
  /** The facet choices, as one comparable text. */
  facets: string
  terms: readonly string[]
  passing: readonly number[]
}

const facetKey = (f: OpportunityFilters) =>
  [f.themes, f.clusters, f.goals, f.types, f.statuses, f.sources].map((l) => l.join(',')).join('|')

/**
 * Filters, starting from the last run where that is sound. Over the same data, index and
 * facet choices: the same terms give the last result itself (several components filter
 * alike in one render), and a narrower search (every earlier term inside one of the new
 * terms, as when a word is typed on) can only keep earlier matches, so only those are
 * checked. Anything else filters from scratch.
 */
export function filterFrom(
  last: FilterRun | null,
  data: NormalisedExport,
  index: SearchIndex,
  filters: OpportunityFilters,
): FilterRun {
  const facets = facetKey(filters)
  const terms = searchTerms(filters.q, index.lang)
  const comparable = last?.data === data && last.index === index && last.facets === facets
  if (
    comparable &&
    last.terms.length === terms.length &&
    last.terms.every((t, i) => t === terms[i])
  )
    return last
  const narrower = comparable && last.terms.every((t) => terms.some((u) => u.includes(t)))
  const passing = filterOpportunities(data, index, filters, narrower ? last.passing : undefined)
  return { data, index, facets, terms, passing }
}

let lastRun: FilterRun | null = null

/** `filterFrom` over the last run made through here (one page filters one export at a time). */
export function filterShared(
  data: NormalisedExport,
  index: SearchIndex,
  filters: OpportunityFilters,
): readonly number[] {
  lastRun = filterFrom(lastRun, data, index, filters)
  return lastRun.passing
}

/** The filters without one facet's choice: for counts that show what choosing more would add. */
export function withoutFacet(filters: OpportunityFilters, facet: Facet): OpportunityFilters {
  return { ...filters, [FACET_FILTER_KEYS[facet]]: [] }
}

/** The facet's possible values, in the order the filter UI lists them. */
export function facetValues(data: NormalisedExport, facet: Facet): readonly string[] {
  switch (facet) {
    case 'theme':
      return data.themes.map((t) => t.id)
    case 'cluster':
      return data.clusters.map((c) => c.id)
    case 'source':
      return data.sources.map((s) => s.id)
    case 'goal':
      return GROWTH_GOALS
    case 'type':
      return INNOVATION_TYPES
    case 'status':
      return STATUSES
  }
}

const LIST_OF: Record<
  Exclude<Facet, 'theme' | 'status'>,
  (r: Opportunity) => readonly string[] | undefined
> = {
  cluster: (r) => r.clusters,
  goal: (r) => r.growthGoals,
  type: (r) => r.innovationTypes,
  source: (r) => r.sources,
}

/**
 * How many of the `passing` opportunities (positions in `data.opportunities`) have each value
 * of the facet. Every value of the facet is a key, in `facetValues` order, zero included.
 * An opportunity with two clusters, goals, types or sources counts once under each of them.
 *
 * Counts beside a filter's checkboxes usually come from the opportunities that pass every
 * *other* facet: `facetCounts(data, filterOpportunities(data, index, withoutFacet(f, facet)), facet)`.
 */
export function facetCounts(
  data: NormalisedExport,
  passing: readonly number[],
  facet: Facet,
): Map<string, number> {
  const values = facetValues(data, facet)
  const slot = new Map<string, number>()
  for (let k = 0; k < values.length; k++) slot.set(values[k] as string, k)
  const counts = new Int32Array(values.length)
  const opportunities = data.opportunities

  const n = passing.length
  if (facet === 'theme' || facet === 'status') {
    for (let p = 0; p < n; p++) {
      const o = opportunities[passing[p] as number]
      if (o === undefined) continue
      const k = slot.get(facet === 'theme' ? o.record.theme : o.record.status)
      if (k !== undefined) counts[k] = (counts[k] as number) + 1
    }
  } else {
    const listOf = LIST_OF[facet]
    for (let p = 0; p < n; p++) {
      const o = opportunities[passing[p] as number]
      const list = o === undefined ? undefined : listOf(o.record)
      if (list === undefined) continue
      for (let j = 0; j < list.length; j++) {
        const value = list[j] as string
        // A value listed twice in one record still counts that record once.
        if (j > 0 && list.indexOf(value) < j) continue
        const k = slot.get(value)
        if (k !== undefined) counts[k] = (counts[k] as number) + 1
      }
    }
  }

  const result = new Map<string, number>()
  for (let k = 0; k < values.length; k++) result.set(values[k] as string, counts[k] as number)
  return result
}
