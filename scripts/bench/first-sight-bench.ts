/**
 * First sight at the sizes people have: navigation until the overview, and the matrix, show an
 * export of 64 and of 1 000 opportunities, against a bare React page that fetches the same file
 * once and then paints (the least any page showing that data must do). Target: ≤ 1.3 × that.
 *
 * Every build is measured in turn within each round, each page in a fresh browser context, so
 * all see the same machine load. `KK_BENCH_COMPARE=<dir>` adds another build of the app (an
 * earlier commit's `dist`) to the same rounds: an old-against-new check on a noisy machine.
 */
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import type { Page } from '@playwright/test'
import { median, pad, serveStatic, type BrowserBench } from './browser-harness.ts'
import { buildHelloWorld } from './bundle-size.ts'

const ROUNDS = Number(process.env.KK_ROUNDS ?? 7)
const SIZES = [64, 1_000] as const

/** The baseline: fetch the export named by `?data=`, then paint one line saying its size. */
const FETCH_THEN_PAINT = `import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
function App() {
  const [size, setSize] = useState<number | null>(null)
  useEffect(() => {
    const url = new URLSearchParams(location.search).get('data') ?? ''
    void fetch(url).then((r) => r.arrayBuffer()).then((b) => setSize(b.byteLength))
  }, [])
  return size === null ? <p>…</p> : <h1 data-done="">{size} bytes</h1>
}
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>)
`

type Route = 'overview' | 'matrix'

/** What shows that a page has its data on screen: at least `min` elements match `selector`. */
interface Ready {
  selector: string
  min: number
}

/**
 * ms from navigation until the page's `ready` elements are there and the frame showing them
 * has painted. Watched from inside the page (a check every animation frame from the first),
 * so the figure does not include the test driver's own polling and round trips, which were
 * a few hundred ms after the app's first sight, when the page does its idle-time work.
 */
async function paintedAt(page: Page, url: string, ready: Ready): Promise<number> {
  await page.addInitScript(({ selector, min }) => {
    const scope = window as unknown as { __kkPaintedAt?: number }
    const check = () => {
      if (document.querySelectorAll(selector).length < min) requestAnimationFrame(check)
      // In a frame callback, the frame about to paint shows them: the next task comes after.
      else setTimeout(() => (scope.__kkPaintedAt = performance.now()), 0)
    }
    requestAnimationFrame(check)
  }, ready)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(
    () => (window as unknown as { __kkPaintedAt?: number }).__kkPaintedAt !== undefined,
    undefined,
    { timeout: 60_000, polling: 50 },
  )
  return page.evaluate(() => (window as unknown as { __kkPaintedAt: number }).__kkPaintedAt)
}

const READY: Record<Route | 'hello', Ready> = {
  hello: { selector: 'h1[data-done]', min: 1 },
  // The overview has shown the data when its links to ten opportunities are there.
  overview: { selector: 'main a[href*="/opportunities/"]', min: 10 },
  matrix: { selector: '.matrix-chart[data-drawn]', min: 1 },
}

interface Build {
  name: string
  baseUrl: string
}

export async function run(bench: BrowserBench): Promise<void> {
  const helloDir = join(tmpdir(), `kk-first-sight-hello-${process.pid}`)
  await buildHelloWorld(helloDir, FETCH_THEN_PAINT)
  const servers: Server[] = []
  const serve = async (dir: string) => {
    const served = await serveStatic(dir, bench.exportBytes)
    servers.push(served.server)
    return served.baseUrl
  }
  const builds: Build[] = [{ name: 'app', baseUrl: bench.baseUrl }]
  const compare = process.env.KK_BENCH_COMPARE
  if (compare) builds.push({ name: `compare (${compare})`, baseUrl: await serve(compare) })
  const hello = await serve(helloDir)
  try {
    const samples = new Map<string, number[]>()
    const add = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms])
    for (const count of SIZES) bench.exportBytes(count)
    for (let round = 0; round < ROUNDS; round++) {
      for (const count of SIZES) {
        const data = `data=${encodeURIComponent(bench.dataPath(count))}`
        const measure = async (key: string, url: string, ready: Ready) => {
          const page = await bench.newPage()
          add(key, await paintedAt(page, url, ready))
          await page.context().close()
        }
        await measure(`hello ${count}`, `${hello}?${data}`, READY.hello)
        for (const b of builds)
          for (const route of ['overview', 'matrix'] as const)
            await measure(
              `${b.name} ${route} ${count}`,
              `${b.baseUrl}${route === 'matrix' ? 'matrix' : ''}?${data}`,
              READY[route],
            )
      }
    }
    print(samples, builds)
  } finally {
    for (const s of servers) s.close()
    rmSync(helloDir, { recursive: true, force: true })
  }
}

function print(samples: Map<string, number[]>, builds: readonly Build[]): void {
  console.log(
    `\nFirst sight: navigation → data painted, medians of ${ROUNDS} rounds (each page in a fresh context)`,
  )
  console.log(
    `${pad('opportunities', 14)} ${pad('page', 28)} ${pad('ms', 8)} ${pad('× baseline', 11)}`,
  )
  for (const count of SIZES) {
    const base = median(samples.get(`hello ${count}`) ?? [])
    console.log(
      `${pad(count.toLocaleString('en'), 14)} ${pad('React page, fetch + paint', 28)} ${pad(base.toFixed(0), 8)} ${pad('1.00', 11)}`,
    )
    for (const b of builds)
      for (const route of ['overview', 'matrix'] as const) {
        const ms = median(samples.get(`${b.name} ${route} ${count}`) ?? [])
        const ratio = ms / base
        console.log(
          `${pad('', 14)} ${pad(`${b.name === 'app' ? '' : 'compare '}${route}`, 28)} ${pad(ms.toFixed(0), 8)} ${pad(ratio.toFixed(2), 11)}${b.name === 'app' && ratio > 1.3 ? '  ← over target 1.3' : ''}`,
        )
      }
  }
  if (builds.length > 1) console.log(`  compare = ${builds[1]?.name}`)
}
