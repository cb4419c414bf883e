import { describe, expect, it } from 'vitest'
import { takeEarlyConfigResponse, type EarlyConfigRequest } from './early-config.ts'

const URL_ = 'https://kartta.example/app/config.json'

function scopeWith(early: EarlyConfigRequest) {
  return { kasvukarttaConfig: early }
}

describe('takeEarlyConfigResponse', () => {
  it('hands over the early response for the same address, once', async () => {
    const response = new Response('{}')
    const scope = scopeWith({ url: URL_, response: Promise.resolve(response) })
    await expect(takeEarlyConfigResponse(URL_, scope)).resolves.toBe(response)
    // A retry or refetch must ask the server again, not reread a used body.
    await expect(takeEarlyConfigResponse(URL_, scope)).resolves.toBeNull()
  })

  it('ignores an early request for another address (another base path)', async () => {
    const scope = scopeWith({
      url: 'https://kartta.example/config.json',
      response: Promise.resolve(new Response('{}')),
    })
    await expect(takeEarlyConfigResponse(URL_, scope)).resolves.toBeNull()
  })

  it('gives null when there was no early request or it failed', async () => {
    await expect(takeEarlyConfigResponse(URL_, {})).resolves.toBeNull()
    const failed = scopeWith({ url: URL_, response: Promise.reject(new TypeError('offline')) })
    await expect(takeEarlyConfigResponse(URL_, failed)).resolves.toBeNull()
  })
})
