import { QueryClient } from '@tanstack/react-query'

/**
 * One client per app (and per test). Retries are set per query (see src/data), where the
 * errors worth retrying are known; the export is a file, not a feed, so focus or reconnect
 * alone does not fetch and validate it again.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  })
}
