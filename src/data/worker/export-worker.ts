/**
 * The module worker that parses and validates exports off the main thread, so a 60 MB file
 * never freezes the page. Created by validate-in-worker.ts; Vite bundles it as its own chunk.
 */
import { handleWorkerRequest, type WorkerSession } from './worker-handler.ts'
import { warmUpValidator } from './worker-warm-up.ts'
import type { WorkerPull, WorkerRequest, WorkerResponse } from './worker-protocol.ts'

/** The parts of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerRequest | WorkerPull>) => void,
  ): void
  postMessage(message: WorkerResponse, transfer: Transferable[]): void
}

const scope = self as unknown as WorkerScope

/** The request whose answer the page is pulling, message by message. */
let session: { id: number; session: WorkerSession } | null = null
/** Whether a request has come: the warm-up stops then. */
let requested = false

// The page starts the worker at boot, before the export has downloaded.
warmUpValidator(() => requested)

scope.addEventListener('message', (event) => {
  const message = event.data
  if ('pull' in message) {
    // Once the answer is complete, the report is let go.
    if (
      session?.id === message.id &&
      !session.session.pull({ pageHasRecords: message.pageHasRecords === true })
    )
      session = null
    return
  }
  requested = true
  const started = handleWorkerRequest(message, (m, transfer) => scope.postMessage(m, transfer))
  session = started && { id: message.id, session: started }
})
