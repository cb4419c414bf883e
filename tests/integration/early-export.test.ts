// @vitest-environment node
import 'fake-indexeddb/auto'
import { QueryClient } from '@tanstack/react-query'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node.ts'
import { resolveDataUrl } from '../../src/data/config/data-url-policy.ts'
import {
  resetEarlyExport,
  startEarlyExport,
  startEarlyLoad,
} from '../../src/data/load/early-export.ts'
import { exportQueryOptions } from '../../src/data/load/export-query.ts'
import { queryKeys } from '../../src/data/load/query-keys.ts'
import { clearLastGood } from '../../src/data/cache/export-cache.ts'
import type { LoadProgress } from '../../src/data/load/load-progress.ts'
import { loadExport } from '../../src/data/load/load-with-fallback.ts'
import { clearSourceChoice, saveSourceChoice } from '../../src/data/cache/source-choice.ts'

/**
 * The export's download started at boot (before the page's code has loaded) and taken over by
 * the page's load: one request, not two; none at all where the page would make none.
 */
const ORIGIN = 'http://kasvukartta.example.org'
const APP = new URL(`${ORIGIN}/`)
const config = { dataUrl: 'data/growth-opportunities.json', allowedDataOrigins: [] }
const resolvedConfig = { ...config, dataUrl: `${ORIGIN}/data/growth-opportunities.json` }

const requested: string[] = []
const exportRequests = () => requested.filter((u) => !u.endsWith('/config.json'))

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  server.events.on('request:start', ({ request }) => {
    requested.push(request.url)
  })
})
beforeEach(() => {
  vi.stubGlobal('location', new URL(APP))
  server.use(http.get(`${ORIGIN}/config.json`, () => HttpResponse.json(config)))
})
afterEach(async () => {
  vi.unstubAllGlobals()
  server.resetHandlers()
  resetEarlyExport()
  requested.length = 0
  await clearLastGood()
  await clearSourceChoice()
})
afterAll(() => {
  server.events.removeAllListeners()
  server.close()
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('startEarlyExport', () => {
  it('downloads the configured export once; the page’s load takes the download over', async () => {
    await startEarlyExport(new QueryClient(), '')
    await settle()
    expect(exportRequests()).toEqual([resolvedConfig.dataUrl])
    const progress: LoadProgress[] = []
    const loaded = await loadExport(resolveDataUrl(null, resolvedConfig, APP), {
      onProgress: (p) => progress.push(p),
    })
    expect(loaded.report.outcome).toBe('loaded')
    expect(exportRequests()).toEqual([resolvedConfig.dataUrl])
    // The download's progress reaches the page that took it over (its latest step first).
    expect(progress[0]?.phase).toBe('reading')
    await loaded.saved
  })

  it('downloads an allowed ?data= address, and the page takes that one over', async () => {
    server.use(
      http.get(`${ORIGIN}/exports/autumn.json`, async () =>
        HttpResponse.json((await import('../../mocks/demo-export.json')).default),
      ),
    )
    await startEarlyExport(new QueryClient(), '?data=exports/autumn.json')
    const loaded = await loadExport(resolveDataUrl('exports/autumn.json', resolvedConfig, APP))
    expect(loaded.report.outcome).toBe('loaded')
    expect(exportRequests()).toEqual([`${ORIGIN}/exports/autumn.json`])
    await loaded.saved
  })

  it('makes no request for a refused ?data= address', async () => {
    await startEarlyExport(new QueryClient(), '?data=https://evil.example/forged.json')
    await settle()
    expect(exportRequests()).toEqual([])
  })

  it('fetches nothing when the user’s choice is a local file (the cached copy is shown)', async () => {
    await saveSourceChoice({ kind: 'file', name: 'oma.json', size: 10, lastModified: 1 })
    await startEarlyExport(new QueryClient(), '')
    await settle()
    expect(exportRequests()).toEqual([])
  })

  it('starts no second download when the page began fetching first', async () => {
    const loading = loadExport(resolveDataUrl(null, resolvedConfig, APP))
    await startEarlyExport(new QueryClient(), '')
    const loaded = await loading
    await settle()
    expect(exportRequests()).toEqual([resolvedConfig.dataUrl])
    await loaded.saved
  })

  it('leaves the download to the next load when the page’s load is aborted first', async () => {
    await startEarlyExport(new QueryClient(), '')
    const controller = new AbortController()
    const aborted = loadExport(resolveDataUrl(null, resolvedConfig, APP), {
      signal: controller.signal,
    })
    controller.abort()
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' })
    // As when React mounts the page twice: the second load takes the same download over.
    const loaded = await loadExport(resolveDataUrl(null, resolvedConfig, APP))
    expect(loaded.report.outcome).toBe('loaded')
    expect(exportRequests()).toEqual([resolvedConfig.dataUrl])
    await loaded.saved
  })

  it('counts a failed early download as the first attempt, then retries', async () => {
    let calls = 0
    server.use(
      http.get(`${ORIGIN}/data/growth-opportunities.json`, () => {
        calls++
        return new HttpResponse(null, { status: 500 })
      }),
    )
    await startEarlyExport(new QueryClient(), '')
    await settle()
    expect(calls).toBe(1)
    const error = await loadExport(resolveDataUrl(null, resolvedConfig, APP), {
      retryDelay: () => 0,
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ detail: { kind: 'http', status: 500 } })
    expect(calls).toBe(4) // the early download and three retries
  })
})

describe('startEarlyLoad', () => {
  it('starts the load at boot: the page finds it under way, with one request', async () => {
    const queryClient = new QueryClient()
    await startEarlyLoad(queryClient, 'fi', '')
    const resolution = resolveDataUrl(null, resolvedConfig, APP)
    const key = queryKeys.export(null, resolution)
    // Under way before any page asked.
    expect(queryClient.getQueryState(key)?.fetchStatus).toBe('fetching')
    const loaded = await queryClient.fetchQuery(
      exportQueryOptions(queryClient, null, resolution, 'fi'),
    )
    expect(loaded.report.outcome).toBe('loaded')
    expect(exportRequests()).toEqual([resolvedConfig.dataUrl])
    await loaded.saved
  })
})
