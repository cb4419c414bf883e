/**
 * Why data could not be fetched at all (as opposed to fetched but not readable, which is a
 * ValidationReport with outcome 'unreadable'). The UI words each kind; retries use `retryable`.
 */
export type LoadErrorDetail =
  /** The server answered with a status outside 200–299. */
  | { kind: 'http'; status: number }
  /** No answer: offline, DNS, CORS, connection reset. */
  | { kind: 'network' }
  /** config.json is not valid, or its data address points outside the allowed origins. */
  | { kind: 'config'; reason: 'invalid' | 'originNotAllowed' }
  /** The address redirected to an origin data may not come from: nothing was read. */
  | { kind: 'redirect'; to: string }

export class LoadError extends Error {
  readonly detail: LoadErrorDetail
  readonly url: string
  /** When set: a good copy of the same source is cached, and can be shown instead. */
  cachedCopy?: { savedAt: string }

  constructor(detail: LoadErrorDetail, url: string, options?: { cause?: unknown }) {
    super(
      detail.kind === 'http'
        ? `GET ${url} answered ${detail.status}`
        : detail.kind === 'network'
          ? `GET ${url} failed`
          : detail.kind === 'redirect'
            ? `GET ${url} redirected to ${detail.to}, which is not allowed`
            : `config.json: ${detail.reason} (${url})`,
      options,
    )
    this.name = 'LoadError'
    this.detail = detail
    this.url = url
  }

  /** Worth trying again: the network and server errors (5xx), not 4xx or a bad config. */
  get retryable(): boolean {
    return (
      this.detail.kind === 'network' || (this.detail.kind === 'http' && this.detail.status >= 500)
    )
  }
}

export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError
}

/** A fetch that never answered is a network error; an abort stays an abort. */
export async function fetchOrLoadError(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw new LoadError({ kind: 'network' }, url, { cause })
  }
}

export const MAX_RETRIES = 3

/** react-query `retry`: up to three more attempts, only for errors that may pass. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isLoadError(error) && error.retryable
}

/** react-query `retryDelay`: 0.5 s, 1 s, 2 s … capped at 8 s. */
export function retryDelay(attemptIndex: number): number {
  return Math.min(500 * 2 ** attemptIndex, 8000)
}
