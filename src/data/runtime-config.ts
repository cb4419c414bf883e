import { queryOptions } from '@tanstack/react-query'
// zod/mini: the same schemas, tree-shaken to what is used, since the config loads on every page.
import * as z from 'zod/mini'
import { LoadError, fetchOrLoadError, retryDelay, shouldRetry } from './load-error.ts'
import { queryKeys } from './query-keys.ts'

/**
 * public/config.json: what a deployment may change without a rebuild. The file sits next to
 * index.html, so one build serves any host and any sub-path.
 */
export const RuntimeConfigSchema = z.object({
  /** Where the export is: absolute, or relative to the app's base URL. */
  dataUrl: z.string().check(z.minLength(1)),
  /** Origins other than the app's own that dataUrl may point to, e.g. "https://data.example.fi". */
  allowedDataOrigins: z._default(z.array(z.url()), []),
  feedback: z.optional(z.object({ email: z.email() })),
})

export type RuntimeConfigInput = z.input<typeof RuntimeConfigSchema>

/** The config as the app uses it: `dataUrl` resolved to an absolute URL. */
export type RuntimeConfig = z.output<typeof RuntimeConfigSchema>

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
  const parsed = RuntimeConfigSchema.safeParse(input)
  if (!parsed.success) {
    throw new LoadError({ kind: 'config', reason: 'invalid' }, configUrl, { cause: parsed.error })
  }
  const config = parsed.data
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
  const response = await fetchOrLoadError(url, {
    headers: { accept: 'application/json' },
    cache: 'no-cache',
    signal,
  })
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
