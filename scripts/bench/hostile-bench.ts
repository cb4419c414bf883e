/**
 * Small files made to knock a validator over (issue 15): each must get a clear outcome in under
 * 5 seconds and 300 MB, in the CLI (`npm run validate`, its wall time and peak memory) and in
 * the app (navigation → the page says what happened; the page's and the worker's JS heap).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { pad, type BrowserBench } from './browser-harness.ts'

type Json = Record<string, unknown>

/** `record` with a field nested `depth` objects deep, written as text (stringify would overflow). */
function withDeepField(record: Json, depth: number): string {
  return `{"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},${JSON.stringify(record).slice(1)}`
}

/** The inputs, each made from the demo export. */
function hostileInputs(demo: Json): { name: string; text: string }[] {
  const opportunities = demo.opportunities as Json[]
  const manyKeys: Json = { ...demo }
  for (let i = 0; i < 150_000; i++) manyKeys[`extra${i}`] = 1
  const text = JSON.stringify(demo)
  return [
    {
      name: 'themes + 150 000 × 1',
      text: JSON.stringify({
        ...demo,
        themes: [...(demo.themes as unknown[]), ...Array<number>(150_000).fill(1)],
      }),
    },
    { name: '150 000 unknown root keys', text: JSON.stringify(manyKeys) },
    {
      name: '5 000-deep object in a record',
      text: JSON.stringify({ ...demo, opportunities: ['DEEP', ...opportunities.slice(1)] }).replace(
        '"DEEP"',
        withDeepField(opportunities[0] as Json, 5_000),
      ),
    },
    {
      name: 'opportunities: 2 000 000 × 1',
      text: JSON.stringify({ ...demo, opportunities: Array<number>(2_000_000).fill(1) }),
    },
    {
      name: 'schemaVersion twice',
      text: text.replace('"schemaVersion":"1.0"', '"schemaVersion":"2.0","schemaVersion":"1.0"'),
    },
  ]
}

/** `npm run validate` on `file`: wall ms, peak resident MB, exit code, a stack trace or not. */
function cli(file: string): { ms: number; mb: number; code: number; stack: boolean } {
  const t0 = performance.now()
  const out = spawnSync(
    '/usr/bin/time',
    ['-f', 'maxrss=%M', 'node', 'scripts/run-ts.mjs', 'scripts/validate.ts', file],
    { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 },
  )
  const ms = performance.now() - t0
  const kb = Number(/maxrss=(\d+)/.exec(out.stderr)?.[1] ?? Number.NaN)
  return {
    ms,
    mb: kb / 1024,
    code: out.status ?? -1,
    stack: /\n\s+at /.test(out.stdout + out.stderr),
  }
}

/** The largest JS heap seen in the page and in its workers while `until` runs, in MB. */
async function peakHeap(page: Page, until: Promise<unknown>): Promise<number> {
  let peak = 0
  let done = false
  void until.finally(() => (done = true))
  const read = (target: Pick<Page, 'evaluate'>) =>
    target
      .evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
            ?.usedJSHeapSize ?? 0,
      )
      .catch(() => 0)
  while (!done) {
    const heaps = await Promise.all([read(page), ...page.workers().map(read)])
    peak = Math.max(
      peak,
      heaps.reduce((a, b) => a + b, 0),
    )
    await new Promise((ok) => setTimeout(ok, 50))
  }
  return peak / 2 ** 20
}

async function inApp(
  bench: BrowserBench,
  text: string,
): Promise<{ ms: number; mb: number; said: string }> {
  bench.serveFile('/bench-data/hostile.json', Buffer.from(text))
  const page = await bench.newPage()
  const t0 = Date.now()
  await page.goto(`${bench.baseUrl}?data=${encodeURIComponent('/bench-data/hostile.json')}`)
  // Told: a notice that the data failed or that records were set aside, or the data shown.
  const told = page
    .locator('.load-notice, main a[href*="/opportunities/"]')
    .first()
    .waitFor({ timeout: 60_000 })
  const mb = await peakHeap(page, told)
  await told
  const ms = Date.now() - t0
  const said =
    (await page
      .locator('.load-notice')
      .first()
      .textContent()
      .catch(() => null)) ?? 'data shown'
  await page.context().close()
  return { ms, mb, said: said.replace(/\s+/g, ' ').slice(0, 70) }
}

export async function run(bench: BrowserBench): Promise<void> {
  const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as Json
  const dir = mkdtempSync(join(tmpdir(), 'kk-hostile-'))
  console.log(
    '\nHostile small files: the CLI and the app (target: an outcome in < 5 s and < 300 MB)',
  )
  console.log(
    `${pad('input', 32)} ${pad('KB', 7)} ${pad('CLI ms', 8)} ${pad('CLI MB', 7)} ${pad('exit', 5)} ${pad('stack', 6)} ${pad('app ms', 8)} ${pad('app MB', 7)}  the app said`,
  )
  try {
    for (const input of hostileInputs(demo)) {
      const file = join(dir, 'input.json')
      writeFileSync(file, input.text)
      const c = cli(file)
      const a = await inApp(bench, input.text)
      const over = c.ms > 5_000 || c.mb > 300 || a.ms > 5_000 || a.mb > 300 || c.stack
      console.log(
        `${pad(input.name, 32)} ${pad((input.text.length / 1024).toFixed(0), 7)} ${pad(c.ms.toFixed(0), 8)} ${pad(c.mb.toFixed(0), 7)} ${pad(c.code, 5)} ${pad(c.stack ? 'yes' : 'no', 6)} ${pad(a.ms.toFixed(0), 8)} ${pad(a.mb.toFixed(0), 7)}  ${a.said}${over ? '  ← over target' : ''}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
