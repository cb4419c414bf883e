import { MAX_EXPORT_BYTES } from '../../domain/validate/limits.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import { LoadError, fetchOrLoadError } from './load-error.ts'
import type { OnLoadProgress } from './load-progress.ts'
import { tooLargeReport } from './too-large.ts'

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
  /**
   * The origins the answer may come from. fetch follows redirects, so the address that
   * answered is checked after the fact: an answer from any other origin is refused unread.
   */
  allowedOrigins?: readonly string[]
  /** The UI language: the report warns about texts missing in it. */
  language?: ContentLanguage
  signal?: AbortSignal
  maxBytes?: number
  /** Download progress (`reading`, bytes of Content-Length), then the worker's phases. */
  onProgress?: OnLoadProgress
  /**
   * A response to the same request asked for earlier (index.html's, for this address), read
   * instead of asking again; when it is null (that request failed), the download asks itself.
   */
  early?: Promise<Response | null>
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

export function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && JSON_TYPE.test(contentType.trim())
}

/**
 * Lets the connection go without reading the body. Not awaited: the answer is already known,
 * and some implementations (MSW's Node interceptor among them) never settle the promise.
 */
function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined)
}

/**
 * What the server sent, before validation: the body's bytes, or a report when the answer
 * was refused unread (not JSON, or over the size limit).
 */
export type FetchedBytes =
  | { kind: 'bytes'; bytes: ArrayBuffer; url: string; fetchedAt: string }
  | {
      kind: 'refused'
      report: ValidationReport
      url: string
      fetchedAt: string
      wrongContentType?: string
    }

/** A growing buffer for a body of unknown or approximate size. */
class ByteSink {
  private buffer: Uint8Array
  length = 0

  constructor(expected: number) {
    this.buffer = new Uint8Array(expected > 0 ? expected : 2 ** 20)
  }

  push(chunk: Uint8Array): void {
    const needed = this.length + chunk.byteLength
    if (needed > this.buffer.byteLength) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.byteLength * 2))
      grown.set(this.buffer.subarray(0, this.length))
      this.buffer = grown
    }
    this.buffer.set(chunk, this.length)
    this.length = needed
  }

  /** The bytes as an ArrayBuffer of their own (transferable to the worker). */
  take(): ArrayBuffer {
    const { buffer } = this.buffer
    if (this.length === buffer.byteLength) return buffer as ArrayBuffer
    return buffer.slice(0, this.length) as ArrayBuffer
  }
}

/**
 * Fetches an export's bytes, reading the body chunk by chunk to report progress, and refusing
 * (by size or content type) before or while reading. Throws LoadError when there is no usable
 * answer: a network failure, a status outside 2xx, a connection that broke mid-body.
 */
export async function fetchExportBytes(
  url: string | URL,
  options: FetchExportOptions = {},
): Promise<FetchedBytes> {
  const href = String(url)
  const maxBytes = options.maxBytes ?? MAX_EXPORT_BYTES
  const response =
    (await options.early) ??
    (await fetchOrLoadError(href, {
      headers: { accept: 'application/json' },
      signal: options.signal,
    }))
  const fetchedAt = new Date().toISOString()
  const answered = response.url || href
  if (options.allowedOrigins && !options.allowedOrigins.includes(new URL(answered).origin)) {
    discardBody(response)
    throw new LoadError({ kind: 'redirect', to: new URL(answered).origin }, href)
  }
  if (!response.ok) {
    discardBody(response)
    throw new LoadError({ kind: 'http', status: response.status }, answered)
  }
  const contentType = response.headers.get('content-type')
  if (!isJsonContentType(contentType)) {
    discardBody(response)
    return {
      kind: 'refused',
      report: { outcome: 'unreadable', problems: [] },
      url: answered,
      fetchedAt,
      wrongContentType: contentType ?? '',
    }
  }
  // Refuse before reading when the server says how big the body is. With content-encoding
  // the header gives the compressed size, a lower bound, so this never refuses a file that
  // fits; the download below checks the decoded size as it arrives.
  const lengthHeader = response.headers.get('content-length')
  const declared = lengthHeader === null ? NaN : Number(lengthHeader)
  if (Number.isFinite(declared) && declared > maxBytes) {
    discardBody(response)
    return { kind: 'refused', report: tooLargeReport(declared, maxBytes), url: answered, fetchedAt }
  }
  // Content-Length counts encoded bytes; the reader gives decoded ones. Only an unencoded
  // body has a total to measure progress against.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity'
  const total = Number.isFinite(declared) && declared > 0 && !encoded ? declared : undefined
  const sink = new ByteSink(total ?? 0)
  const report = (loaded: number) =>
    options.onProgress?.(
      total === undefined
        ? { phase: 'reading', loaded }
        : { phase: 'reading', loaded, total, fraction: Math.min(1, loaded / total) },
    )
  report(0)
  const reader = response.body?.getReader()
  try {
    while (reader) {
      const { done, value } = await reader.read()
      if (done) break
      sink.push(value)
      if (sink.length > maxBytes) {
        // No trustworthy length up front, and already too much: stop downloading. The size
        // stated is what arrived before stopping, so a lower bound.
        reader.cancel().catch(() => undefined)
        return {
          kind: 'refused',
          report: tooLargeReport(sink.length, maxBytes),
          url: answered,
          fetchedAt,
        }
      }
      report(sink.length)
    }
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    // The connection broke while the body was arriving.
    throw new LoadError({ kind: 'network' }, answered, { cause })
  }
  return { kind: 'bytes', bytes: sink.take(), url: answered, fetchedAt }
}
