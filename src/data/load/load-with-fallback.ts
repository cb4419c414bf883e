import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import {
  lastGoodInfo,
  loadLastGood,
  saveLastGood,
  type CachedSource,
  type LastGood,
} from '../cache/export-cache.ts'
import { DataUrlRefusedError, type DataUrlResolution } from '../config/data-url-policy.ts'
import { takeEarlyExport } from './early-export.ts'
import { addToHistory } from '../history/export-history.ts'
import { fetchExportBytes, type FetchedBytes } from './fetch-export.ts'
import { MAX_EXPORT_BYTES } from '../../domain/validate/limits.ts'
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
  /**
   * When fromCache because the source failed: why. A LoadError (network and server errors
   * are retried in the background while the copy shows), or the fresh answer's report when
   * it did not load.
   */
  failure?: LoadError | LoadedExport
  /**
   * Set when this (fresh) load did not give usable data but a good copy of the same source is
   * kept: when it was saved, for the button that shows it (loadCachedCopy).
   */
  cachedCopy?: { savedAt: string }
  /** Set when this fresh load replaced a cached copy shown before: that copy's time. */
  replacedCopyFrom?: string
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

/** `attempt` until it passes, or fails for good; `failed` attempts have failed already. */
async function withRetries<T>(
  attempt: () => Promise<T>,
  deps: LoadExportDeps,
  failed = 0,
): Promise<T> {
  const retries = deps.retries ?? MAX_RETRIES
  const delay = deps.retryDelay ?? defaultRetryDelay
  for (let failures = failed; ; failures++) {
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
 * Keeps a usable export as its source's copy and, where given, records the user's source
 * choice. Storage can fail (private windows, a full disk): the export is shown all the same.
 * Never rejects. Not awaited before showing: writing tens of megabytes to IndexedDB would
 * delay the page for nothing the user sees now; the copy matters only on a later visit.
 */
async function remember(
  entry: LastGood,
  choice: SourceChoice | null,
  signal: AbortSignal | undefined,
  report: ValidationReport,
): Promise<boolean> {
  if (signal?.aborted) return false
  try {
    // The user's chosen file is never pushed out of the cache by a copy made later.
    const current = await loadSourceChoice().catch(() => null)
    const keep = current?.kind === 'file' ? [current] : []
    await saveLastGood(entry, keep)
    if (choice) await saveSourceChoice(choice)
    // The history is what a comparison picks its baseline from; failing to keep it there
    // must not cost the source's own copy.
    await addToHistory(report, entry.bytes, entry.savedAt).catch((error: unknown) =>
      console.warn('Could not keep the export in the history', error),
    )
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
    return await loadLastGood(source)
  } catch {
    return null
  }
}

async function cachedCopyInfo(source: CachedSource): Promise<{ savedAt: string } | undefined> {
  try {
    const info = await lastGoodInfo(source)
    return info ? { savedAt: info.savedAt } : undefined
  } catch {
    return undefined
  }
}

/**
 * A cached copy validated again, with the same limits as a fresh export (the rules may have
 * changed since); null if it no longer loads.
 */
async function revalidate(cached: LastGood, deps: LoadExportDeps): Promise<ValidatedBytes | null> {
  const validated = await validateBytesInWorker(cached.bytes, {
    ...deps,
    maxBytes: deps.maxBytes ?? MAX_EXPORT_BYTES,
  })
  return isUsable(validated.report) ? validated : null
}

/**
 * The cached copy of `source` as a load, standing in for the source, which failed with
 * `failure` (a LoadError, or a fresh answer that did not load); null without a good copy.
 */
export async function loadCachedCopy(
  source: CachedSource,
  failure: LoadedExport['failure'],
  deps: LoadExportDeps = {},
): Promise<LoadedExport | null> {
  const cached = await cachedCopy(source)
  const revalidated = cached && (await revalidate(cached, deps))
  if (!cached || !revalidated) return null
  return {
    report: revalidated.report,
    source,
    loadedAt: cached.savedAt,
    fromCache: true,
    savedAt: cached.savedAt,
    ...(failure && { failure }),
    saved: NOT_SAVED,
    ...extrasOf(revalidated),
  }
}

/** The download, tried again for network and server errors (withRetries). */
async function download(
  resolution: Extract<DataUrlResolution, { kind: 'default' | 'allowed' }>,
  deps: LoadExportDeps,
  onFirstFailure: (error: LoadError) => Promise<LoadedExport | null>,
): Promise<FetchedBytes | LoadedExport> {
  // The first attempt may be a download started at boot (early-export.ts), with the default
  // size limit; retries fetch anew.
  let early =
    (deps.maxBytes ?? MAX_EXPORT_BYTES) === MAX_EXPORT_BYTES
      ? takeEarlyExport(resolution.url, { signal: deps.signal, onProgress: deps.onProgress })
      : null
  const attempt = () => {
    const first = early
    early = null
    return (
      first ??
      fetchExportBytes(resolution.url, {
        signal: deps.signal,
        maxBytes: deps.maxBytes,
        onProgress: deps.onProgress,
        allowedOrigins: resolution.allowedOrigins,
      })
    )
  }
  try {
    return await attempt()
  } catch (error) {
    if (deps.signal?.aborted || !isLoadError(error) || !error.retryable) throw error
    // A good copy at hand is shown at once, rather than after seconds of retries; the page
    // keeps asking the source in the background (use-export-load.ts).
    const stand = await onFirstFailure(error)
    if (stand) return stand
    const retries = deps.retries ?? MAX_RETRIES
    if (retries === 0) throw error
    await sleep((deps.retryDelay ?? defaultRetryDelay)(0), deps.signal)
    return withRetries(attempt, deps, 1)
  }
}

async function loadUrl(
  resolution: Extract<DataUrlResolution, { kind: 'default' | 'allowed' }>,
  deps: LoadExportDeps,
): Promise<LoadedExport> {
  const source: CachedSource = { kind: 'url', url: resolution.url }
  let fetched: FetchedBytes | LoadedExport
  try {
    fetched = await download(resolution, deps, (error) => loadCachedCopy(source, error, deps))
  } catch (error) {
    // No usable answer: where a good copy of this source is kept, the page offers it.
    if (isLoadError(error)) {
      const info = await cachedCopyInfo(source)
      if (info) error.cachedCopy = info
    }
    throw error
  }
  if ('fromCache' in fetched) return fetched
  if (fetched.kind === 'refused') {
    // Not JSON or too large: an answer, shown as a report; the cache keeps the last good one.
    const { report, url, fetchedAt, wrongContentType } = fetched
    return {
      report,
      source,
      loadedAt: fetchedAt,
      fromCache: false,
      answeredUrl: url,
      saved: NOT_SAVED,
      ...(wrongContentType !== undefined && { wrongContentType }),
      ...(await cachedCopyField(source)),
    }
  }
  const validated = await validateBytesInWorker(fetched.bytes, deps)
  const { report, bytes } = validated
  const usable = isUsable(report)
  // A `?data=` link shows its export without changing what the next visit opens.
  const choice: SourceChoice | null = resolution.kind === 'default' ? { kind: 'default' } : null
  return {
    report,
    source,
    loadedAt: fetched.fetchedAt,
    fromCache: false,
    answeredUrl: fetched.url,
    saved: usable
      ? remember({ source, bytes, savedAt: fetched.fetchedAt }, choice, deps.signal, report)
      : NOT_SAVED,
    ...extrasOf(validated),
    ...(usable ? {} : await cachedCopyField(source)),
  }
}

async function cachedCopyField(source: CachedSource) {
  const info = await cachedCopyInfo(source)
  return info ? { cachedCopy: info } : {}
}

/**
 * Loads an export and keeps the cache in step:
 * - an address is fetched and validated in the worker; a file is read locally, never
 *   uploaded;
 * - a usable result (loaded or partial) is kept as its source's copy in the background
 *   (`saved` settles when done), and a file or the configured address becomes the user's
 *   source choice; an unreadable or broken one changes neither;
 * - when the address fails with a network or server error and a good copy of it is kept,
 *   that copy comes back at once with `fromCache`, `savedAt` and `failure`; without a copy,
 *   the address is tried again with backoff, and the LoadError is thrown in the end;
 * - any other failure of the address (a 4xx, a refused redirect, an answer that does not
 *   load) is returned or thrown as it is, with `cachedCopy` when a good copy could stand in
 *   (loadCachedCopy shows it);
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
              read.report,
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
  return loadCachedCopy(choice, undefined, deps)
}
