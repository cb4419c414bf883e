import { queryOptions } from '@tanstack/react-query'
import { takeEarlyConfigResponse } from './early-config.ts'
import { LoadError, fetchOrLoadError, retryDelay, shouldRetry } from '../load/load-error.ts'
import { queryKeys } from '../load/query-keys.ts'

/**
 * public/config.json: what a deployment may change without a rebuild. The file sits next to
 * index.html, so one build serves any host and any sub-path.
 */
export interface RuntimeConfig {
  /** Where the export is: absolute, or relative to the app's base URL (resolved on reading). */
  dataUrl: string
  /** Origins other than the app's own that dataUrl may point to, e.g. "https://data.example.fi". */
  allowedDataOrigins: string[]
  feedback?: { email: string }
}

// Checked by hand rather than with zod: the config loads on every page before anything is
// shown, and three fields are not worth zod's core in the first download.
// The export itself is still checked by the zod schema, in the worker.
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const isAbsoluteUrl = (v: unknown): v is string => {
  if (typeof v !== 'string') return false
  try {
    new URL(v)
    return true
  } catch {
    return false
  }
}

// The shape of an address, as HTML's type=email checks it: something@domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/** The config file's contents → the config, or null when any field is wrong. */
export function parseRuntimeConfig(input: unknown): RuntimeConfig | null {
  if (!isRecord(input)) return null
  const { dataUrl, allowedDataOrigins = [], feedback } = input
  if (typeof dataUrl !== 'string' || dataUrl === '') return null
  if (!Array.isArray(allowedDataOrigins) || !allowedDataOrigins.every(isAbsoluteUrl)) return null
  if (feedback === undefined) return { dataUrl, allowedDataOrigins }
  if (!isRecord(feedback) || typeof feedback.email !== 'string' || !EMAIL.test(feedback.email))
    return null
  return { dataUrl, allowedDataOrigins, feedback: { email: feedback.email } }
}

/** The app's base URL as an absolute address (Vite's BASE_URL may be relative or a path). */
export function appBaseHref(
  base: string = import.meta.env.BASE_URL,
  pageHref: string = location.href,
): string {
  return new URL(base, pageHref).href
}

/**
 * Checks a parsed config and resolves its data address against the base URL. A data address
 * on another origin must be listed in allowedDataOrigins: the export's contents are shown on
 * the page, so where they may come from is a deployment decision, not an accident.
 */
export function resolveRuntimeConfig(
  input: unknown,
  baseHref: string,
  configUrl: string,
): RuntimeConfig {
  const config = parseRuntimeConfig(input)
  if (!config) throw new LoadError({ kind: 'config', reason: 'invalid' }, configUrl)
  let dataUrl: URL
  try {
    dataUrl = new URL(config.dataUrl, baseHref)
  } catch (cause) {
    throw new LoadError({ kind: 'config', reason: 'invalid' }, configUrl, { cause })
  }
  const own = new URL(baseHref).origin
  const allowed = new Set([own, ...config.allowedDataOrigins.map((o) => new URL(o).origin)])
  if (!allowed.has(dataUrl.origin) || !/^https?:$/.test(dataUrl.protocol)) {
    throw new LoadError({ kind: 'config', reason: 'originNotAllowed' }, dataUrl.href)
  }
  return { ...config, dataUrl: dataUrl.href }
}

export async function fetchRuntimeConfig(
  baseHref: string = appBaseHref(),
  signal?: AbortSignal,
): Promise<RuntimeConfig> {
  const url = new URL('config.json', baseHref).href
  // no-cache: revalidate with the server, so a changed config is seen on the next load.
  // index.html's inline script asks the same way (early-config.ts).
  const response =
    (await takeEarlyConfigResponse(url)) ??
    (await fetchOrLoadError(url, {
      headers: { accept: 'application/json' },
      cache: 'no-cache',
      signal,
    }))
  if (!response.ok) throw new LoadError({ kind: 'http', status: response.status }, url)
  let body: unknown
  try {
    body = await response.json()
  } catch (cause) {
    throw new LoadError({ kind: 'config', reason: 'invalid' }, url, { cause })
  }
  return resolveRuntimeConfig(body, baseHref, url)
}

export function runtimeConfigQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.runtimeConfig(),
    queryFn: ({ signal }) => fetchRuntimeConfig(appBaseHref(), signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  })
}
