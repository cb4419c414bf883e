import { describe, expect, it } from 'vitest'
import { tracked } from './tracked-promise.ts'

describe('tracked', () => {
  it('carries the value once fulfilled, for use() to read without suspending', async () => {
    const p = tracked(Promise.resolve(42))
    expect(p.status).toBe('pending')
    await p
    expect(p).toMatchObject({ status: 'fulfilled', value: 42 })
  })

  it('carries the reason once rejected', async () => {
    const p = tracked(Promise.reject(new Error('offline')))
    await p.catch(() => undefined)
    expect(p.status).toBe('rejected')
    expect(p.reason).toBeInstanceOf(Error)
  })
})
