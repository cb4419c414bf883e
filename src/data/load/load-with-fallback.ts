import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import {
  loadLastGood,
  saveLastGood,
  sameSource,
  type CachedSource,
  type LastGood,
} from '../cache/export-cache.ts'
import { DataUrlRefusedError, type DataUrlResolution } from '../config/data-url-policy.ts'
import { takeEarlyExport } from './early-export.ts'
import { fetchExportBytes } from './fetch-export.ts'
import { MAX_EXPORT_BYTES } from '../../domain/validate/json-text.ts'
import {
  MAX_RETRIES,
  isLoadError,
  retryDelay as defaultRetryDelay,
  type LoadError,
} from './load-error.ts'
import type { ExportPreview } from './load-progress.ts'
import { readExportFile } from './read-export-file.ts'
import { loadSourceChoice, saveSourceChoice, type SourceChoice } from '../cache/source-choice.ts'
import {
  validateBytesInWorker,
  type ValidateInWorkerOptions,
  type ValidatedBytes,
} from '../worker/validate-in-worker.ts'
import type { TranslationWarnings } from '../worker/worker-protocol.ts'

/** What to load: a checked address (from resolveDataUrl) or a file the user picked. */
export type ExportSource = DataUrlResolution | { kind: 'file'; file: File }

/** The worker's options (validate-in-worker.ts), and how a failing address is tried again. */
export interface LoadExportDeps extends ValidateInWorkerOptions {
  /** Attempts after the first for network and server errors; default MAX_RETRIES (3). */
  retries?: number
  /** Milliseconds before retry n (0-based); default 0.5 s, 1 s, 2 s … capped at 8 s. */
  retryDelay?: (attempt: number) => number
}

export interface LoadedExport {
  report: ValidationReport
  source: CachedSource
  /** ISO 8601: when these bytes were fetched or read (for a cached copy, when it was saved). */
  loadedAt: string
  /** The bytes came from IndexedDB, not from the source just now. */
  fromCache: boolean
  /** When fromCache: when the copy was saved ("cached copy from <time>"). */
  savedAt?: string
  /** When fromCache because the source failed: why (the error after the last retry). */
  failure?: LoadError
  /** For an address: the one that answered, after redirects. */
  answeredUrl?: string
  /** Set when the server answered with something that is not JSON (see FetchedExport). */
  wrongContentType?: string
  /**
   * Whether the bytes are kept as the last good export (outcome loaded or partial, and
   * saved). The export is shown without waiting for IndexedDB: this settles when the save
   * has (it never rejects). Anything that relies on the copy, such as loading it again from
   * the cache, awaits it first.
   */
  saved: Promise<boolean>
  /** With uiLanguage: the overview the worker made (equal to overviewSummary of the data). */
  preview?: ExportPreview
  /** With uiLanguage: that language's missing-translation warnings (reportForLanguage's). */
  translationWarnings?: TranslationWarnings
}

const NOT_SAVED: Promise<boolean> = Promise.resolve(false)

/** The worker's extras of a validation, as LoadedExport fields. */
function extrasOf(validated: Pick<ValidatedBytes, 'preview' | 'translationWarnings'>) {
  return {
    ...(validated.preview && { preview: validated.preview }),
    ...(validated.translationWarnings && { translationWarnings: validated.translationWarnings }),
  }
}

/** Loaded or partial: something to show, and worth keeping. */
export function isUsable(report: ValidationReport): boolean {
  return report.outcome === 'loaded' || report.outcome === 'partial'
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal))
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortReason(signal as AbortSignal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

async function withRetries<T>(attempt: () => Promise<T>, deps: LoadExportDeps): Promise<T> {
  const retries = deps.retries ?? MAX_RETRIES
  const delay = deps.retryDelay ?? defaultRetryDelay
  for (let failures = 0; ; failures++) {
    try {
      return await attempt()
    } catch (error) {
      if (deps.signal?.aborted || failures >= retries || !isLoadError(error) || !error.retryable)
        throw error
      await sleep(delay(failures), deps.signal)
    }
  }
}

/**
 * Keeps a usable export as the last good one and records its source as the user's choice.
 * Storage can fail (private windows, a full disk): the export is shown all the same. Never
 * rejects. Not awaited before showing: writing tens of megabytes to IndexedDB would delay the
 * page for nothing the user sees now; the copy matters only on a later visit.
 */
async function remember(
  entry: LastGood,
  choice: SourceChoice,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  if (signal?.aborted) return false
  try {
    await saveLastGood(entry)
    await saveSourceChoice(choice)
    return true
  } catch (error) {
    console.warn('Could not keep the export in IndexedDB', error)
    return false
  } finally {
    // Until now the page held the export's bytes for the copy: `npm run bench` reads the
    // heap after this mark.
    performance.mark(EXPORT_SAVED_MARK)
  }
}

/** The performance mark made when the background save of a loaded export has ended. */
export const EXPORT_SAVED_MARK = 'kasvukartta:export-saved'

async function cachedCopy(source: CachedSource): Promise<LastGood | null> {
  try {
    const cached = await loadLastGood()
    return cached && sameSource(cached.source, source) ? cached : null
  } catch {
    return null
  }
}

/** A cached copy validated again (the rules may have changed since); null if it no longer loads. */
async function revalidate(cached: LastGood, deps: LoadExportDeps): Promise<ValidatedBytes | null> {
  const validated = await validateBytesInWorker(cached.bytes, deps)
  return isUsable(validated.report) ? validated : null
}

async function loadUrl(
  resolution: Extract<DataUrlResolution, { kind: 'default' | 'allowed' }>,
  deps: LoadExportDeps,
): Promise<LoadedExport> {
  const source: CachedSource = { kind: 'url', url: resolution.url }
  // The first attempt may be a download started at boot (early-export.ts), with the default
  // size limit; retries fetch anew.
  let early =
    (deps.maxBytes ?? MAX_EXPORT_BYTES) === MAX_EXPORT_BYTES
      ? takeEarlyExport(resolution.url, { signal: deps.signal, onProgress: deps.onProgress })
      : null
  let fetched
  try {
    fetched = await withRetries(() => {
      const first = early
      early = null
      return (
        first ??
        fetchExportBytes(resolution.url, {
          signal: deps.signal,
          maxBytes: deps.maxBytes,
          onProgress: deps.onProgress,
        })
      )
    }, deps)
  } catch (error) {
    if (deps.signal?.aborted || !isLoadError(error) || !error.retryable) throw error
    // Unreachable after the retries: the last good copy of this same address, if any.
    const cached = await cachedCopy(source)
    const revalidated = cached && (await revalidate(cached, deps))
    if (!cached || !revalidated) throw error
    return {
      report: revalidated.report,
      source,
      loadedAt: cached.savedAt,
      fromCache: true,
      savedAt: cached.savedAt,
      failure: error,
      saved: NOT_SAVED,
      ...extrasOf(revalidated),
    }
  }
  if (fetched.kind === 'refused') {
    // Not JSON or too large: an answer, shown as a report; the cache keeps the last good one.
    const { report, url, fetchedAt, wrongContentType } = fetched
    const loaded: LoadedExport = {
      report,
      source,
      loadedAt: fetchedAt,
      fromCache: false,
      answeredUrl: url,
      saved: NOT_SAVED,
    }
    if (wrongContentType !== undefined) loaded.wrongContentType = wrongContentType
    return loaded
  }
  const validated = await validateBytesInWorker(fetched.bytes, deps)
  const { report, bytes } = validated
  const saved = isUsable(report)
    ? remember(
        { source, bytes, savedAt: fetched.fetchedAt },
        resolution.kind === 'default' ? { kind: 'default' } : source,
        deps.signal,
      )
    : NOT_SAVED
  return {
    report,
    source,
    loadedAt: fetched.fetchedAt,
    fromCache: false,
    answeredUrl: fetched.url,
    saved,
    ...extrasOf(validated),
  }
}

/**
 * Loads an export and keeps the cache in step:
 * - an address is fetched (network and 5xx errors retried with backoff) and validated in the
 *   worker; a file is read locally, never uploaded;
 * - a usable result (loaded or partial) is saved as the last good export, and its source as
 *   the user's choice, in the background (`saved` settles when done); an unreadable or broken
 *   one leaves both as they were;
 * - when the address stays unreachable (network or 5xx after the retries), the last good
 *   copy of that same address is validated again and returned with `fromCache` and `savedAt`;
 *   with no such copy, the LoadError is thrown;
 * - a refused `?data=` address throws DataUrlRefusedError without any request.
 *
 * Retries happen here, so a react-query using this as its queryFn should set `retry: false`.
 */
export async function loadExport(
  source: ExportSource,
  deps: LoadExportDeps = {},
): Promise<LoadedExport> {
  switch (source.kind) {
    case 'refused':
      throw new DataUrlRefusedError(source)
    case 'default':
    case 'allowed':
      return loadUrl(source, deps)
    case 'file': {
      const read = await readExportFile(source.file, deps)
      const saved =
        read.bytes !== null && isUsable(read.report)
          ? remember(
              { source: read.source, bytes: read.bytes, savedAt: read.readAt },
              read.source,
              deps.signal,
            )
          : NOT_SAVED
      return {
        report: read.report,
        source: read.source,
        loadedAt: read.readAt,
        fromCache: false,
        saved,
        ...extrasOf(read),
      }
    }
  }
}

/**
 * On a new visit: when the user's last choice was a local file and its bytes are still
 * cached, that export (validated again); otherwise null, and the app loads its address.
 * A `?data=` parameter takes precedence: the caller asks this only when there is none.
 */
export async function restoreChosenFile(
  deps: ValidateInWorkerOptions = {},
): Promise<LoadedExport | null> {
  let choice: SourceChoice | null
  try {
    choice = await loadSourceChoice()
  } catch {
    return null
  }
  if (choice?.kind !== 'file') return null
  const cached = await cachedCopy(choice)
  const revalidated = cached && (await revalidate(cached, deps))
  if (!cached || !revalidated) return null
  return {
    report: revalidated.report,
    source: cached.source,
    loadedAt: cached.savedAt,
    fromCache: true,
    savedAt: cached.savedAt,
    saved: NOT_SAVED,
    ...extrasOf(revalidated),
  }
}
