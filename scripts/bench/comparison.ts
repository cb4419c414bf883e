import { performance } from 'node:perf_hooks'
import { generateExport } from '../../mocks/generate-export.ts'
import { compareExports } from '../../src/domain/compare/compare-exports.ts'
import type { ExportInput } from '../../src/domain/format/export-schema.ts'
import { validateExportText } from '../../src/domain/validate/validate-export.ts'

/**
 * Comparing two exports (issue 18): the current one generated, the baseline the same export a
 * round earlier, with every tenth opportunity's status and scores changed, every fiftieth
 * missing and fifty of its own. Times `compareExports` alone (both are loaded beforehand), as
 * a view does on a new baseline or weight. Target: under 100 ms at 10 000 opportunities.
 */
export function earlierOf(current: ExportInput): ExportInput {
  const copy = structuredClone(current)
  copy.opportunities = copy.opportunities
    .filter((_, i) => i % 50 !== 7)
    .map((o, i) => {
      if (i % 10 !== 0) return o
      const scores = Object.fromEntries(
        Object.entries(o.scores ?? {}).map(([k, v]) => [k, typeof v === 'number' ? 1 : v]),
      )
      return { ...o, status: o.status === 'planned' ? 'identified' : 'planned', scores }
    })
  for (let k = 0; k < 50; k++) {
    const o = current.opportunities[k]
    if (o) copy.opportunities.push({ ...o, id: `earlier-${k}`, dependsOn: [] })
  }
  return copy
}

declare const gc: (() => void) | undefined

function loaded(value: ExportInput) {
  const report = validateExportText(JSON.stringify(value))
  if (!('data' in report)) throw new Error(`bench export does not load: ${report.outcome}`)
  return report.data
}

export function comparisonBench(sizes = [10_000]): void {
  console.log(
    '\nComparison: compareExports of two loaded exports (Node, median of 11 runs, each after a collection)',
  )
  console.log('opportunities   compare ms   added removed changed moved')
  for (const count of sizes) {
    const currentInput = generateExport({ count, seed: 2022 })
    const current = loaded(currentInput)
    const baseline = loaded(earlierOf(currentInput))
    compareExports(baseline, current)
    const samples: number[] = []
    let counts = compareExports(baseline, current).counts
    for (let r = 0; r < 11; r++) {
      // As the validation bench does: no sample pays for the previous one's garbage.
      if (typeof gc === 'function') gc()
      const t0 = performance.now()
      counts = compareExports(baseline, current).counts
      samples.push(performance.now() - t0)
    }
    samples.sort((a, b) => a - b)
    const ms = samples[5] as number
    console.log(
      `${count.toLocaleString('en').padStart(13)} ${ms.toFixed(1).padStart(12)}   ${counts.added} ${counts.removed} ${counts.changed} ${counts.moved}${ms >= 100 ? '  ← over target 100 ms' : ''}`,
    )
  }
}
