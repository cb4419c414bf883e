import { describe, expect, it } from 'vitest'
import { LoadError, retryDelay, shouldRetry } from './load-error.ts'

describe('shouldRetry', () => {
  const http = (status: number) =>
    new LoadError({ kind: 'http', status }, 'https://example.org/x.json')

  it('retries network and server errors up to three times', () => {
    const network = new LoadError({ kind: 'network' }, 'https://example.org/x.json')
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, network))).toEqual([true, true, true, false])
    expect(shouldRetry(0, http(503))).toBe(true)
  })

  it('never retries 4xx, a bad config or an unknown error', () => {
    expect(shouldRetry(0, http(404))).toBe(false)
    expect(shouldRetry(0, http(429))).toBe(false)
    expect(
      shouldRetry(0, new LoadError({ kind: 'config', reason: 'invalid' }, 'config.json')),
    ).toBe(false)
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false)
  })

  it('backs off exponentially, capped', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000])
  })
})
