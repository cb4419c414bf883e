/**
 * The module worker that parses and validates exports off the main thread, so a 60 MB file
 * never freezes the page. Created by validate-in-worker.ts; Vite bundles it as its own chunk.
 */
import { handleWorkerRequest } from './worker-handler.ts'
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts'

/** The parts of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void
  postMessage(message: WorkerResponse, transfer: Transferable[]): void
}

const scope = self as unknown as WorkerScope

scope.addEventListener('message', (event) => {
  handleWorkerRequest(event.data, (message, transfer) => scope.postMessage(message, transfer))
})
