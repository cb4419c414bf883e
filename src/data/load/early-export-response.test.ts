import { describe, expect, it, vi } from 'vitest'
import { takeEarlyExportResponse, type EarlyExportRequest } from './early-export-response.ts'

const URL_ = 'https://kartta.example/app/data/export.json'

function request(url: string): EarlyExportRequest {
  return { url, abort: vi.fn(), response: Promise.resolve(new Response('{}')) }
}

describe('takeEarlyExportResponse', () => {
  it('hands over the early request for the same address, once', () => {
    const early = request(URL_)
    const scope = { kasvukarttaExport: early }
    expect(takeEarlyExportResponse(URL_, scope)).toBe(early)
    // A retry must ask the server again, not reread a used body.
    expect(takeEarlyExportResponse(URL_, scope)).toBeNull()
    expect(early.abort).not.toHaveBeenCalled()
  })

  it('stops an early request for another address: nobody will read it', () => {
    const early = request('https://kartta.example/app/data/other.json')
    expect(takeEarlyExportResponse(URL_, { kasvukarttaExport: early })).toBeNull()
    expect(early.abort).toHaveBeenCalledOnce()
  })

  it('gives null when there was no early request', () => {
    expect(takeEarlyExportResponse(URL_, {})).toBeNull()
  })
})
