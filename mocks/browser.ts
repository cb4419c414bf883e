import { setupWorker } from 'msw/browser'
import { handlersFor } from './handlers.ts'
import type { Scenario } from './scenarios.ts'

/** The service worker for development; started by src/app/start-mocks.ts. */
export function createWorker(scenario: Scenario) {
  return setupWorker(...handlersFor(scenario))
}
