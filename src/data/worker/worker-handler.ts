import { buildSearchIndex } from '../../domain/dataset/filter-opportunities.ts'
import { NORDIC_SEARCH_LANGUAGES } from '../../domain/text/search-seeds.ts'
import { isUiLanguage, type UiLanguage } from '../../domain/format/languages.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { titleRanks } from '../../domain/text/title-ranks.ts'
import { DEFAULT_PART_SIZE, splitReport } from '../transfer/transfer-report.ts'
import { previewOf } from './export-preview.ts'
import { validateInSteps } from './validate-pipeline.ts'
import type { TranslationWarnings, WorkerRequest, WorkerResponse } from './worker-protocol.ts'

export type PostResponse = (message: WorkerResponse, transfer: Transferable[]) => void

/**
 * The Finnish and Swedish search index: a string per thousand opportunities
 * (search-texts.ts), whose copy on the page is a short task.
 */
function postSearchIndex(id: number, data: NormalisedExport, post: PostResponse): void {
  const { texts } = buildSearchIndex(data, NORDIC_SEARCH_LANGUAGES[0] as UiLanguage)
  // Copied, not transferred: the worker's cached index keeps its own.
  post({ type: 'searchTexts', id, searchTexts: texts }, [])
}

/**
 * The title column's sort keys in the page's language: sorting many titles by collation on the
 * page would make the first click on the title header slow.
 */
function postTitleRanks(
  id: number,
  data: NormalisedExport,
  lang: UiLanguage,
  post: PostResponse,
): void {
  const ranks = titleRanks(data, lang)
  post({ type: 'titleRanks', id, titleRanks: ranks, lang }, [ranks.buffer])
}

/** The rest of a request's answer, one message per `pull` (see handleWorkerRequest). */
export interface WorkerSession {
  /** Posts the next message; false once the answer is complete. */
  pull(options?: PullOptions): boolean
}

/** What the page says with a pull: see WorkerPull. */
export interface PullOptions {
  pageHasRecords?: boolean
}

/**
 * One request, start to end: progress messages, then the report (or the error), with the
 * bytes handed back. Kept apart from export-worker.ts so tests can run it without a worker.
 *
 * With `uiLanguage`, a usable export's overview is posted first, and then the page sets the
 * pace: each `pull` of the session posts the next message (the head, a part, then the end).
 * Posted all at once, the parts' copies would queue on the page ahead of the render that
 * shows the overview, and then run back to back with nothing in between. Without a preview,
 * everything is posted at once and the session is null.
 */
export function handleWorkerRequest(
  request: WorkerRequest,
  post: PostResponse,
): WorkerSession | null {
  const { id, bytes } = request
  const fail = (error: unknown) =>
    // The validator never throws on input; this is a bug or an exhausted heap, not bad data.
    post(
      { type: 'error', id, error: error instanceof Error ? error.message : String(error), bytes },
      [bytes],
    )
  const steps: ((options: PullOptions) => void)[] = []
  let paced = false
  try {
    const report = validateInSteps(
      new Uint8Array(bytes),
      { language: request.language, maxBytes: request.maxBytes },
      (phase, fraction) =>
        post(
          fraction === undefined
            ? { type: 'progress', id, phase }
            : { type: 'progress', id, phase, fraction },
          [],
        ),
    )
    // The overview first: it is small, and the page can show it while the data is copied over.
    let translationWarnings: TranslationWarnings | undefined
    if (request.uiLanguage !== undefined && 'data' in report) {
      const made = previewOf(report, request.uiLanguage)
      post({ type: 'preview', id, preview: made.preview }, [])
      translationWarnings = made.translationWarnings
      paced = true
    }
    const whole = !('data' in report) || report.data.opportunities.length <= DEFAULT_PART_SIZE
    // After the report, while the page needs nothing else from the worker: what makes the
    // first search and the first sort by title quick.
    const uiLanguage = request.uiLanguage
    const searchIndex = () => {
      if (!('data' in report)) return
      postSearchIndex(id, report.data, post)
      if (isUiLanguage(uiLanguage)) postTitleRanks(id, report.data, uiLanguage, post)
    }
    if (whole) {
      steps.push(() => {
        post(
          translationWarnings
            ? { type: 'report', id, report, bytes, translationWarnings }
            : { type: 'report', id, report, bytes },
          [bytes],
        )
        searchIndex()
      })
    } else {
      // Split when the page asks for the head: the page then says whether it has parsed the
      // records itself (page-records.ts); if so, it gets the accepted positions, not parts.
      steps.push(({ pageHasRecords = false }) => {
        const { head, parts, accepted } = splitReport(report, DEFAULT_PART_SIZE, {
          pageHasRecords,
        })
        post(
          {
            type: 'head',
            id,
            head,
            ...(translationWarnings && { translationWarnings }),
            ...(accepted && { accepted }),
          },
          accepted ? [accepted.buffer] : [],
        )
        parts.forEach((part, i) =>
          steps.push(() => post({ type: 'part', id, part, fraction: (i + 1) / parts.length }, [])),
        )
        steps.push(() => {
          post({ type: 'done', id, bytes }, [bytes])
          searchIndex()
        })
      })
    }
  } catch (error) {
    fail(error)
    return null
  }
  const next = (options: PullOptions = {}): boolean => {
    const step = steps.shift()
    try {
      step?.(options)
    } catch (error) {
      steps.length = 0
      fail(error)
    }
    return steps.length > 0
  }
  if (!paced) {
    while (steps.length > 0) next()
    return null
  }
  return { pull: next }
}
