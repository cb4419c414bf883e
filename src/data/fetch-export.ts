import { queryOptions } from '@tanstack/react-query'
import { MAX_EXPORT_BYTES } from '../domain/json-text.ts'
import type { ContentLanguage } from '../domain/languages.ts'
import { validateExportBytes, type ValidationReport } from '../domain/validate-export.ts'
import { LoadError, fetchOrLoadError, retryDelay, shouldRetry } from './load-error.ts'
import { queryKeys } from './query-keys.ts'

/** An export as fetched: what the validator made of it, and where and when it came from. */
export interface FetchedExport {
  report: ValidationReport
  /** The address that answered (after redirects). */
  url: string
  /** ISO 8601, when the answer arrived. */
  fetchedAt: string
  /**
   * Set when the server answered with something that is not JSON (typically an HTML page: a
   * static host's fallback for a missing file answers 200 with index.html). The report is then
   * 'unreadable' with no problems of its own, since the body was never read as an export.
   */
  wrongContentType?: string
}

export interface FetchExportOptions {
  /** The UI language: the report warns about texts missing in it. */
  language?: ContentLanguage
  signal?: AbortSignal
  maxBytes?: number
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

export function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && JSON_TYPE.test(contentType.trim())
}

function tooLarge(bytes: number, maxBytes: number): ValidationReport {
  return {
    outcome: 'unreadable',
    problems: [
      {
        severity: 'error',
        code: 'unreadable.tooLarge',
        path: [],
        params: { sizeMb: Math.ceil(bytes / 2 ** 20), limitMb: Math.floor(maxBytes / 2 ** 20) },
      },
    ],
  }
}

/**
 * Lets the connection go without reading the body. Not awaited: the answer is already known,
 * and some implementations (MSW's Node interceptor among them) never settle the promise.
 */
function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined)
}

/**
 * Fetches and validates an export. Throws LoadError when there is no usable answer (network
 * failure, status outside 2xx); anything the server did send becomes a ValidationReport, so
 * "not readable" has one shape whether the bytes came from a URL or a file.
 *
 * `url` must be absolute outside a browser (Node's fetch has no page to resolve against).
 */
export async function fetchExport(
  url: string | URL,
  options: FetchExportOptions = {},
): Promise<FetchedExport> {
  const href = String(url)
  const maxBytes = options.maxBytes ?? MAX_EXPORT_BYTES
  const response = await fetchOrLoadError(href, {
    headers: { accept: 'application/json' },
    signal: options.signal,
  })
  const fetchedAt = new Date().toISOString()
  const answered = response.url || href
  if (!response.ok) {
    discardBody(response)
    throw new LoadError({ kind: 'http', status: response.status }, answered)
  }
  const contentType = response.headers.get('content-type')
  if (!isJsonContentType(contentType)) {
    discardBody(response)
    return {
      report: { outcome: 'unreadable', problems: [] },
      url: answered,
      fetchedAt,
      wrongContentType: contentType ?? '',
    }
  }
  // Refuse before reading when the server says how big the body is. With content-encoding
  // the header gives the compressed size, a lower bound, so this never refuses a file that
  // fits; the validator checks the decoded size again.
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    discardBody(response)
    return { report: tooLarge(declared, maxBytes), url: answered, fetchedAt }
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await response.arrayBuffer())
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    // The connection broke while the body was arriving.
    throw new LoadError({ kind: 'network' }, answered, { cause })
  }
  const report = validateExportBytes(bytes, { language: options.language, maxBytes })
  return { report, url: answered, fetchedAt }
}

/**
 * The export at `url`, validated for `language`. Network and server errors are tried again
 * with exponential backoff; 4xx answers and unreadable files are not, since they would fail
 * the same way. Structural sharing is off: the report holds Maps and tens of thousands of
 * records, which react-query would otherwise walk on every refetch to no gain.
 */
export function exportQueryOptions(url: string, language: ContentLanguage) {
  return queryOptions({
    queryKey: queryKeys.export(url, language),
    queryFn: ({ signal }) => fetchExport(url, { language, signal }),
    staleTime: Infinity,
    structuralSharing: false,
    retry: shouldRetry,
    retryDelay,
  })
}
