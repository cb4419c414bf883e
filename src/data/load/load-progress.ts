import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { OverviewSummary } from '../../domain/dataset/overview-stats.ts'

/**
 * Where a load is. `reading` is the download or the file read (bytes `loaded` of `total`, when
 * the size is known); the next three happen in the worker; `done` comes once, last.
 *
 * `normalising` is the handing over of a large report from the worker, part by part
 * (transfer-report.ts), with the share received so far.
 */
export type LoadPhase = 'reading' | 'parsing' | 'validating' | 'normalising' | 'done'

export interface LoadProgress {
  phase: LoadPhase
  /** 0…1 within the phase, when known. */
  fraction?: number
  /** `reading` only: bytes so far, and the expected total when known. */
  loaded?: number
  total?: number
}

export type OnLoadProgress = (progress: LoadProgress) => void

/**
 * What the overview shows, known the moment validation ends: the worker posts it before it
 * hands the (large) data over, so the overview appears without waiting for that copy.
 */
export interface ExportPreview {
  overview: OverviewSummary
  /** The language `warnings` was counted in (the page's when the load started). */
  language: ContentLanguage
  /** Warnings of the report in `language`, missing translations included, as the page counts. */
  warnings: number
}
