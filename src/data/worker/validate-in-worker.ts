import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import { NORDIC_SEARCH_LANGUAGES, offerSearchTexts } from '../../domain/text/search-seeds.ts'
import { offerTitleRanks } from '../../domain/text/sort-seeds.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { ReportJoiner } from '../transfer/transfer-report.ts'
import type { ExportPreview, OnLoadProgress } from '../load/load-progress.ts'
import type { PageRecords } from '../transfer/page-records.ts'
import type {
  TranslationWarnings,
  WorkerPull,
  WorkerRequest,
  WorkerResponse,
} from './worker-protocol.ts'

export interface ValidateInWorkerOptions {
  /** The UI language: the report warns about texts missing in it. */
  language?: ContentLanguage
  maxBytes?: number
  /** Called with parsing, validating, then done. */
  onProgress?: OnLoadProgress
  /** Aborting stops the work: a running worker is terminated (a new one starts on next use). */
  signal?: AbortSignal
  /** The page's language: with it, `onPreview` is called and translation warnings worded. */
  uiLanguage?: ContentLanguage
  /** What the overview shows, as soon as validation ends (a usable export, with uiLanguage). */
  onPreview?: (preview: ExportPreview) => void
}

/** The performance mark made each time a validated report has fully arrived on the page. */
export const EXPORT_READY_MARK = 'kasvukartta:export-ready'
/** … and when its preview (the overview) has, before the data (profiles, benchmarks). */
export const EXPORT_PREVIEW_MARK = 'kasvukartta:export-preview'

export interface ValidatedBytes {
  report: ValidationReport
  /** The same bytes, handed back by the worker (the buffer passed in is detached). */
  bytes: ArrayBuffer
  /** With uiLanguage: the preview that was posted before the report. */
  preview?: ExportPreview
  /** With uiLanguage: that language's missing-translation warnings, for reportForLanguage. */
  translationWarnings?: TranslationWarnings
}

interface Job {
  /** A large report arriving in parts (see transfer-report.ts), joined as they come. */
  joiner?: ReportJoiner
  /** The records, parsed on the page from its own copy of the bytes (large exports). */
  pageRecords?: Pick<PageRecords, 'scanned' | 'records' | 'cancel'> & {
    /** The records' shared values, once page-records.ts has loaded (else null). */
    values: () => PageRecords['values'] | null
    wrap: PageRecords['wrapAccepted']
  }
  preview?: ExportPreview
  translationWarnings?: TranslationWarnings
  request: WorkerRequest
  options: ValidateInWorkerOptions
  resolve: (value: ValidatedBytes) => void
  reject: (reason: unknown) => void
  detach: () => void
}

/**
 * One worker for the page, one request in it at a time. Requests wait here, on the main
 * thread, rather than in the worker's queue: their bytes are not transferred until their turn,
 * so aborting the running one can terminate the worker without losing the others.
 */
let worker: Worker | null = null
let active: Job | null = null
const waiting: Job[] = []
let nextId = 1

function startWorker(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' })
  started.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    if (started === worker) onResponse(event.data)
  })
  started.addEventListener('error', (event: ErrorEvent) => {
    if (started !== worker) return
    event.preventDefault()
    failActive(new Error(`The validation worker failed: ${event.message || 'could not start'}`))
  })
  started.addEventListener('messageerror', () => {
    if (started === worker)
      failActive(new Error('The validation worker sent an unreadable answer.'))
  })
  worker = started
  return started
}

/**
 * Asks the worker for the next message of `job` (after a preview, it waits to be asked: see
 * worker-handler.ts), unless the job has ended meanwhile.
 */
function pull(job: Job, pageHasRecords?: boolean): void {
  if (active !== job || !worker) return
  const message: WorkerPull = { id: job.request.id, pull: true }
  if (pageHasRecords !== undefined) message.pageHasRecords = pageHasRecords
  worker.postMessage(message)
}

/**
 * Exports from this size on are parsed on the page too (page-records.ts), while the worker
 * validates; below it, they come in one message and there is nothing to gain.
 */
const PAGE_PARSE_MIN_BYTES = 1_000_000

/** PageRecords, its code loaded on first use: it is not needed until an export is large. */
function parseOnPage(bytes: Uint8Array): NonNullable<Job['pageRecords']> {
  let cancelled = false
  let values: PageRecords['values'] | null = null
  const started = import('../transfer/page-records.ts').then((m) => {
    const records = new m.PageRecords(bytes)
    values = records.values
    if (cancelled) records.cancel()
    return records
  })
  return {
    values: () => values,
    wrap: (accepted, onSlice) => started.then((r) => r.wrapAccepted(accepted, onSlice)),
    scanned: started.then(
      (r) => r.scanned,
      () => false,
    ),
    records: started.then(
      (r) => r.records,
      () => null,
    ),
    cancel: () => {
      cancelled = true
      void started.then((r) => r.cancel()).catch(() => undefined)
    },
  }
}

/**
 * Runs `then` once the page has painted what is on it now (the next frame, then a task), so
 * that the overview shows before the data's copies take the main thread. A hidden page paints
 * no frames: a timer stands in.
 */
function afterPaint(then: () => void): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    then()
  }
  setTimeout(once, 250)
  if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden')
    requestAnimationFrame(() => setTimeout(once, 0))
  else setTimeout(once, 0)
}

function stopWorker(): void {
  worker?.terminate()
  worker = null
}

/** The last report's data, waiting for its search index and title ranks from the worker. */
let indexing: { id: number; data: NormalisedExport } | null = null
let ranking: { id: number; data: NormalisedExport } | null = null

function onSearchTexts(message: Extract<WorkerResponse, { searchTexts: unknown }>): void {
  if (indexing?.id !== message.id) return
  offerSearchTexts(indexing.data, NORDIC_SEARCH_LANGUAGES, message.searchTexts)
  indexing = null
}

function expectSearchIndex(id: number, report: ValidationReport): void {
  indexing = 'data' in report ? { id, data: report.data } : null
  ranking = 'data' in report ? { id, data: report.data } : null
}

function onResponse(message: WorkerResponse): void {
  if ('searchTexts' in message) {
    onSearchTexts(message)
    return
  }
  if ('titleRanks' in message) {
    if (ranking?.id === message.id) offerTitleRanks(ranking.data, message.lang, message.titleRanks)
    ranking = null
    return
  }
  const job = active
  if (!job || message.id !== job.request.id) return
  if ('phase' in message) {
    job.options.onProgress?.(
      message.fraction === undefined
        ? { phase: message.phase }
        : { phase: message.phase, fraction: message.fraction },
    )
    return
  }
  // After a preview the worker waits for each pull; without one, it sends all at once.
  if ('preview' in message) {
    performance.mark(EXPORT_PREVIEW_MARK)
    job.preview = message.preview
    job.options.onPreview?.(message.preview)
    afterPaint(() => {
      // The head's pull says whether the page has the records (the head then brings the
      // accepted positions instead of parts): once the page's scan has found them all (long
      // before validation ends, as a rule).
      const scanned = job.pageRecords?.scanned ?? Promise.resolve(false)
      void scanned.then((ok) => {
        pull(job, ok)
      })
    })
    return
  }
  if ('head' in message) {
    const joiner = new ReportJoiner(message.head, job.pageRecords?.values())
    job.joiner = joiner
    job.translationWarnings = message.translationWarnings
    // The worker accepted these of the page's records: the page makes the opportunities from
    // them in slices, then asks for the end.
    const accepted = message.accepted
    if (accepted) {
      const pageRecords = job.pageRecords
      if (!pageRecords) {
        failJob(job, new Error('The validation worker sent no parts, and the page has no records.'))
        return
      }
      pageRecords
        .wrap(accepted, (opportunities, fraction) => {
          if (job.joiner !== joiner) return
          joiner.add({ opportunities })
          job.options.onProgress?.({ phase: 'normalising', fraction })
        })
        .then(() => pull(job))
        .catch((error: unknown) => failJob(job, error))
      return
    }
    // Two in flight: the worker copies the next part while the page takes in this one.
    if (job.preview) {
      pull(job)
      pull(job)
    }
    return
  }
  if ('part' in message) {
    try {
      job.joiner?.add(message.part)
    } catch (error) {
      failJob(job, error)
      return
    }
    job.options.onProgress?.({ phase: 'normalising', fraction: message.fraction })
    if (job.preview) pull(job)
    return
  }
  finish(job)
  const extras = (translationWarnings: TranslationWarnings | undefined) => ({
    ...(job.preview && { preview: job.preview }),
    ...(translationWarnings && { translationWarnings }),
  })
  if ('done' in message) {
    const joiner = job.joiner
    if (!joiner) {
      job.reject(new Error('The validation worker sent parts without a head.'))
      return
    }
    job.pageRecords?.cancel()
    const report = joiner.finish()
    expectSearchIndex(message.id, report)
    job.resolve({ report, bytes: message.bytes, ...extras(job.translationWarnings) })
  } else if ('report' in message) {
    job.pageRecords?.cancel()
    expectSearchIndex(message.id, message.report)
    job.resolve({
      report: message.report,
      bytes: message.bytes,
      ...extras(message.translationWarnings),
    })
  } else {
    job.pageRecords?.cancel()
    job.reject(new Error(`The validation worker failed: ${message.error}`))
  }
}

function failJob(job: Job, error: unknown): void {
  const failure = error instanceof Error ? error : new Error(String(error))
  if (active === job) failActive(failure)
  else job.reject(failure)
}

function failActive(error: Error): void {
  const job = active
  stopWorker()
  if (!job) return
  job.pageRecords?.cancel()
  finish(job)
  job.reject(error)
}

function finish(job: Job): void {
  job.detach()
  if (active === job) active = null
  pump()
}

function pump(): void {
  if (active) return
  const job = waiting.shift()
  if (!job) return
  active = job
  try {
    const { bytes, uiLanguage } = job.request
    // Only where the worker posts a preview and waits for pulls (uiLanguage): see onResponse.
    if (uiLanguage !== undefined && bytes.byteLength >= PAGE_PARSE_MIN_BYTES)
      job.pageRecords = parseOnPage(new Uint8Array(bytes.slice(0)))
    startWorker().postMessage(job.request, [job.request.bytes])
  } catch (error) {
    failActive(error instanceof Error ? error : new Error(String(error)))
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

function validateWithWorker(
  bytes: ArrayBuffer,
  options: ValidateInWorkerOptions,
): Promise<ValidatedBytes> {
  const { signal } = options
  return new Promise<ValidatedBytes>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal))
      return
    }
    const onAbort = () => {
      job.pageRecords?.cancel()
      if (active === job) {
        // The worker is busy with this one and cannot be interrupted: end it.
        stopWorker()
        finish(job)
      } else {
        const at = waiting.indexOf(job)
        if (at >= 0) waiting.splice(at, 1)
        job.detach()
      }
      reject(abortReason(signal as AbortSignal))
    }
    const job: Job = {
      request: {
        id: nextId++,
        bytes,
        language: options.language,
        maxBytes: options.maxBytes,
        ...(options.uiLanguage !== undefined && { uiLanguage: options.uiLanguage }),
      },
      options,
      resolve,
      reject,
      detach: () => signal?.removeEventListener('abort', onAbort),
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    waiting.push(job)
    pump()
  })
}

/**
 * Where there is no Worker (Node, in tests): the same steps on this thread. The validator is
 * loaded on demand, so it stays out of the page's initial JavaScript.
 */
async function validateHere(
  bytes: ArrayBuffer,
  options: ValidateInWorkerOptions,
): Promise<ValidatedBytes> {
  options.signal?.throwIfAborted()
  const [{ validateInSteps }, { previewOf }] = await Promise.all([
    import('./validate-pipeline.ts'),
    import('./export-preview.ts'),
  ])
  options.signal?.throwIfAborted()
  const report = validateInSteps(
    new Uint8Array(bytes),
    { language: options.language, maxBytes: options.maxBytes },
    (phase, fraction) =>
      options.onProgress?.(fraction === undefined ? { phase } : { phase, fraction }),
  )
  if (options.uiLanguage === undefined || !('data' in report)) return { report, bytes }
  const { preview, translationWarnings } = previewOf(report, options.uiLanguage)
  options.onPreview?.(preview)
  return { report, bytes, preview, translationWarnings }
}

/**
 * Validates an export off the main thread and gives the bytes back with the report. `bytes`
 * is transferred to the worker: the buffer passed in is detached afterwards; use the one
 * returned.
 */
export async function validateBytesInWorker(
  bytes: ArrayBuffer,
  options: ValidateInWorkerOptions = {},
): Promise<ValidatedBytes> {
  const result =
    typeof Worker === 'undefined'
      ? await validateHere(bytes, options)
      : await validateWithWorker(bytes, options)
  options.onProgress?.({ phase: 'done' })
  // For profiles and `npm run bench`: the moment the whole report is on the page (the overview
  // may have shown from its preview well before).
  if (typeof performance !== 'undefined') performance.mark(EXPORT_READY_MARK)
  return result
}

/**
 * Parses and validates an export in a Web Worker (on this thread where there is none), with
 * the same report validateExportBytes gives. `bytes` is transferred: detached afterwards.
 */
export async function validateInWorker(
  bytes: ArrayBuffer,
  options: ValidateInWorkerOptions = {},
): Promise<ValidationReport> {
  return (await validateBytesInWorker(bytes, options)).report
}

/**
 * Starts the worker before the first export arrives, so its code loads and compiles while the
 * export downloads. Does nothing where there are no workers.
 */
export function prewarmExportWorker(): void {
  if (typeof Worker === 'undefined') return
  try {
    startWorker()
  } catch {
    // A worker that cannot start fails again, with its message, on first use.
  }
}

/** Ends the worker and rejects what is pending (tests; a page that wants its memory back). */
export function stopExportWorker(): void {
  const pending = [...(active ? [active] : []), ...waiting.splice(0)]
  active = null
  stopWorker()
  for (const job of pending) {
    job.detach()
    job.reject(new DOMException('The validation worker was stopped.', 'AbortError'))
  }
}
