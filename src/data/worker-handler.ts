import { splitReport } from '../domain/transfer-report.ts'
import { validateInSteps } from './validate-pipeline.ts'
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts'

export type PostResponse = (message: WorkerResponse, transfer: Transferable[]) => void

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
      return
    }
    post({ id, head }, [])
    parts.forEach((part, i) => post({ id, part, fraction: (i + 1) / parts.length }, []))
    post({ id, done: true, bytes }, [bytes])
  } catch (error) {
    // The validator never throws on input; this is a bug or an exhausted heap, not bad data.
    post({ id, error: error instanceof Error ? error.message : String(error), bytes }, [bytes])
  }
}
