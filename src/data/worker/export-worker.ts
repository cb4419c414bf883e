/**
 * The module worker that parses and validates exports off the main thread, so a large file
 * never freezes the page. Started by validate-in-worker.ts; Vite bundles it as its own chunk.
 * docs/loading.md draws what it does in a load.
 */
// First, so the shared Intl data is loading while the validator's modules are evaluated.
import './intl-warm-up.ts'
import { handleWorkerRequest, type WorkerSession } from './worker-handler.ts'
import { warmUpValidator } from './worker-warm-up.ts'
import { unexpectedMessage, type PageMessage, type WorkerResponse } from './worker-protocol.ts'

/** The parts of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<PageMessage>) => void): void
  postMessage(message: WorkerResponse, transfer: Transferable[]): void
}

const scope = self as unknown as WorkerScope

/**
 * The worker's own state lives as long as the worker: the request whose answer the page is
 * pulling, message by message, and whether any request has come (the warm-up stops then).
 */
const state: { session: { id: number; session: WorkerSession } | null; requested: boolean } = {
  session: null,
  requested: false,
}

// The page starts the worker at boot, before the export has downloaded.
warmUpValidator(() => state.requested)

scope.addEventListener('message', (event) => {
  const message = event.data
  switch (message.type) {
    case 'pull': {
      const current = state.session
      // Once the answer is complete, the report is let go.
      if (
        current?.id === message.id &&
        !current.session.pull({ pageHasRecords: message.pageHasRecords === true })
      )
        state.session = null
      return
    }
    case 'validate': {
      state.requested = true
      const started = handleWorkerRequest(message, (m, transfer) => scope.postMessage(m, transfer))
      state.session = started && { id: message.id, session: started }
      return
    }
    default:
      unexpectedMessage(message)
  }
})
