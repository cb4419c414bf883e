import { http } from 'msw'
import { EXPORT_PATH } from '../../mocks/handlers.ts'
import { server } from '../../mocks/node.ts'

/**
 * Makes the export address answer with `responses` in turn (the last one repeats) and returns
 * a function that tells how many requests arrived: retries and fallbacks are counted this way.
 */
export function respondInTurn(responses: readonly (() => Response)[]): () => number {
  let calls = 0
  server.use(
    http.get(EXPORT_PATH, () => {
      const respond = responses[Math.min(calls, responses.length - 1)] as () => Response
      calls++
      return respond()
    }),
  )
  return () => calls
}
