import { describe, expect, it, vi } from 'vitest'
import {
  dropEarlyExport,
  settleConfigExport,
  takeEarlyExportResponse,
  type EarlyExportRequest,
} from './early-export-response.ts'

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

describe('settleConfigExport', () => {
  it("waits for index.html's request of the config's export and leaves it to be taken over", async () => {
    const early = request(URL_)
    const scope: Parameters<typeof settleConfigExport>[0] = {
      kasvukarttaConfigExport: Promise.resolve(early),
    }
    await settleConfigExport(scope)
    expect(scope).not.toHaveProperty('kasvukarttaConfigExport')
    expect(takeEarlyExportResponse(URL_, scope)).toBe(early)
  })

  it('leaves nothing when index.html made no request (another origin, no config)', async () => {
    const scope: Parameters<typeof settleConfigExport>[0] = {
      kasvukarttaConfigExport: Promise.resolve(null),
    }
    await settleConfigExport(scope)
    expect(takeEarlyExportResponse(URL_, scope)).toBeNull()
  })

  it('stops a config request when a ?data= request is already there', async () => {
    const data = request(URL_)
    const config = request('https://kartta.example/app/data/growth-opportunities.json')
    const scope = { kasvukarttaExport: data, kasvukarttaConfigExport: Promise.resolve(config) }
    await settleConfigExport(scope)
    expect(config.abort).toHaveBeenCalledOnce()
    expect(takeEarlyExportResponse(URL_, scope)).toBe(data)
  })
})

describe('dropEarlyExport', () => {
  it('stops the early request when the page will show a chosen file instead', () => {
    const early = request(URL_)
    const scope = { kasvukarttaExport: early }
    dropEarlyExport(scope)
    expect(early.abort).toHaveBeenCalledOnce()
    expect(takeEarlyExportResponse(URL_, scope)).toBeNull()
  })
})
