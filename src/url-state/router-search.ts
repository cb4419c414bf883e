import { VIEW_PARAMS, decodeViewState, encodeViewState, type ViewState } from './view-state.ts'

/**
 * The address's search object: the view state (one schema, `view-state.ts`) and the parameters
 * that are not view state but must survive navigation: `data` (another export to load) and,
 * in development, `mock`. Any other parameter is kept as text so a link never loses it.
 */
export type RouterSearch = ViewState & { data?: string; mock?: string }

const VIEW_KEYS = new Set<string>(Object.keys(decodeViewState('')))
const OWN_PARAMS = new Set(VIEW_PARAMS)

/** The query string → the router's search object. Never throws; bad values are dropped. */
export function parseRouterSearch(search: string): RouterSearch {
  const params = new URLSearchParams(search)
  const out: Record<string, unknown> = { ...decodeViewState(params) }
  for (const [name, value] of params) {
    if (OWN_PARAMS.has(name) || VIEW_KEYS.has(name) || Object.hasOwn(out, name)) continue
    if (name === 'data' && value === '') continue
    out[name] = value
  }
  return out as RouterSearch
}

/**
 * The search object → a canonical query string ("?…", or "" when empty): the other
 * parameters first, in their order, then the view state without its defaults.
 */
export function stringifyRouterSearch(search: Record<string, unknown>): string {
  const others = new URLSearchParams()
  for (const [name, value] of Object.entries(search)) {
    if (VIEW_KEYS.has(name) || OWN_PARAMS.has(name)) continue
    if (typeof value === 'string' && value !== '') others.append(name, value)
  }
  const parts = [others.toString(), encodeViewState(search)].filter((p) => p !== '')
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}

/**
 * The query of a link from a view to an opportunity page: everything as it is, with `via`
 * naming the view, so the page can step through the view's order and lead back to it.
 */
export function searchVia(search: string, via: ViewState['via']): string {
  return stringifyRouterSearch({ ...parseRouterSearch(search), via })
}
