import type { ContentLanguage, UiLanguage } from '../../domain/format/languages.ts'
import type { Problem } from '../../domain/format/problems.ts'
import type { SearchTexts } from '../../domain/text/search-texts.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import type { ReportPart } from '../transfer/transfer-report.ts'
import type { ExportPreview } from '../load/load-progress.ts'
import type { WorkerPhase } from './validate-pipeline.ts'

/** Main thread → worker. `bytes` is transferred, not copied. */
export interface WorkerRequest {
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
 * Main thread → worker, after a preview: post the next message of request `id` (the page
 * pulls each one when it is ready for it; see worker-handler.ts).
 */
export interface WorkerPull {
  id: number
  pull: true
  /**
   * With the first pull (for the head): the page has parsed the export's records itself
   * (page-records.ts), so the head comes with the accepted positions and no parts follow.
   */
  pageHasRecords?: boolean
}

/** Missing-translation warnings for one language, to add to the report (reportForLanguage). */
export interface TranslationWarnings {
  language: ContentLanguage
  problems: Problem[]
}

/**
 * Worker → main thread: progress, then exactly one of report or error. The final message
 * transfers `bytes` back, so the caller can keep them (for the cache) without a copy.
 */
export type WorkerResponse =
  | { id: number; phase: WorkerPhase; fraction?: number }
  /**
   * With `uiLanguage`, before the report: what the overview shows. After it, the worker posts
   * each further message of the request when the page pulls it (WorkerPull).
   */
  | { id: number; preview: ExportPreview }
  | {
      id: number
      report: ValidationReport
      bytes: ArrayBuffer
      translationWarnings?: TranslationWarnings
    }
  | { id: number; error: string; bytes: ArrayBuffer }
  /**
   * A large report comes as a head, its parts (transfer-report.ts), then `done`; to a page
   * that has the records, as a head with the accepted positions, then `done`.
   */
  | {
      id: number
      head: ValidationReport
      translationWarnings?: TranslationWarnings
      /**
       * When the page has the records (WorkerPull.pageHasRecords): the export positions of the
       * accepted opportunities, in place of parts; the page makes them from its records.
       */
      accepted?: Int32Array
    }
  | { id: number; part: ReportPart; fraction: number }
  | { id: number; done: true; bytes: ArrayBuffer }
  /**
   * After the report: the Finnish/Swedish search index (filter-opportunities.ts); made after
   * the report is sent, so it never delays showing the data.
   */
  | { id: number; searchTexts: SearchTexts }
  /** Then, with a UI language: the title column's sort keys in it (title-ranks.ts). */
  | { id: number; titleRanks: Float64Array; lang: UiLanguage }
