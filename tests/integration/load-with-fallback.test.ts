// @vitest-environment node
import { respondInTurn } from './respond-in-turn.ts'
import 'fake-indexeddb/auto'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import demo from '../../mocks/demo-export.json'
import { EXPORT_PATH, handlersFor } from '../../mocks/handlers.ts'
import { server } from '../../mocks/node.ts'
import { DataUrlRefusedError, resolveDataUrl } from '../../src/data/config/data-url-policy.ts'
import {
  clearLastGood,
  loadLastGood,
  type CachedSource,
} from '../../src/data/cache/export-cache.ts'
import { LoadError } from '../../src/data/load/load-error.ts'
import type { LoadProgress } from '../../src/data/load/load-progress.ts'
import {
  loadCachedCopy,
  loadExport,
  restoreChosenFile,
} from '../../src/data/load/load-with-fallback.ts'
import { clearSourceChoice, loadSourceChoice } from '../../src/data/cache/source-choice.ts'
import { reportForLanguage } from '../../src/domain/validate/translation-warnings.ts'

/**
 * loadExport against the MSW handlers the browser uses in development, with IndexedDB from
 * fake-indexeddb: what gets cached, when the cached copy stands in for the source, and that
 * a refused address costs no request at all.
 */
const ORIGIN = 'http://kasvukartta.example.org'
const APP = new URL(`${ORIGIN}/`)
const EXPORT_URL = `${ORIGIN}/data/growth-opportunities.json`
const config = { dataUrl: EXPORT_URL, allowedDataOrigins: [] }
const source = resolveDataUrl(null, config, APP)
const fast = { retryDelay: () => 0 }
const urlSource = { kind: 'url', url: EXPORT_URL } as const

const requested: string[] = []

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  server.events.on('request:start', ({ request }) => {
    requested.push(request.url)
  })
})
afterEach(async () => {
  server.resetHandlers()
  requested.length = 0
  await clearLastGood()
  await clearSourceChoice()
})
afterAll(() => {
  server.events.removeAllListeners()
  server.close()
})

const text = (bytes: ArrayBuffer | undefined) => new TextDecoder().decode(bytes)

function answering(...responses: (() => Response)[]) {
  return respondInTurn(responses)
}

/** A good load, with its save to IndexedDB done (the save runs after the load returns). */
async function firstLoad() {
  const loaded = await loadExport(source, { language: 'fi', ...fast })
  expect(loaded.report.outcome).toBe('loaded')
  await loaded.saved
  return loaded
}

describe('loadExport from an address', () => {
  it('caches the first good load as raw bytes, with the source and time', async () => {
    const loaded = await firstLoad()
    expect(loaded).toMatchObject({ fromCache: false, answeredUrl: EXPORT_URL })
    expect(await loaded.saved).toBe(true)
    expect(loaded.source).toEqual({ kind: 'url', url: EXPORT_URL })
    const cached = await loadLastGood(urlSource)
    expect(cached?.source).toEqual({ kind: 'url', url: EXPORT_URL })
    expect(cached?.savedAt).toBe(loaded.loadedAt)
    expect(JSON.parse(text(cached?.bytes))).toEqual(demo)
    expect(await loadSourceChoice()).toEqual({ kind: 'default' })
  })

  it('keeps a good load in the background: once saved, it stands in when the source fails', async () => {
    const loaded = await loadExport(source, fast)
    expect(loaded.report.outcome).toBe('loaded')
    // The load returns before the copy is written; the copy is there once `saved` settles.
    expect(await loaded.saved).toBe(true)
    expect((await loadLastGood(urlSource))?.savedAt).toBe(loaded.loadedAt)
    server.use(http.get(EXPORT_PATH, () => HttpResponse.error()))
    const later = await loadExport(source, { retries: 0 })
    expect(later).toMatchObject({ fromCache: true, savedAt: loaded.loadedAt })
    expect(later.report).toEqual(loaded.report)
  })

  it('with the page’s language: previews the overview and words its missing translations', async () => {
    const previews: unknown[] = []
    const loaded = await loadExport(source, {
      ...fast,
      uiLanguage: 'en',
      onPreview: (p) => previews.push(p),
    })
    expect(previews).toEqual([loaded.preview])
    expect(loaded.preview?.overview.total).toBe(demo.opportunities.length)
    expect(loaded.preview?.overview.topTen).toHaveLength(10)
    const inEnglish = reportForLanguage(loaded.report, 'en')
    expect(loaded.translationWarnings).toEqual({
      language: 'en',
      problems: inEnglish.problems.slice(loaded.report.problems.length),
    })
    expect(loaded.preview?.warnings).toBe(
      inEnglish.problems.filter((p) => p.severity === 'warning').length,
    )
    await loaded.saved
  })

  it('shows the cached copy at once, with its time, when the server fails', async () => {
    const first = await firstLoad()
    const calls = answering(() => new HttpResponse(null, { status: 503 }))
    const loaded = await loadExport(source, { language: 'fi', ...fast })
    // No retries before the copy shows: the page asks the source again in the background.
    expect(calls()).toBe(1)
    expect(loaded.fromCache).toBe(true)
    expect(loaded.savedAt).toBe(first.loadedAt)
    expect(loaded.failure).toBeInstanceOf(LoadError)
    expect((loaded.failure as LoadError).detail).toEqual({ kind: 'http', status: 503 })
    // Validated again, not a stored report.
    expect(loaded.report).toEqual(first.report)
    expect(await loaded.saved).toBe(false)
  })

  it('shows the cached copy when the network is down', async () => {
    const first = await firstLoad()
    server.use(http.get(EXPORT_PATH, () => HttpResponse.error()))
    const loaded = await loadExport(source, { retries: 0 })
    expect(loaded).toMatchObject({ fromCache: true, savedAt: first.loadedAt })
    expect((loaded.failure as LoadError).detail).toEqual({ kind: 'network' })
  })

  it('without a cached copy, retries, and uses the fresh answer when one comes', async () => {
    const calls = answering(
      () => new HttpResponse(null, { status: 500 }),
      () => HttpResponse.json(demo),
    )
    const loaded = await loadExport(source, fast)
    expect(calls()).toBe(2)
    expect(loaded.fromCache).toBe(false)
    expect(await loaded.saved).toBe(true)
    expect((await loadLastGood(urlSource))?.savedAt).toBe(loaded.loadedAt)
  })

  it('throws the error when there is no cached copy', async () => {
    server.use(...handlersFor('error'))
    const error = await loadExport(source, fast).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LoadError)
    expect((error as LoadError).detail).toEqual({ kind: 'http', status: 500 })
  })

  it('does not stand a cached copy of another address in for this one', async () => {
    await firstLoad()
    const other = resolveDataUrl('data/other.json', config, APP)
    server.use(http.get(`${ORIGIN}/data/other.json`, () => new HttpResponse(null, { status: 502 })))
    await expect(loadExport(other, fast)).rejects.toBeInstanceOf(LoadError)
  })

  it('on a 404, offers the cached copy of the same address, and shows it when asked', async () => {
    const first = await firstLoad()
    const calls = answering(() => new HttpResponse('Not found', { status: 404 }))
    const error = (await loadExport(source, fast).catch((e: unknown) => e)) as LoadError
    expect(error.detail).toEqual({ kind: 'http', status: 404 })
    expect(error.cachedCopy).toEqual({ savedAt: first.loadedAt })
    expect(calls()).toBe(1)
    const shown = await loadCachedCopy(urlSource, error)
    expect(shown).toMatchObject({ fromCache: true, savedAt: first.loadedAt, failure: error })
    expect(shown?.report).toEqual(first.report)
  })

  it('refuses an answer redirected to another origin: nothing read, nothing cached', async () => {
    const evil = 'https://evil.example/data.json'
    server.use(
      http.get(
        EXPORT_PATH,
        () => new HttpResponse(null, { status: 302, headers: { location: evil } }),
      ),
      http.get(evil, () => HttpResponse.json(demo)),
    )
    const error = (await loadExport(source, fast).catch((e: unknown) => e)) as LoadError
    expect(error).toBeInstanceOf(LoadError)
    expect(error.detail).toEqual({ kind: 'redirect', to: 'https://evil.example' })
    expect(await loadLastGood(urlSource)).toBeNull()
    expect(await loadLastGood({ kind: 'url', url: evil })).toBeNull()
  })

  it('follows a redirect within the allowed origins', async () => {
    server.use(
      http.get(
        EXPORT_PATH,
        () =>
          new HttpResponse(null, { status: 302, headers: { location: `${ORIGIN}/data/v2.json` } }),
      ),
      http.get(`${ORIGIN}/data/v2.json`, () => HttpResponse.json(demo)),
    )
    const loaded = await loadExport(source, fast)
    expect(loaded.report.outcome).toBe('loaded')
    expect(loaded.answeredUrl).toBe(`${ORIGIN}/data/v2.json`)
    await loaded.saved
  })

  for (const [name, respond] of [
    ['broken JSON', () => handlersFor('malformed')],
    [
      'a broken frame',
      () => [http.get(EXPORT_PATH, () => HttpResponse.json({ ...demo, criteria: [] }))],
    ],
    [
      'an HTML page with status 200',
      () => [http.get(EXPORT_PATH, () => HttpResponse.html('<!doctype html><p>SPA</p>'))],
    ],
  ] as const) {
    it(`keeps the cached copy when the server sends ${name}`, async () => {
      const first = await firstLoad()
      server.use(...respond())
      const loaded = await loadExport(source, fast)
      expect(['unreadable', 'brokenFrame']).toContain(loaded.report.outcome)
      expect(loaded.fromCache).toBe(false)
      expect(await loaded.saved).toBe(false)
      // The good copy is offered beside the failure.
      expect(loaded.cachedCopy).toEqual({ savedAt: first.loadedAt })
      const cached = await loadLastGood(urlSource)
      expect(cached?.savedAt).toBe(first.loadedAt)
      expect(JSON.parse(text(cached?.bytes))).toEqual(demo)
    })
  }

  it('caches a partial load: what loads is worth keeping', async () => {
    server.use(...handlersFor('schema-errors'))
    const loaded = await loadExport(source, fast)
    expect(loaded.report.outcome).toBe('partial')
    expect(await loaded.saved).toBe(true)
    expect((await loadLastGood(urlSource))?.savedAt).toBe(loaded.loadedAt)
  })

  it('makes no request at all for a refused ?data= address', async () => {
    for (const param of [
      'https://evil.example/data/growth-opportunities.json',
      '//evil.example/data/growth-opportunities.json',
      'http://kasvukartta.example.org:8080/data/growth-opportunities.json',
      'javascript:alert(1)',
    ]) {
      const refused = resolveDataUrl(param, config, APP)
      expect(refused.kind).toBe('refused')
      const error = await loadExport(refused, fast).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DataUrlRefusedError)
    }
    expect(requested).toEqual([])
    // The listener does see requests that are made.
    await firstLoad()
    expect(requested).toEqual([EXPORT_URL])
  })

  it('reports download progress in bytes of Content-Length, then the worker’s phases', async () => {
    const body = JSON.stringify(demo)
    const size = new TextEncoder().encode(body).byteLength
    server.use(
      http.get(
        EXPORT_PATH,
        () =>
          new HttpResponse(body, {
            headers: { 'content-type': 'application/json', 'content-length': String(size) },
          }),
      ),
    )
    const progress: LoadProgress[] = []
    await loadExport(source, { onProgress: (p) => progress.push(p) })
    const reading = progress.filter((p) => p.phase === 'reading')
    expect(reading[0]).toEqual({ phase: 'reading', loaded: 0, total: size, fraction: 0 })
    expect(reading.at(-1)).toEqual({ phase: 'reading', loaded: size, total: size, fraction: 1 })
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])
    expect(phases).toEqual(['reading', 'parsing', 'validating', 'done'])
  })
})

describe('loadExport from a local file', () => {
  const file = (body: string, name = 'oma.json') =>
    new File([body], name, { type: 'application/json', lastModified: 1_764_000_000_000 })

  it('caches a good file and remembers it as the chosen source, with no request', async () => {
    const loaded = await loadExport({ kind: 'file', file: file(JSON.stringify(demo)) })
    expect(loaded.fromCache).toBe(false)
    expect(await loaded.saved).toBe(true)
    expect(requested).toEqual([])
    const source = {
      kind: 'file',
      name: 'oma.json',
      size: loaded.source.kind === 'file' ? loaded.source.size : -1,
      lastModified: 1_764_000_000_000,
    }
    expect((await loadLastGood(source as CachedSource))?.source).toEqual(source)
    expect(await loadSourceChoice()).toEqual(source)
  })

  it('keeps the chosen file when a ?data= link is opened, so the next visit shows it again', async () => {
    const picked = await loadExport({ kind: 'file', file: file(JSON.stringify(demo)) })
    await picked.saved
    const link = resolveDataUrl('data/other.json', config, APP)
    server.use(http.get(`${ORIGIN}/data/other.json`, () => HttpResponse.json(demo)))
    const viaLink = await loadExport(link, fast)
    expect(await viaLink.saved).toBe(true)
    expect(await loadSourceChoice()).toEqual(picked.source)
    const restored = await restoreChosenFile()
    expect(restored?.source).toEqual(picked.source)
    expect(restored?.fromCache).toBe(true)
  })

  it('survives a reload until another source is chosen', async () => {
    const picked = await loadExport({ kind: 'file', file: file(JSON.stringify(demo)) })
    await picked.saved
    const restored = await restoreChosenFile({ language: 'fi' })
    expect(restored).toMatchObject({ fromCache: true, savedAt: picked.loadedAt })
    expect(restored?.source).toEqual(picked.source)
    expect(restored?.report.outcome).toBe('loaded')
    expect(restored?.failure).toBeUndefined()
    // The user goes back to the configured address: the file is no longer restored.
    await firstLoad()
    expect(await restoreChosenFile()).toBeNull()
  })

  it('restores nothing when no file was chosen', async () => {
    expect(await restoreChosenFile()).toBeNull()
    await firstLoad()
    expect(await restoreChosenFile()).toBeNull()
  })

  it('does not replace the cache or the choice with a bad file', async () => {
    const first = await firstLoad()
    const loaded = await loadExport({ kind: 'file', file: file('{"schemaVersion": "1.0",') })
    expect(loaded.report.outcome).toBe('unreadable')
    expect(await loaded.saved).toBe(false)
    expect((await loadLastGood(urlSource))?.savedAt).toBe(first.loadedAt)
    expect(await loadSourceChoice()).toEqual({ kind: 'default' })
  })
})
