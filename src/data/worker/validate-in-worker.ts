import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import { NORDIC_SEARCH_LANGUAGES, offerSearchTexts } from '../../domain/text/search-seeds.ts'
import { offerTitleRanks } from '../../domain/text/sort-seeds.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { ReportJoiner } from '../transfer/transfer-report.ts'
import type { ExportPreview, OnLoadProgress } from '../load/load-progress.ts'
import type { PageRecords } from '../transfer/page-records.ts'
import {
  unexpectedMessage,
  type TranslationWarnings,
  type WorkerPull,
  type WorkerRequest,
  type WorkerResponse,
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

/** The page's own parse of the records, for a large export (page-records.ts). */
type RecordsOnPage = Pick<PageRecords, 'scanned' | 'records' | 'cancel'> & {
  /** The records' shared values, once page-records.ts has loaded (else null). */
  values: () => PageRecords['values'] | null
  wrap: PageRecords['wrapAccepted']
}

interface Job {
  /** A large report arriving in parts (see transfer-report.ts), joined as they come. */
  joiner?: ReportJoiner
  /** The records, parsed on the page from its own copy of the bytes (large exports). */
  pageRecords?: RecordsOnPage
  preview?: ExportPreview
  translationWarnings?: TranslationWarnings
  request: WorkerRequest
  options: ValidateInWorkerOptions
  resolve: (value: ValidatedBytes) => void
  reject: (reason: unknown) => void
  detach: () => void
}

/**
 * Exports from this size on are parsed on the page too (page-records.ts), while the worker
 * validates; below it, they come in one message and there is nothing to gain.
 */
const PAGE_PARSE_MIN_BYTES = 1_000_000

/** PageRecords, its code loaded on first use: it is not needed until an export is large. */
function parseOnPage(bytes: Uint8Array): RecordsOnPage {
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

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

/**
 * The page's side of the export worker: one worker, one request in it at a time. Requests wait
 * here, on the main thread, rather than in the worker's queue: their bytes are not transferred
 * until their turn, so aborting the running one can terminate the worker without losing the
 * others. There is one client per page (`client` below), living as long as the page; stop()
 * ends its worker and rejects what is pending.
 */
class ExportWorkerClient {
  private worker: Worker | null = null
  private active: Job | null = null
  private readonly waiting: Job[] = []
  private nextId = 1
  /** The last report's data, waiting for its search index and title ranks from the worker. */
  private indexing: { id: number; data: NormalisedExport } | null = null
  private ranking: { id: number; data: NormalisedExport } | null = null

  validate(bytes: ArrayBuffer, options: ValidateInWorkerOptions): Promise<ValidatedBytes> {
    const { signal } = options
    return new Promise<ValidatedBytes>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal))
        return
      }
      const onAbort = () => {
        job.pageRecords?.cancel()
        if (this.active === job) {
          // The worker is busy with this one and cannot be interrupted: end it.
          this.stopWorker()
          this.finish(job)
        } else {
          const at = this.waiting.indexOf(job)
          if (at >= 0) this.waiting.splice(at, 1)
          job.detach()
        }
        reject(abortReason(signal as AbortSignal))
      }
      const job: Job = {
        request: {
          type: 'validate',
          id: this.nextId++,
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
      this.waiting.push(job)
      this.pump()
    })
  }

  /** Starts the worker before the first request, so its code loads while the export downloads. */
  prewarm(): void {
    try {
      this.startWorker()
    } catch {
      // A worker that cannot start fails again, with its message, on first use.
    }
  }

  /** Ends the worker and rejects what is pending. */
  stop(): void {
    const pending = [...(this.active ? [this.active] : []), ...this.waiting.splice(0)]
    this.active = null
    this.stopWorker()
    for (const job of pending) {
      job.detach()
      job.reject(new DOMException('The validation worker was stopped.', 'AbortError'))
    }
  }

  private startWorker(): Worker {
    if (this.worker) return this.worker
    const started =
      takeEarlyWorker() ??
      new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' })
    started.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      if (started === this.worker) this.onResponse(event.data)
    })
    started.addEventListener('error', (event: ErrorEvent) => {
      if (started !== this.worker) return
      event.preventDefault()
      this.failActive(
        new Error(`The validation worker failed: ${event.message || 'could not start'}`),
      )
    })
    started.addEventListener('messageerror', () => {
      if (started === this.worker)
        this.failActive(new Error('The validation worker sent an unreadable answer.'))
    })
    this.worker = started
    return started
  }

  private stopWorker(): void {
    this.worker?.terminate()
    this.worker = null
  }

  /**
   * Asks the worker for the next message of `job` (after a preview, it waits to be asked: see
   * worker-handler.ts), unless the job has ended meanwhile.
   */
  private pull(job: Job, pageHasRecords?: boolean): void {
    if (this.active !== job || !this.worker) return
    const message: WorkerPull = { type: 'pull', id: job.request.id }
    if (pageHasRecords !== undefined) message.pageHasRecords = pageHasRecords
    this.worker.postMessage(message)
  }

  private onResponse(message: WorkerResponse): void {
    switch (message.type) {
      case 'searchTexts':
        if (this.indexing?.id === message.id)
          offerSearchTexts(this.indexing.data, NORDIC_SEARCH_LANGUAGES, message.searchTexts)
        this.indexing = null
        return
      case 'titleRanks':
        if (this.ranking?.id === message.id)
          offerTitleRanks(this.ranking.data, message.lang, message.titleRanks)
        this.ranking = null
        return
      default:
      // The rest belong to the active request.
    }
    const job = this.active
    if (!job || message.id !== job.request.id) return
    switch (message.type) {
      case 'progress':
        job.options.onProgress?.(
          message.fraction === undefined
            ? { phase: message.phase }
            : { phase: message.phase, fraction: message.fraction },
        )
        return
      case 'preview':
        this.onPreview(job, message.preview)
        return
      case 'head':
        this.onHead(job, message)
        return
      case 'part':
        try {
          job.joiner?.add(message.part)
        } catch (error) {
          this.failJob(job, error)
          return
        }
        job.options.onProgress?.({ phase: 'normalising', fraction: message.fraction })
        if (job.preview) this.pull(job)
        return
      case 'done': {
        this.finish(job)
        const joiner = job.joiner
        if (!joiner) {
          job.reject(new Error('The validation worker sent parts without a head.'))
          return
        }
        job.pageRecords?.cancel()
        this.resolve(job, joiner.finish(), message.bytes, job.translationWarnings)
        return
      }
      case 'report':
        this.finish(job)
        job.pageRecords?.cancel()
        this.resolve(job, message.report, message.bytes, message.translationWarnings)
        return
      case 'error':
        this.finish(job)
        job.pageRecords?.cancel()
        job.reject(new Error(`The validation worker failed: ${message.error}`))
        return
      default:
        unexpectedMessage(message)
    }
  }

  /** After a preview the worker waits for each pull; the first one goes once it has painted. */
  private onPreview(job: Job, preview: ExportPreview): void {
    performance.mark(EXPORT_PREVIEW_MARK)
    job.preview = preview
    job.options.onPreview?.(preview)
    afterPaint(() => {
      // The head's pull says whether the page has the records (the head then brings the
      // accepted positions instead of parts): once the page's scan has found them all (long
      // before validation ends, as a rule).
      const scanned = job.pageRecords?.scanned ?? Promise.resolve(false)
      void scanned.then((ok) => this.pull(job, ok))
    })
  }

  private onHead(job: Job, message: Extract<WorkerResponse, { type: 'head' }>): void {
    const joiner = new ReportJoiner(message.head, job.pageRecords?.values())
    job.joiner = joiner
    job.translationWarnings = message.translationWarnings
    const accepted = message.accepted
    if (!accepted) {
      // Two in flight: the worker copies the next part while the page takes in this one.
      if (job.preview) {
        this.pull(job)
        this.pull(job)
      }
      return
    }
    // The worker accepted these of the page's records: the page makes the opportunities from
    // them in slices, then asks for the end.
    const pageRecords = job.pageRecords
    if (!pageRecords) {
      this.failJob(job, new Error('The validation worker sent no parts, and the page has none.'))
      return
    }
    pageRecords
      .wrap(accepted, (opportunities, fraction) => {
        if (job.joiner !== joiner) return
        joiner.add({ opportunities })
        job.options.onProgress?.({ phase: 'normalising', fraction })
      })
      .then(() => this.pull(job))
      .catch((error: unknown) => this.failJob(job, error))
  }

  private resolve(
    job: Job,
    report: ValidationReport,
    bytes: ArrayBuffer,
    translationWarnings: TranslationWarnings | undefined,
  ): void {
    const data = 'data' in report ? report.data : null
    this.indexing = data && { id: job.request.id, data }
    this.ranking = data && { id: job.request.id, data }
    job.resolve({
      report,
      bytes,
      ...(job.preview && { preview: job.preview }),
      ...(translationWarnings && { translationWarnings }),
    })
  }

  private failJob(job: Job, error: unknown): void {
    const failure = error instanceof Error ? error : new Error(String(error))
    if (this.active === job) this.failActive(failure)
    else job.reject(failure)
  }

  private failActive(error: Error): void {
    const job = this.active
    this.stopWorker()
    if (!job) return
    job.pageRecords?.cancel()
    this.finish(job)
    job.reject(error)
  }

  private finish(job: Job): void {
    job.detach()
    if (this.active === job) this.active = null
    this.pump()
  }

  private pump(): void {
    if (this.active) return
    const job = this.waiting.shift()
    if (!job) return
    this.active = job
    try {
      const { bytes, uiLanguage } = job.request
      // Only where the worker posts a preview and waits for pulls (uiLanguage): see onResponse.
      if (uiLanguage !== undefined && bytes.byteLength >= PAGE_PARSE_MIN_BYTES)
        job.pageRecords = parseOnPage(new Uint8Array(bytes.slice(0)))
      this.startWorker().postMessage(job.request, [job.request.bytes])
    } catch (error) {
      this.failActive(error instanceof Error ? error : new Error(String(error)))
    }
  }
}

/**
 * The worker the built index.html started before the app's code had loaded
 * (scripts/build/early-start.ts), once; null when there is none or it failed to start.
 */
function takeEarlyWorker(): Worker | null {
  const scope = globalThis as { kasvukarttaWorker?: { worker: Worker; failed: boolean } }
  const early = scope.kasvukarttaWorker
  delete scope.kasvukarttaWorker
  if (!early) return null
  if (!early.failed) return early.worker
  early.worker.terminate()
  return null
}

const client = new ExportWorkerClient()

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
      : await client.validate(bytes, options)
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
  if (typeof Worker !== 'undefined') client.prewarm()
}

/** Ends the worker and rejects what is pending (tests; a page that wants its memory back). */
export function stopExportWorker(): void {
  client.stop()
}
