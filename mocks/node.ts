import { setupServer } from 'msw/node'
import { handlersFor } from './handlers.ts'

/**
 * The same handlers for Vitest in Node, answering 'normal' until a test adds others with
 * `server.use(...handlersFor('error'))`; reset them after each test.
 */
export const server = setupServer(...handlersFor('normal'))
