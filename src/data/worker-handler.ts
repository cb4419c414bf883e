import { buildSearchIndex } from '../domain/filter-opportunities.ts'
import { NORDIC_SEARCH_LANGUAGES } from '../domain/search-seeds.ts'
import type { UiLanguage } from '../domain/languages.ts'
import type { NormalisedExport } from '../domain/normalise-export.ts'
import { splitReport } from '../domain/transfer-report.ts'
import { validateInSteps } from './validate-pipeline.ts'
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts'

export type PostResponse = (message: WorkerResponse, transfer: Transferable[]) => void

/** Index entries per message: each copy on the page stays a short task. */
const SEARCH_SLICE = 20_000

function postSearchIndex(id: number, data: NormalisedExport, post: PostResponse): void {
  const { texts } = buildSearchIndex(data, NORDIC_SEARCH_LANGUAGES[0] as UiLanguage)
  for (let from = 0; from < texts.length; from += SEARCH_SLICE) {
    post({ id, searchTexts: texts.slice(from, from + SEARCH_SLICE), from, total: texts.length }, [])
  }
}

/**
 * One request, start to end: progress messages, then the report (or the error), with the
 * bytes handed back. Kept apart from export-worker.ts so tests can run it without a worker.
 */
export function handleWorkerRequest(request: WorkerRequest, post: PostResponse): void {
  const { id, bytes } = request
  try {
    const report = validateInSteps(
      new Uint8Array(bytes),
      { language: request.language, maxBytes: request.maxBytes },
      (phase, fraction) =>
        post(fraction === undefined ? { id, phase } : { id, phase, fraction }, []),
    )
    const { head, parts } = splitReport(report)
    if (parts.length === 0) {
      post({ id, report, bytes }, [bytes])
    } else {
      post({ id, head }, [])
      parts.forEach((part, i) => post({ id, part, fraction: (i + 1) / parts.length }, []))
      post({ id, done: true, bytes }, [bytes])
    }
    if ('data' in report) postSearchIndex(id, report.data, post)
  } catch (error) {
    // The validator never throws on input; this is a bug or an exhausted heap, not bad data.
    post({ id, error: error instanceof Error ? error.message : String(error), bytes }, [bytes])
  }
}
