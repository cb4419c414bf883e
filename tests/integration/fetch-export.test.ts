// @vitest-environment node
import { respondInTurn } from './respond-in-turn.ts'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import demo from '../../mocks/demo-export.json'
import { EXPORT_PATH, SCHEMA_ERROR_IDS, handlersFor } from '../../mocks/handlers.ts'
import { server } from '../../mocks/node.ts'
import { loadExport } from '../../src/data/load/load-with-fallback.ts'
import { fetchExport } from './fetch-and-validate.ts'
import { LoadError, retryDelay } from '../../src/data/load/load-error.ts'
import { fetchRuntimeConfig } from '../../src/data/config/runtime-config.ts'

/**
 * The data layer against the same MSW handlers the browser uses in development: what each
 * server behaviour becomes for the app (a report, or a typed error), and that the query
 * options retry what may pass and nothing else.
 */
const ORIGIN = 'http://kasvukartta.example.org'
const EXPORT_URL = `${ORIGIN}/data/growth-opportunities.json`

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(LoadError)
  return error as LoadError
}

describe('fetchExport', () => {
  it('loads the demo export: 64 opportunities, with where and when it came from', async () => {
    const before = Date.now()
    const fetched = await fetchExport(EXPORT_URL, { language: 'fi' })
    expect(fetched.report.outcome).toBe('loaded')
    if (fetched.report.outcome !== 'loaded') return
    expect(fetched.report.data.opportunities).toHaveLength(64)
    expect(fetched.url).toBe(EXPORT_URL)
    expect(Date.parse(fetched.fetchedAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(fetched.wrongContentType).toBeUndefined()
  })

  it('asks for JSON', async () => {
    let accept: string | null = null
    server.use(
      http.get(EXPORT_PATH, ({ request }) => {
        accept = request.headers.get('accept')
        return HttpResponse.json({})
      }),
    )
    await fetchExport(EXPORT_URL)
    expect(accept).toBe('application/json')
  })

  it('turns a server error into a typed error with the status, worth retrying', async () => {
    server.use(...handlersFor('error'))
    const error = await loadError(fetchExport(EXPORT_URL))
    expect(error.detail).toEqual({ kind: 'http', status: 500 })
    expect(error.url).toBe(EXPORT_URL)
    expect(error.retryable).toBe(true)
  })

  it('does not count a 404 as worth retrying', async () => {
    server.use(http.get(EXPORT_PATH, () => new HttpResponse('Not found', { status: 404 })))
    const error = await loadError(fetchExport(EXPORT_URL))
    expect(error.detail).toEqual({ kind: 'http', status: 404 })
    expect(error.retryable).toBe(false)
  })

  it('turns a failed connection into a network error', async () => {
    server.use(http.get(EXPORT_PATH, () => HttpResponse.error()))
    const error = await loadError(fetchExport(EXPORT_URL))
    expect(error.detail).toEqual({ kind: 'network' })
    expect(error.retryable).toBe(true)
  })

  it('reports broken JSON as unreadable, with line and column', async () => {
    server.use(...handlersFor('malformed'))
    const { report } = await fetchExport(EXPORT_URL)
    expect(report.outcome).toBe('unreadable')
    expect(report.problems).toHaveLength(1)
    const [problem] = report.problems
    expect(problem?.code).toBe('unreadable.notJson')
    expect(problem?.params.line).toEqual(expect.any(Number))
    expect(problem?.params.line).toBeGreaterThan(1)
    expect(problem?.params.column).toEqual(expect.any(Number))
  })

  it('treats an HTML page answered with 200 (a static host’s fallback) as unreadable', async () => {
    server.use(
      http.get(EXPORT_PATH, () =>
        HttpResponse.html('<!doctype html><html lang="fi"><div id="root"></div></html>'),
      ),
    )
    const fetched = await fetchExport(EXPORT_URL)
    expect(fetched.report).toEqual({ outcome: 'unreadable', problems: [] })
    expect(fetched.wrongContentType).toMatch(/^text\/html/)
  })

  it('accepts JSON media types with parameters and +json suffixes', async () => {
    server.use(
      http.get(
        EXPORT_PATH,
        () =>
          new HttpResponse(JSON.stringify({ schemaVersion: '2.0' }), {
            headers: { 'content-type': 'application/vnd.kasvukartta+json; charset=utf-8' },
          }),
      ),
    )
    const { report } = await fetchExport(EXPORT_URL)
    expect(report.problems[0]?.code).toBe('unreadable.wrongMajor')
  })

  it('refuses a body over the size limit from content-length, before reading it', async () => {
    server.use(
      http.get(
        EXPORT_PATH,
        () =>
          new HttpResponse('{}', {
            headers: {
              'content-type': 'application/json',
              'content-length': String(100 * 2 ** 20),
            },
          }),
      ),
    )
    const { report } = await fetchExport(EXPORT_URL)
    expect(report.outcome).toBe('unreadable')
    expect(report.problems[0]).toMatchObject({
      code: 'unreadable.tooLarge',
      params: { sizeMb: 100, limitMb: 64 },
    })
  })

  it('sets aside the three broken opportunities of the schema-errors scenario', async () => {
    server.use(...handlersFor('schema-errors'))
    const { report } = await fetchExport(EXPORT_URL, { language: 'fi' })
    expect(report.outcome).toBe('partial')
    if (report.outcome !== 'partial') return
    expect(report.setAside.map((r) => r.id)).toEqual([...SCHEMA_ERROR_IDS])
    expect(report.data.opportunities).toHaveLength(61)
    const codes = report.problems.filter((p) => p.severity === 'error').map((p) => p.code)
    expect(codes).toEqual(
      expect.arrayContaining(['ref.unknownTheme', 'score.outOfRange', 'link.unsafe']),
    )
  })

  it('loads an export with no opportunities', async () => {
    server.use(...handlersFor('empty'))
    const { report } = await fetchExport(EXPORT_URL)
    expect(report.outcome).toBe('loaded')
    if (report.outcome === 'loaded') expect(report.data.opportunities).toHaveLength(0)
  })

  it('loads the large scenario: 10 000 opportunities', { timeout: 30_000 }, async () => {
    server.use(...handlersFor('large'))
    const { report } = await fetchExport(EXPORT_URL)
    expect(report.outcome).toBe('loaded')
    if (report.outcome === 'loaded') expect(report.data.opportunities).toHaveLength(10_000)
  })
})

describe('loadExport’s retries', () => {
  const counting = respondInTurn

  const failure = () => new HttpResponse(null, { status: 503 })
  const success = () => HttpResponse.json(demo)
  const load = () =>
    loadExport(
      { kind: 'allowed', url: EXPORT_URL, allowedOrigins: [ORIGIN] },
      { language: 'fi', retryDelay: () => 0 },
    )

  it('retries server errors until the data arrives', async () => {
    const calls = counting([failure, failure, success])
    const fetched = await load()
    expect(fetched.report.outcome).toBe('loaded')
    expect(calls()).toBe(3)
  })

  it('gives up after three retries', async () => {
    const calls = counting([failure])
    const error = await loadError(load())
    expect(error.detail).toEqual({ kind: 'http', status: 503 })
    expect(calls()).toBe(4)
  })

  it('does not retry a 4xx answer', async () => {
    const calls = counting([() => new HttpResponse(null, { status: 403 }), success])
    const error = await loadError(load())
    expect(error.detail).toEqual({ kind: 'http', status: 403 })
    expect(calls()).toBe(1)
  })

  it('does not retry an unreadable file: it is an answer, not a failure', async () => {
    const calls = counting([
      () => new HttpResponse('{"broken', { headers: { 'content-type': 'application/json' } }),
      success,
    ])
    const fetched = await load()
    expect(fetched.report.outcome).toBe('unreadable')
    expect(calls()).toBe(1)
  })

  it('backs off exponentially between attempts', () => {
    expect(typeof retryDelay).toBe('function')
    const delays = [0, 1, 2, 3].map((n) => retryDelay(n))
    expect(delays).toEqual([500, 1000, 2000, 4000])
  })
})

describe('fetchRuntimeConfig', () => {
  const config = {
    dataUrl: 'data/growth-opportunities.json',
    allowedDataOrigins: [],
    feedback: { email: 'saavutettavuus@lapinliitto.fi' },
  }

  it('resolves the data address against the app’s base URL', async () => {
    server.use(http.get(`${ORIGIN}/kasvukartta/config.json`, () => HttpResponse.json(config)))
    const loaded = await fetchRuntimeConfig(`${ORIGIN}/kasvukartta/`)
    expect(loaded.dataUrl).toBe(`${ORIGIN}/kasvukartta/data/growth-opportunities.json`)
    expect(loaded.feedback?.email).toBe('saavutettavuus@lapinliitto.fi')
  })

  it('refuses a data address on an origin that is not allowed', async () => {
    server.use(
      http.get(`${ORIGIN}/config.json`, () =>
        HttpResponse.json({ ...config, dataUrl: 'https://elsewhere.example/x.json' }),
      ),
    )
    const error = await loadError(fetchRuntimeConfig(`${ORIGIN}/`))
    expect(error.detail).toEqual({ kind: 'config', reason: 'originNotAllowed' })
  })

  it('allows a listed origin', async () => {
    server.use(
      http.get(`${ORIGIN}/config.json`, () =>
        HttpResponse.json({
          ...config,
          dataUrl: 'https://data.example.fi/x.json',
          allowedDataOrigins: ['https://data.example.fi'],
        }),
      ),
    )
    expect((await fetchRuntimeConfig(`${ORIGIN}/`)).dataUrl).toBe('https://data.example.fi/x.json')
  })

  it('refuses a config without a data address', async () => {
    server.use(
      http.get(`${ORIGIN}/config.json`, () => HttpResponse.json({ allowedDataOrigins: [] })),
    )
    const error = await loadError(fetchRuntimeConfig(`${ORIGIN}/`))
    expect(error.detail).toEqual({ kind: 'config', reason: 'invalid' })
  })
})
