/**
 * npm run lighthouse: Lighthouse 12 (mobile, simulated throttling) on the built app with the
 * demo export, on every page a forum member opens first. Prints the four category scores and
 * LCP, total blocking time and CLS per page. Not part of `npm test`: the scores are figures.
 *
 * `--skip-build` reuses dist/; `--runs=N` takes the median performance of N runs per page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Launcher, launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { buildApp, median, pad, serveStatic } from './bench/browser-harness.ts'
import { CHROMIUM_BASE_ARGS, chromiumPath, disableFeaturesArg } from './chromium/chromium.ts'

const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  opportunities: { id: string }[]
}
const ROUTES = [
  '/',
  '/matrix',
  '/roadmap',
  '/opportunities',
  `/opportunities/${demo.opportunities[0]?.id ?? ''}`,
]
const TARGET = { performance: 95, cls: 0.05, tbt: 150 }

interface Figures {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcp: number
  tbt: number
  cls: number
  /** Audits that cost points in the categories whose target is 100: what to fix. */
  failing: string[]
}

async function audit(url: string, port: number): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const { categories, audits } = result.lhr
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN
  const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}`),
  )
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    failing,
  }
}

export async function main(args: string[]): Promise<number> {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3)
  if (!args.includes('--skip-build')) await buildApp('dist')
  const { server, baseUrl } = await serveStatic('dist', () => Buffer.alloc(0))
  const profile = mkdtempSync(join(tmpdir(), 'kk-lighthouse-'))
  const chrome = await launch({
    chromePath: chromiumPath(),
    // chrome-launcher's own --disable-features, with ours added (Chromium keeps the last one).
    chromeFlags: [
      ...CHROMIUM_BASE_ARGS,
      disableFeaturesArg(
        Launcher.defaultFlags()
          .filter((f) => f.startsWith('--disable-features='))
          .flatMap((f) => f.slice('--disable-features='.length).split(',')),
      ),
      `--user-data-dir=${profile}`,
    ],
  })
  let missed = 0
  try {
    console.log(`\nLighthouse 12, mobile, simulated throttling; median performance of ${runs} runs`)
    console.log(
      `${pad('page', 28)} ${pad('perf', 5)} ${pad('a11y', 5)} ${pad('b.p.', 5)} ${pad('seo', 4)} ${pad('LCP ms', 7)} ${pad('TBT ms', 7)} ${pad('CLS', 6)}`,
    )
    for (const route of ROUTES) {
      const all: Figures[] = []
      for (let i = 0; i < runs; i++)
        all.push(await audit(new URL(route.slice(1), baseUrl).href, chrome.port))
      const perf = median(all.map((f) => f.performance))
      const f = all.find((x) => x.performance === perf) ?? (all[0] as Figures)
      const short =
        f.performance < TARGET.performance ||
        f.cls >= TARGET.cls ||
        f.tbt >= TARGET.tbt ||
        f.accessibility < 100 ||
        f.bestPractices < 100 ||
        f.seo < 100
      if (short) missed++
      console.log(
        `${pad(route, 28)} ${pad(f.performance, 5)} ${pad(f.accessibility, 5)} ${pad(f.bestPractices, 5)} ${pad(f.seo, 4)} ${pad(f.lcp.toFixed(0), 7)} ${pad(f.tbt.toFixed(0), 7)} ${pad(f.cls.toFixed(3), 6)}${short ? '  ← short of target' : ''}`,
      )
      for (const audit of f.failing) console.log(`${pad('', 28)}   failing ${audit}`)
    }
    console.log(
      `targets: performance ≥ ${TARGET.performance}, CLS < ${TARGET.cls}, TBT < ${TARGET.tbt} ms, the other three 100`,
    )
  } finally {
    chrome.kill()
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }
  return missed === 0 ? 0 : 1
}
