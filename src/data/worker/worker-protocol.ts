import type { ContentLanguage, UiLanguage } from '../../domain/format/languages.ts'
import type { Problem } from '../../domain/format/problems.ts'
import type { SearchTexts } from '../../domain/text/search-texts.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import type { ReportPart } from '../transfer/transfer-report.ts'
import type { ExportPreview } from '../load/load-progress.ts'
import type { WorkerPhase } from './validate-pipeline.ts'

/**
 * The messages between the page (validate-in-worker.ts) and the export worker
 * (export-worker.ts, worker-handler.ts). docs/loading.md draws the sequence. Every message
 * carries the `id` of the request it belongs to and a `type` that names it; both sides switch
 * on `type` exhaustively.
 */

/** Page → worker: validate these bytes. `bytes` is transferred, not copied. */
export interface WorkerRequest {
  type: 'validate'
  id: number
  bytes: ArrayBuffer
  language?: ContentLanguage
  maxBytes?: number
  /**
   * The language the page is shown in. The worker then posts a preview (the overview and its
   * warning count in this language) as soon as validation ends, and words the missing-
   * translation warnings of this language, which the page would otherwise find in a pass over
   * every record (reportForLanguage). The report itself stays language-free either way.
   */
  uiLanguage?: ContentLanguage
}

/**
 * Page → worker, after a preview: post the next message of request `id` (the page pulls each
 * one when it is ready for it; see worker-handler.ts).
 */
export interface WorkerPull {
  type: 'pull'
  id: number
  /**
   * With the first pull (for the head): the page has parsed the export's records itself
   * (page-records.ts), so the head comes with the accepted positions and no parts follow.
   */
  pageHasRecords?: boolean
}

export type PageMessage = WorkerRequest | WorkerPull

/** Missing-translation warnings for one language, to add to the report (reportForLanguage). */
export interface TranslationWarnings {
  language: ContentLanguage
  problems: Problem[]
  /** More of them, counted but not listed (the report's limit). */
  omitted?: number
}

/**
 * Worker → page: progress, then the answer, which is either one `report`, or (after a
 * `preview`, for a large export) a `head`, its `part`s and `done`, or an `error`. The message
 * that ends the answer transfers `bytes` back, so the page can keep them (for the cache)
 * without a copy. After the answer, the search index and the title ranks follow.
 */
export type WorkerResponse =
  | { type: 'progress'; id: number; phase: WorkerPhase; fraction?: number }
  /**
   * With `uiLanguage`, before the report: what the overview shows. After it, the worker posts
   * each further message of the request when the page pulls it (WorkerPull).
   */
  | { type: 'preview'; id: number; preview: ExportPreview }
  | {
      type: 'report'
      id: number
      report: ValidationReport
      bytes: ArrayBuffer
      translationWarnings?: TranslationWarnings
    }
  | { type: 'error'; id: number; error: string; bytes: ArrayBuffer }
  | {
      type: 'head'
      id: number
      head: ValidationReport
      translationWarnings?: TranslationWarnings
      /**
       * When the page has the records (WorkerPull.pageHasRecords): the export positions of the
       * accepted opportunities, in place of parts; the page makes them from its records.
       */
      accepted?: Int32Array
    }
  | { type: 'part'; id: number; part: ReportPart; fraction: number }
  | { type: 'done'; id: number; bytes: ArrayBuffer }
  /**
   * After the answer: the Finnish/Swedish search index (filter-opportunities.ts); made after
   * the report is sent, so it never delays showing the data.
   */
  | { type: 'searchTexts'; id: number; searchTexts: SearchTexts }
  /** Then, with a UI language: the title column's sort keys in it (title-ranks.ts). */
  | { type: 'titleRanks'; id: number; titleRanks: Float64Array; lang: UiLanguage }

/** For a switch that must name every message type: a new one fails to typecheck there. */
export function unexpectedMessage(message: never): never {
  throw new Error(`Unknown worker message: ${JSON.stringify(message)}`)
}
