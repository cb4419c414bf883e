import { afterEach, describe, expect, it, vi } from 'vitest'
import demo from '../../mocks/demo-export.json'
import { validateExportBytes } from '../../src/domain/validate/validate-export.ts'
import type { LoadProgress } from '../../src/data/load/load-progress.ts'
import {
  stopExportWorker,
  validateBytesInWorker,
  validateInWorker,
} from '../../src/data/worker/validate-in-worker.ts'
import { handleWorkerRequest, type WorkerSession } from '../../src/data/worker/worker-handler.ts'
import type {
  WorkerPull,
  WorkerRequest,
  WorkerResponse,
} from '../../src/data/worker/worker-protocol.ts'
import { generateExport } from '../../mocks/generate-export.ts'
import { validateExportText } from '../../src/domain/validate/validate-export.ts'

const demoText = JSON.stringify(demo)
const buffer = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer

afterEach(() => {
  stopExportWorker()
  vi.unstubAllGlobals()
})

describe('validateInWorker without Worker (Node): the same steps on this thread', () => {
  it('gives validateExportBytes’ report', async () => {
    const expected = validateExportBytes(new TextEncoder().encode(demoText), { language: 'en' })
    expect(await validateInWorker(buffer(demoText), { language: 'en' })).toEqual(expected)
  })

  it('reports parsing, validating and done, in that order', async () => {
    const phases: string[] = []
    await validateInWorker(buffer(demoText), { onProgress: (p) => phases.push(p.phase) })
    expect(phases).toEqual(['parsing', 'parsing', 'validating', 'done'])
  })

  it('hands the bytes back untouched', async () => {
    const bytes = buffer(demoText)
    const result = await validateBytesInWorker(bytes)
    expect(new TextDecoder().decode(result.bytes)).toBe(demoText)
  })

  it('rejects an aborted request without validating', async () => {
    const controller = new AbortController()
    controller.abort()
    const onProgress = vi.fn()
    await expect(
      validateInWorker(buffer(demoText), { signal: controller.signal, onProgress }),
    ).rejects.toMatchObject({ name: 'AbortError' })
    expect(onProgress).not.toHaveBeenCalled()
  })
})

/**
 * A stand-in for the browser's Worker: messages are cloned with their transfer lists, as the
 * browser does, and each request runs the real worker handler when the test says so.
 */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = []
  readonly url: string
  readonly options: WorkerOptions | undefined
  readonly inbox: WorkerRequest[] = []
  /** Pulls the page sent (after a preview), and the answer they pull from. */
  pulls = 0
  session: WorkerSession | null = null
  terminated = false

  constructor(url: URL | string, options?: WorkerOptions) {
    super()
    this.url = String(url)
    this.options = options
    FakeWorker.instances.push(this)
  }

  postMessage(message: WorkerRequest | WorkerPull, transfer: Transferable[] = []): void {
    if (message.type === 'pull') {
      this.pulls++
      // Answered in a later task, as a real worker would.
      setTimeout(() => this.session?.pull(), 0)
      return
    }
    this.inbox.push(structuredClone(message, { transfer }))
  }

  /** Runs the oldest request in the real handler and delivers its answers. */
  process(): void {
    const request = this.inbox.shift()
    if (!request) throw new Error('nothing to process')
    this.session = handleWorkerRequest(request, (response, transfer) =>
      this.deliver(response, transfer),
    )
  }

  deliver(response: WorkerResponse, transfer: Transferable[] = []): void {
    if (this.terminated) return
    const data = structuredClone(response, { transfer })
    this.dispatchEvent(new MessageEvent('message', { data }))
  }

  fail(message: string): void {
    const event = new Event('error') as Event & { message: string }
    event.message = message
    this.dispatchEvent(event)
  }

  terminate(): void {
    this.terminated = true
  }
}

function useFakeWorker() {
  FakeWorker.instances = []
  vi.stubGlobal('Worker', FakeWorker)
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('validateInWorker with a Worker', () => {
  it('starts a module worker from export-worker.ts and transfers the bytes to it', async () => {
    useFakeWorker()
    const bytes = buffer(demoText)
    const pending = validateBytesInWorker(bytes, { language: 'fi' })
    const [worker] = FakeWorker.instances
    expect(worker?.url).toMatch(/\/export-worker\.ts$/)
    expect(worker?.options).toEqual({ type: 'module' })
    // Transferred, not copied: the caller's buffer is detached.
    expect(bytes.byteLength).toBe(0)
    expect(worker?.inbox[0]).toMatchObject({ language: 'fi' })
    worker?.process()
    const result = await pending
    expect(result.report.outcome).toBe('loaded')
    expect(new TextDecoder().decode(result.bytes)).toBe(demoText)
  })

  it('passes the worker’s progress on, then done', async () => {
    useFakeWorker()
    const seen: LoadProgress[] = []
    const pending = validateInWorker(buffer(demoText), { onProgress: (p) => seen.push(p) })
    FakeWorker.instances[0]?.process()
    await pending
    expect(seen).toEqual([
      { phase: 'parsing', fraction: 0 },
      { phase: 'parsing', fraction: 0.5 },
      { phase: 'validating', fraction: 0 },
      { phase: 'done' },
    ])
  })

  it('reuses one worker and matches answers to requests by id', async () => {
    useFakeWorker()
    const first = validateInWorker(buffer(demoText))
    const second = validateInWorker(buffer('{"schemaVersion": "2.0"}'))
    const worker = FakeWorker.instances[0] as FakeWorker
    // One at a time: the second waits on this side until the first is answered.
    expect(worker.inbox).toHaveLength(1)
    const firstId = (worker.inbox[0] as WorkerRequest).id
    // A stray answer with another id changes nothing.
    worker.deliver({ type: 'progress', id: firstId + 100, phase: 'parsing' })
    worker.process()
    expect((await first).outcome).toBe('loaded')
    expect(worker.inbox).toHaveLength(1)
    expect(worker.inbox[0]?.id).not.toBe(firstId)
    worker.process()
    expect((await second).problems[0]?.code).toBe('unreadable.wrongMajor')
    expect(FakeWorker.instances).toHaveLength(1)
  })

  it('on abort, ends the busy worker and starts a fresh one for the next request', async () => {
    useFakeWorker()
    const controller = new AbortController()
    const aborted = validateInWorker(buffer(demoText), { signal: controller.signal })
    const next = validateInWorker(buffer(demoText))
    const first = FakeWorker.instances[0] as FakeWorker
    controller.abort()
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' })
    expect(first.terminated).toBe(true)
    const second = FakeWorker.instances[1] as FakeWorker
    expect(second.inbox).toHaveLength(1)
    second.process()
    expect((await next).outcome).toBe('loaded')
  })

  it('on abort of a waiting request, drops it without touching the busy worker', async () => {
    useFakeWorker()
    const controller = new AbortController()
    const running = validateInWorker(buffer(demoText))
    const waiting = validateInWorker(buffer(demoText), { signal: controller.signal })
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' })
    const worker = FakeWorker.instances[0] as FakeWorker
    expect(worker.terminated).toBe(false)
    worker.process()
    expect((await running).outcome).toBe('loaded')
    await tick()
    expect(worker.inbox).toHaveLength(0)
  })

  it('rejects when the worker fails (a script that would not load), then recovers', async () => {
    useFakeWorker()
    const failing = validateInWorker(buffer(demoText))
    ;(FakeWorker.instances[0] as FakeWorker).fail('404')
    await expect(failing).rejects.toThrow(/validation worker failed: 404/)
    const again = validateInWorker(buffer(demoText))
    const fresh = FakeWorker.instances[1] as FakeWorker
    fresh.process()
    expect((await again).outcome).toBe('loaded')
  })

  it('rejects with the worker’s error message when validation throws there', async () => {
    useFakeWorker()
    const pending = validateInWorker(buffer(demoText))
    const worker = FakeWorker.instances[0] as FakeWorker
    const request = worker.inbox.shift() as WorkerRequest
    worker.deliver(
      { type: 'error', id: request.id, error: 'out of memory', bytes: request.bytes },
      [request.bytes],
    )
    await expect(pending).rejects.toThrow(/out of memory/)
  })
})

describe('validateInWorker with the page’s language', () => {
  it('gives the overview first, then pulls the data part by part, to the same report', async () => {
    useFakeWorker()
    const text = JSON.stringify(generateExport({ count: 2_500, seed: 11 }))
    const events: string[] = []
    const pending = validateBytesInWorker(buffer(text), {
      uiLanguage: 'fi',
      onPreview: (p) => events.push(`preview ${p.overview.total}`),
      onProgress: (p) => {
        if (p.phase === 'normalising') events.push('part')
      },
    })
    const worker = FakeWorker.instances[0] as FakeWorker
    worker.process()
    // Only the overview so far: the data waits until the page asks for it.
    expect(events).toEqual(['preview 2500'])
    expect(worker.pulls).toBe(0)
    const result = await pending
    expect(events[0]).toBe('preview 2500')
    expect(events.filter((e) => e === 'part').length).toBeGreaterThan(1)
    expect(worker.pulls).toBeGreaterThan(1)
    expect(result.report).toEqual(validateExportText(text))
    expect(result.preview?.overview.total).toBe(2_500)
    expect(result.translationWarnings).toEqual({ language: 'fi', problems: [] })
  }, 30_000)
})
