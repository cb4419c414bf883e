import { describe, expect, it } from 'vitest'
import { generateExport } from '../../mocks/generate-export.ts'
import { buildSearchIndex } from '../../src/domain/filter-opportunities.ts'
import type { NormalisedExport } from '../../src/domain/normalise-export.ts'
import { joinReport, splitReport } from '../../src/domain/transfer-report.ts'
import {
  validateExportText,
  validateExportValue,
  type ValidationReport,
} from '../../src/domain/validate-export.ts'
import { handleWorkerRequest } from '../../src/data/worker-handler.ts'
import type { WorkerResponse } from '../../src/data/worker-protocol.ts'

describe('splitReport and joinReport', () => {
  const report = validateExportValue(generateExport({ count: 1_234, seed: 7 }))

  it('cut a large report into parts and put it back equal, lookups included', () => {
    const { head, parts } = splitReport(report, 500)
    expect(parts.map((p) => p.opportunities.length)).toEqual([500, 500, 234])
    expect('data' in head && head.data.opportunities).toEqual([])
    // Through structured cloning, as between a worker and the page.
    const joined = joinReport(structuredClone(head), structuredClone(parts))
    expect(joined).toEqual(report)
  })

  it('leave a small report whole', () => {
    const { head, parts } = splitReport(report, 5_000)
    expect(parts).toEqual([])
    expect(head).toBe(report)
    expect(joinReport(head, parts)).toBe(report)
  })
})

describe('the worker handler', () => {
  it('posts a large report as head, parts with progress, then done, and it joins back', () => {
    const text = JSON.stringify(generateExport({ count: 4_500, seed: 3 }))
    const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer
    const messages: WorkerResponse[] = []
    handleWorkerRequest({ id: 1, bytes }, (m) => messages.push(structuredClone(m)))
    const kinds = messages.map((m) =>
      'head' in m ? 'head' : 'part' in m ? 'part' : 'done' in m ? 'done' : 'phase',
    )
    expect(kinds.filter((k) => k !== 'phase')).toEqual(['head', 'part', 'part', 'part', 'done'])
    const head = messages.find((m) => 'head' in m)
    const parts = messages.flatMap((m) => ('part' in m ? [m.part] : []))
    expect(messages.flatMap((m) => ('part' in m ? [m.fraction] : []))).toEqual([1 / 3, 2 / 3, 1])
    const joined = joinReport((head as { head: ValidationReport }).head, parts)
    expect(joined).toEqual(validateExportText(text))
    // Then the Finnish/Swedish search index, the same as the page would make.
    const texts = messages.flatMap((m) => ('searchTexts' in m ? m.searchTexts : []))
    expect(texts).toEqual(buildSearchIndex((joined as { data: NormalisedExport }).data, 'fi').texts)
    expect(texts).toHaveLength(4_500)
  })
})
