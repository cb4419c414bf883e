// @vitest-environment node
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import demo from '../../mocks/demo-export.json'
import { EXPORT_PATH } from '../../mocks/handlers.ts'
import { server } from '../../mocks/node.ts'
import { fetchExportBytes } from '../../src/data/load/fetch-export.ts'
import { fetchExport } from './fetch-and-validate.ts'
import type { LoadProgress } from '../../src/data/load/load-progress.ts'

/** The streamed download: progress as the body arrives, and the size limit kept while reading. */
const EXPORT_URL = 'http://kasvukartta.example.org/data/growth-opportunities.json'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A JSON body sent in chunks, with no Content-Length. */
function chunked(chunks: Uint8Array[]): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      controller.close()
    },
  })
  return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } })
}

describe('fetchExport, streaming', () => {
  it('reports bytes received without a total when there is no Content-Length', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(demo))
    const half = Math.floor(bytes.byteLength / 2)
    server.use(
      http.get(EXPORT_PATH, () => chunked([bytes.subarray(0, half), bytes.subarray(half)])),
    )
    const progress: LoadProgress[] = []
    const { report } = await fetchExport(EXPORT_URL, { onProgress: (p) => progress.push(p) })
    expect(report.outcome).toBe('loaded')
    const reading = progress.filter((p) => p.phase === 'reading')
    expect(reading).toEqual([
      { phase: 'reading', loaded: 0 },
      { phase: 'reading', loaded: half },
      { phase: 'reading', loaded: bytes.byteLength },
    ])
    expect(progress.at(-1)).toEqual({ phase: 'done' })
  })

  it('stops downloading once past the limit when no length was declared', async () => {
    const chunk = new Uint8Array(600).fill(0x20)
    let pulled = 0
    server.use(
      http.get(EXPORT_PATH, () => {
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++
            if (pulled > 1000) controller.close()
            else controller.enqueue(chunk)
          },
        })
        return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } })
      }),
    )
    const { report } = await fetchExport(EXPORT_URL, { maxBytes: 1000 })
    expect(report).toMatchObject({
      outcome: 'unreadable',
      problems: [{ code: 'unreadable.tooLarge', params: { limitMb: 0 } }],
    })
    expect(pulled).toBeLessThan(10)
  })

  it('hands over exactly the bytes sent, even when Content-Length understates them', async () => {
    const body = JSON.stringify(demo)
    server.use(
      http.get(EXPORT_PATH, () =>
        chunked([
          new TextEncoder().encode(body.slice(0, 100)),
          new TextEncoder().encode(body.slice(100)),
        ]),
      ),
    )
    const fetched = await fetchExportBytes(EXPORT_URL)
    expect(fetched.kind).toBe('bytes')
    if (fetched.kind === 'bytes') expect(new TextDecoder().decode(fetched.bytes)).toBe(body)
  })

  it('turns a body that breaks off into a network error', async () => {
    server.use(
      http.get(EXPORT_PATH, () => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"schemaVersion":'))
            controller.error(new Error('connection reset'))
          },
        })
        return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } })
      }),
    )
    await expect(fetchExport(EXPORT_URL)).rejects.toMatchObject({
      name: 'LoadError',
      detail: { kind: 'network' },
    })
  })

  it("reads index.html's early response instead of asking the server again", async () => {
    let asked = 0
    server.use(
      http.get(EXPORT_PATH, () => {
        asked++
        return HttpResponse.json(demo)
      }),
    )
    const early = new Response(JSON.stringify(demo), {
      headers: { 'content-type': 'application/json' },
    })
    const fetched = await fetchExportBytes(EXPORT_URL, { early: Promise.resolve(early) })
    expect(fetched.kind).toBe('bytes')
    expect(asked).toBe(0)
  })

  it('asks the server itself when the early request failed', async () => {
    let asked = 0
    server.use(
      http.get(EXPORT_PATH, () => {
        asked++
        return HttpResponse.json(demo)
      }),
    )
    const fetched = await fetchExportBytes(EXPORT_URL, { early: Promise.resolve(null) })
    expect(fetched.kind).toBe('bytes')
    expect(asked).toBe(1)
  })
})
