import { useLocation, useParams } from 'wouter'
import { navigate as historyNavigate, useLocationProperty } from 'wouter/use-browser-location'

/**
 * The app's paths live below Vite's base URL ("/" or "/kasvukartta/"). wouter wants the base
 * without its trailing slash.
 */
export const APP_BASE: string = import.meta.env.BASE_URL.replace(/\/+$/, '')

const currentSearch = () => location.search

/**
 * The query string as the browser has it ("?…" or ""). Read raw: wouter's own `useSearch`
 * runs decodeURI over it, which would turn a searched "%41" into "A".
 */
export function useSearchString(): string {
  return useLocationProperty(currentSearch, currentSearch)
}

/** The current path inside the app ("/", "/matrix", "/opportunities/kk-001"). */
export function useAppPath(): string {
  return useLocation()[0]
}

/** A route parameter of the matched route (`/opportunities/:id` → `useRouteParam('id')`). */
export function useRouteParam(name: string): string {
  const params: Record<string, string | undefined> = useParams()
  return params[name] ?? ''
}

/** The path of an opportunity's page. Ids are plain, but a link must survive any id. */
export function opportunityPath(id: string): string {
  return `/opportunities/${encodeURIComponent(id)}`
}

export interface NavigateOptions {
  /** Replace the history entry (typing, dragging) instead of adding one. */
  replace?: boolean
  /** The query string to go with the path ("?…" or ""); the current one when left out. */
  search?: string
}

/** The href of an app path with a query string, base path included. */
export function appHref(to: string, search: string = location.search): string {
  return `${APP_BASE}${to}${search}`
}

/**
 * Goes to an app path, keeping the current query string (filters, language, `data`) unless
 * told otherwise: every view shares that state, so moving between views never loses it.
 */
export function navigateTo(to: string, options: NavigateOptions = {}): void {
  historyNavigate(appHref(to, options.search), { replace: options.replace ?? false })
}

/** Changes only the query string of the current page. */
export function navigateSearch(search: string, options: { replace?: boolean } = {}): void {
  historyNavigate(`${location.pathname}${search}${location.hash}`, {
    replace: options.replace ?? false,
  })
}
