import type { RuntimeConfig } from './runtime-config.ts'

/**
 * What a `?data=` parameter may load. The export's contents are shown under the council's
 * address, so a link must not be able to show forged data there: only the app's own origin
 * and the origins config.json lists, over http(s).
 */
export type DataUrlResolution =
  /**
   * No `?data=`: the configured address. `allowedOrigins` are the origins an answer may come
   * from: a redirect elsewhere is refused (fetch-export.ts), as a `?data=` link to there is.
   */
  | { kind: 'default'; url: string; allowedOrigins: readonly string[] }
  | { kind: 'allowed'; url: string; allowedOrigins: readonly string[] }
  /** Must lead to no request. `url` is the parameter as given (for the alert), not resolved. */
  | { kind: 'refused'; url: string; reason: 'origin' | 'scheme' | 'malformed' }

/**
 * Resolves `?data=` against the app's base URL and checks it.
 *
 * `appLocation` is the app's base URL (`new URL(appBaseHref())`), not the current page, so
 * a relative address means the same on every route.
 */
export function resolveDataUrl(
  param: string | null,
  config: Pick<RuntimeConfig, 'dataUrl' | 'allowedDataOrigins'>,
  appLocation: URL,
): DataUrlResolution {
  const origins = allowedOrigins(config, appLocation)
  if (param === null || param.trim() === '')
    return { kind: 'default', url: config.dataUrl, allowedOrigins: [...origins] }
  let url: URL
  try {
    url = new URL(param, appLocation)
  } catch {
    return { kind: 'refused', url: param, reason: 'malformed' }
  }
  // Checked before the origin: a blob: URL reports its creator's origin, which may be ours.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'refused', url: param, reason: 'scheme' }
  }
  if (!origins.has(url.origin)) {
    return { kind: 'refused', url: param, reason: 'origin' }
  }
  // An address with credentials (name@host) can read as "name" to a person, and fetch refuses
  // URLs with credentials anyway, so it is refused even when the host is ours.
  if (url.username !== '' || url.password !== '') {
    return { kind: 'refused', url: param, reason: 'malformed' }
  }
  url.hash = ''
  return { kind: 'allowed', url: url.href, allowedOrigins: [...origins] }
}

function allowedOrigins(
  config: Pick<RuntimeConfig, 'allowedDataOrigins'>,
  appLocation: URL,
): Set<string> {
  const origins = new Set([appLocation.origin])
  for (const listed of config.allowedDataOrigins) {
    try {
      origins.add(new URL(listed).origin)
    } catch {
      // resolveRuntimeConfig has checked them; a malformed one allows nothing.
    }
  }
  return origins
}

/** Thrown by loadExport when asked to load a refused address: nothing was requested. */
export class DataUrlRefusedError extends Error {
  readonly url: string
  readonly reason: 'origin' | 'scheme' | 'malformed'

  constructor(resolution: Extract<DataUrlResolution, { kind: 'refused' }>) {
    super(`?data= refused (${resolution.reason}): ${resolution.url}`)
    this.name = 'DataUrlRefusedError'
    this.url = resolution.url
    this.reason = resolution.reason
  }
}
