import type { ContentLanguage } from '../domain/languages.ts'
import type { ValidationReport } from '../domain/validate-export.ts'
import type { ReportPart } from '../domain/transfer-report.ts'
import type { WorkerPhase } from './validate-pipeline.ts'

/** Main thread → worker. `bytes` is transferred, not copied. */
export interface WorkerRequest {
  id: number
  bytes: ArrayBuffer
  language?: ContentLanguage
  maxBytes?: number
}

/**
 * Worker → main thread: progress, then exactly one of report or error. The final message
 * transfers `bytes` back, so the caller can keep them (for the cache) without a copy.
 */
export type WorkerResponse =
  | { id: number; phase: WorkerPhase; fraction?: number }
  | { id: number; report: ValidationReport; bytes: ArrayBuffer }
  | { id: number; error: string; bytes: ArrayBuffer }
  /** A large report comes as a head, its parts (transfer-report.ts), then `done`. */
  | { id: number; head: ValidationReport }
  | { id: number; part: ReportPart; fraction: number }
  | { id: number; done: true; bytes: ArrayBuffer }
  /**
   * After the report: the Finnish/Swedish search index (filter-opportunities.ts), in slices
   * `from` onwards; made after the report is sent, so it never delays showing the data.
   */
  | { id: number; searchTexts: string[]; from: number; total: number }
