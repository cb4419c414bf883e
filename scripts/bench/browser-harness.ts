/**
 * The browser half of `npm run bench`: the production build served as static files by a small
 * server in this process, generated exports of any size served beside it (same origin, so
 * `?data=` accepts them), and this machine's Chromium (scripts/chromium/chromium.ts) driven by
 * Playwright.
 *
 * Each view's benchmark is a function of a `BrowserBench` that prints its own table.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { build } from 'vite'
import { generateExport } from '../../mocks/generate-export.ts'
import { CHROMIUM_ARGS, chromiumPath } from '../chromium/chromium.ts'

export interface BrowserBench {
  /** The app's address, e.g. "http://127.0.0.1:41234/". */
  baseUrl: string
  /** A same-origin path of a generated export with `count` opportunities (made once, seed 2022). */
  dataPath(count: number): string
  /** The app URL of `route` ("/matrix") loading the generated export of `count` opportunities. */
  appUrl(route: string, count: number, extraQuery?: string): string
  /** A fresh page in a fresh context (no cache, no IndexedDB shared with other cases). */
  newPage(viewport?: { width: number; height: number }): Promise<Page>
  /** Bytes of the generated export (for MB columns). */
  dataBytes(count: number): number
  /** The generated export itself (for a case that serves other builds beside the app). */
  exportBytes(count: number): Buffer
  /** Serves `body` as JSON at `path` (under /bench-data/) beside the app from now on. */
  serveFile(path: string, body: Buffer): void
}

const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  // Lets a benchmark read the JS heap precisely (performance.memory is coarse otherwise).
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
]

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** Builds the app into `outDir` (once per run). */
export async function buildApp(outDir: string): Promise<void> {
  // The script runs inside Vite's module runner, which sets NODE_ENV=development; a build
  // made in that state is a development build (MSW, React's dev checks).
  process.env.NODE_ENV = 'production'
  await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}

/** Bodies above this are sent as they are: compressing them once would cost more than it shows. */
const GZIP_UP_TO = 20 * 2 ** 20
const gzipped = new WeakMap<Buffer, Buffer>()

/** Sends `body` gzip-compressed when the browser accepts it, as any production static host does. */
function send(req: IncomingMessage, res: ServerResponse, type: string, body: Buffer): void {
  const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  if (!accepts || body.length > GZIP_UP_TO) {
    res.writeHead(200, { 'content-type': type, 'content-length': body.length })
    res.end(body)
    return
  }
  let packed = gzipped.get(body)
  if (!packed) gzipped.set(body, (packed = gzipSync(body)))
  res.writeHead(200, {
    'content-type': type,
    'content-encoding': 'gzip',
    'content-length': packed.length,
  })
  res.end(packed)
}

/**
 * Serves `dir` as a single-page app (every unknown path is index.html), with the generated
 * exports at `/bench-data/gen-<count>.json` beside it, so `?data=` accepts them (same origin).
 */
export async function serveStatic(
  dir: string,
  exportBytes: (count: number) => Buffer,
  files: ReadonlyMap<string, Buffer> = new Map(),
): Promise<{ server: Server; baseUrl: string }> {
  const root = resolve(dir)
  const read = new Map<string, Buffer>()
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const gen = /^\/bench-data\/gen-(\d+)\.json$/.exec(url.pathname)
    const made = files.get(url.pathname)
    if (gen || made) {
      send(req, res, 'application/json', made ?? exportBytes(Number(gen?.[1])))
      return
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html')
    let body = read.get(file)
    if (!body) read.set(file, (body = readFileSync(file)))
    send(req, res, TYPES[extname(file)] ?? 'application/octet-stream', body)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const port = (server.address() as AddressInfo).port
  return { server, baseUrl: `http://127.0.0.1:${port}/` }
}

export async function withBrowserBench(
  run: (bench: BrowserBench) => Promise<void>,
  options: { outDir?: string; skipBuild?: boolean } = {},
): Promise<void> {
  // Not dist/: the benchmark's build differs from a deployment's by one thing, a handle on
  // the session store for the case that times a decision reaching the table
  // (src/data/sessions/session-store.ts), and must never be the one copied to a server.
  const outDir = resolve(options.outDir ?? 'dist-bench')
  if (!options.skipBuild || !existsSync(join(outDir, 'index.html'))) {
    process.env.VITE_KK_BENCH = '1'
    await buildApp(outDir)
    delete process.env.VITE_KK_BENCH
  }

  const exports = new Map<number, Buffer>()
  const exportBytes = (count: number): Buffer => {
    let bytes = exports.get(count)
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(generateExport({ count, seed: 2022 })))
      exports.set(count, bytes)
    }
    return bytes
  }

  const files = new Map<string, Buffer>()
  const { server, baseUrl } = await serveStatic(outDir, exportBytes, files)

  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: BENCH_ARGS,
  })
  const contexts: BrowserContext[] = []
  const bench: BrowserBench = {
    baseUrl,
    dataPath: (count) => `/bench-data/gen-${count}.json`,
    appUrl: (route, count, extraQuery = '') => {
      exportBytes(count) // generated now, so no measurement includes making it
      const q = `data=${encodeURIComponent(`/bench-data/gen-${count}.json`)}`
      return `${baseUrl}${route.replace(/^\//, '')}?${q}${extraQuery ? `&${extraQuery}` : ''}`
    },
    newPage: async (viewport = { width: 1600, height: 1000 }) => {
      const context = await browser.newContext({ viewport, locale: 'fi-FI' })
      contexts.push(context)
      return context.newPage()
    },
    dataBytes: (count) => exportBytes(count).length,
    exportBytes,
    serveFile: (path, body) => files.set(path, body),
  }
  try {
    await run(bench)
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined)
    await browser.close()
    await new Promise<void>((ok) => server.close(() => ok()))
  }
}

// --- Measuring in the page ----------------------------------------------------------------

/**
 * Starts recording long tasks in the page (call before navigation with `addInitScript`):
 * `window.__longestTask()` then gives the longest main-thread task in ms since the page began.
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __longestTask: () => number }
    w.__longTasks = []
    w.__longestTask = () => Math.max(0, ...w.__longTasks)
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration)
      }).observe({ type: 'longtask', buffered: true })
    } catch {
      // no long-task timing: the longest task reads as 0
    }
  })
}

export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longestTask: () => number }).__longestTask())
}

/**
 * Milliseconds from now until `selector` matches and the next frame is painted, measured in
 * the page: `action` runs in the page right after the clock starts (a click, a key press).
 */
export async function timeToPaint(
  page: Page,
  action: () => Promise<void>,
  done: () => Promise<void>,
): Promise<number> {
  await page.evaluate(() => {
    ;(window as unknown as { __t0: number }).__t0 = performance.now()
  })
  await action()
  await done()
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        requestAnimationFrame(() =>
          setTimeout(() => ok(performance.now() - (window as unknown as { __t0: number }).__t0), 0),
        )
      }),
  )
}

/**
 * The JS heap in MB after garbage collection (Chromium with --expose-gc). Collected twice, a
 * moment apart: the memory of array buffers no longer used (an export's bytes, 46 MB at
 * 100 000) is released by a sweeper after the collection, and a single gc() left it counted.
 */
export async function heapMb(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      gc?: () => void
      performance: { memory?: { usedJSHeapSize: number } }
    }
    w.gc?.()
    await new Promise((resolve) => setTimeout(resolve, 500))
    w.gc?.()
    return (w.performance.memory?.usedJSHeapSize ?? 0) / 2 ** 20
  })
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

export function pad(s: string | number, n: number): string {
  return String(s).padStart(n)
}
