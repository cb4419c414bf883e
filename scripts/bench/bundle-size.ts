/**
 * The initial JavaScript of the overview route, gzipped, against a bare React hello world built
 * with the same tools (issue 3: at most 1.5×).
 *
 * "Initial" is what the browser actually fetches to show the overview: every script response
 * while `/` loads in Chromium (entry, static imports, the lazily loaded overview route and its
 * data code), each gzipped as a server would send it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import type { BrowserBench } from './browser-harness.ts'

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length

const HELLO_MAIN =
  "import { StrictMode } from 'react'\nimport { createRoot } from 'react-dom/client'\n" +
  "createRoot(document.getElementById('root')!).render(<StrictMode><h1>Hello, world</h1></StrictMode>)\n"

/**
 * Builds a bare React page whose `src/main.tsx` is `main` with Vite and the React plugin, as
 * the app is built, into `outDir`.
 */
export async function buildHelloWorld(outDir: string, main = HELLO_MAIN): Promise<void> {
  const root = join(tmpdir(), `kk-hello-${process.pid}`)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(join(root, 'src'), { recursive: true })
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hello</title></head>' +
      '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  )
  writeFileSync(join(root, 'src/main.tsx'), main)
  process.env.NODE_ENV = 'production'
  await build({
    mode: 'production',
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    // Resolve react from this project, so the versions are the app's.
    resolve: {
      alias: {
        react: join(process.cwd(), 'node_modules/react'),
        'react-dom': join(process.cwd(), 'node_modules/react-dom'),
      },
    },
    build: { outDir, emptyOutDir: true },
  })
  rmSync(root, { recursive: true, force: true })
}

/** Builds `<h1>Hello</h1>` with React, Vite and the React plugin; returns its gzipped JS bytes. */
export async function helloWorldBytes(): Promise<number> {
  const outDir = join(tmpdir(), `kk-hello-dist-${process.pid}`)
  await buildHelloWorld(outDir)
  const assets = join(outDir, 'assets')
  let total = 0
  for (const f of readdirSync(assets))
    if (f.endsWith('.js')) total += gz(readFileSync(join(assets, f)))
  rmSync(outDir, { recursive: true, force: true })
  return total
}

export interface ScriptFile {
  url: string
  bytes: number
  /** Not part of the initial JavaScript, and why. */
  excluded?: string
}

/**
 * The scripts Chromium fetches to show the overview with the demo data, gzipped, and those
 * inside index.html (each compressed on its own, which overstates them a little). Two kinds are
 * listed but not counted: the validation worker's script (it runs on its own thread, never
 * blocking the page) and the catalogs of the languages not shown (fetched when the browser is
 * idle, so that a language switch is instant).
 */
export async function overviewInitialJs(
  bench: BrowserBench,
): Promise<{ bytes: number; files: ScriptFile[] }> {
  const page = await bench.newPage()
  const files: ScriptFile[] = []
  const pending: Promise<void>[] = []
  const workerUrls = new Set<string>()
  page.on('worker', (w) => workerUrls.add(w.url()))
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    pending.push(
      response.body().then(
        (body) => {
          files.push({ url: response.url(), bytes: gz(body) })
        },
        () => undefined,
      ),
    )
  })
  await page.goto(bench.baseUrl)
  await page.waitForFunction(
    () => document.querySelectorAll('main ol li a[href*="/opportunities/"]').length >= 10,
  )
  await page.waitForLoadState('networkidle')
  await Promise.all(pending)
  // Scripts inside index.html count too (the early config and export requests).
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
  )
  inline.forEach((text, i) =>
    files.push({ url: `${bench.baseUrl}#inline-script-${i + 1}`, bytes: gz(Buffer.from(text)) }),
  )
  await page.close()
  for (const f of files) {
    if (workerUrls.has(f.url) || /export-worker/.test(f.url)) f.excluded = 'worker thread'
    else if (/\/messages-(sv|en)-/.test(f.url)) f.excluded = 'idle preload of another language'
    const address = new URL(f.url)
    f.url = address.pathname + address.hash
  }
  files.sort((a, b) => b.bytes - a.bytes)
  return { bytes: files.reduce((sum, f) => sum + (f.excluded ? 0 : f.bytes), 0), files }
}
