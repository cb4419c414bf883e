/**
 * npm run bench: performance figures, printed as tables so they can be quoted.
 *
 * Validation: for seeded exports of 1 000, 10 000 and 100 000 opportunities, the time of
 * JSON.parse alone and of parse + validate + normalise (the whole load), measured in the same
 * run, and their ratio. Target: ratio ≤ 4 at every size, i.e. validation stays linear.
 */
import { performance } from 'node:perf_hooks'
import { withBrowserBench, type BrowserBench } from './bench/browser-harness.ts'
import { generateExport } from '../mocks/generate-export.ts'
import { validateExportText } from '../src/domain/validate/validate-export.ts'
import { comparisonBench } from './bench/comparison.ts'

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

declare const gc: (() => void) | undefined

/**
 * Times two functions alternately, so both see the same machine load, with a garbage
 * collection before each sample (when node runs with --expose-gc) so one sample does not pay
 * for the garbage of the previous one. Returns the medians.
 */
function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  a()
  b() // warm-up: let the JIT see both once
  const sa: number[] = []
  const sb: number[] = []
  for (let i = 0; i < runs; i++) {
    for (const [fn, samples] of [
      [a, sa],
      [b, sb],
    ] as const) {
      if (typeof gc === 'function') gc()
      const t0 = performance.now()
      fn()
      samples.push(performance.now() - t0)
    }
  }
  return [median(sa), median(sb)]
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n)
}

export function validationBench(sizes = [1_000, 10_000, 100_000]): void {
  console.log(
    '\nValidation: JSON.parse alone against parse + validate + normalise (Node, medians, alternating runs)',
  )
  console.log(
    `${pad('opportunities', 14)} ${pad('MB', 7)} ${pad('JSON.parse ms', 14)} ${pad('load ms', 10)} ${pad('ratio', 7)}  outcome`,
  )
  for (const count of sizes) {
    const text = JSON.stringify(generateExport({ count, seed: 2022 }))
    const runs = count >= 100_000 ? 5 : count >= 10_000 ? 11 : 31
    let outcome = ''
    const [parseMs, loadMs] = timePair(
      () => JSON.parse(text),
      () => {
        outcome = validateExportText(text).outcome
      },
      runs,
    )
    const ratio = loadMs / parseMs
    console.log(
      `${pad(count.toLocaleString('en'), 14)} ${pad((text.length / 2 ** 20).toFixed(1), 7)} ${pad(parseMs.toFixed(1), 14)} ${pad(loadMs.toFixed(1), 10)} ${pad(ratio.toFixed(2), 7)}  ${outcome}${ratio > 4 ? '  ← over target 4' : ''}`,
    )
  }
}

/**
 * Browser cases, each in `scripts/bench/<name>-bench.ts` exporting `run(bench)`; they share one
 * build, one static server and one Chromium (`browser-harness.ts`).
 */
const BROWSER_CASES = [
  'first-sight',
  'hostile',
  'overview',
  'matrix',
  'compare-arrows',
  'roadmap',
  'table',
  'present',
] as const

// Eager: the module runner that loads this script closes once `main` is exported, so the
// cases are imported up front, not on demand.
const caseModules = import.meta.glob<{ run: (b: BrowserBench) => Promise<void> }>(
  './bench/*-bench.ts',
  { eager: true },
)

export async function main(args: string[]): Promise<number> {
  const only = args.find((a) => a.startsWith('--only='))?.slice(7)
  const outDir = args.find((a) => a.startsWith('--out='))?.slice(6)
  const skipBuild = args.includes('--skip-build')
  if (!only || only === 'validation') validationBench()
  if (!only || only === 'comparison') comparisonBench()
  const cases = BROWSER_CASES.filter(
    (name) => (!only || only === name) && caseModules[`./bench/${name}-bench.ts`] !== undefined,
  )
  if (cases.length === 0) return 0
  await withBrowserBench(
    async (bench) => {
      for (const name of cases) {
        await caseModules[`./bench/${name}-bench.ts`]?.run(bench)
      }
    },
    { ...(outDir !== undefined && { outDir }), skipBuild },
  )
  return 0
}
