import { problemCounts } from '../../src/domain/validate/report-counts.ts'
import { describe, expect, it } from 'vitest'
import { generateExport } from '../../mocks/generate-export.ts'
import { buildSearchIndex } from '../../src/domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../src/domain/dataset/normalise-export.ts'
import { searchTextCount, type SearchTexts } from '../../src/domain/text/search-texts.ts'
import { GROWTH_GOALS, STATUSES } from '../../src/domain/format/export-vocabulary.ts'
import { overviewSummary } from '../../src/domain/dataset/overview-stats.ts'
import {
  DEFAULT_PART_SIZE,
  ReportJoiner,
  joinReport,
  splitReport,
} from '../../src/data/transfer/transfer-report.ts'
import type { Opportunity } from '../../src/domain/format/export-schema.ts'
import { normalisedOpportunity } from '../../src/domain/dataset/normalised-opportunity.ts'
import { SharedValues } from '../../src/data/transfer/shared-values.ts'
import { reportForLanguage } from '../../src/domain/validate/translation-warnings.ts'
import { compareText } from '../../src/domain/text/text-compare.ts'
import { titleRanks, titleTexts } from '../../src/domain/text/title-ranks.ts'
import {
  validateExportText,
  validateExportValue,
} from '../../src/domain/validate/validate-export.ts'
import type { ValidationReport } from '../../src/domain/validate/validation-report.ts'
import { handleWorkerRequest } from '../../src/data/worker/worker-handler.ts'
import type { WorkerResponse } from '../../src/data/worker/worker-protocol.ts'

describe('splitReport and joinReport', () => {
  const report = validateExportValue(generateExport({ count: 1_234, seed: 7 }))

  it('cut a large report into parts and put it back equal, lookups included', () => {
    const { head, parts } = splitReport(report, 500)
    expect(parts.map((p) => p.opportunities.length)).toEqual([500, 500, 234])
    expect('data' in head && head.data.opportunities).toEqual([])
    // The typed arrays travel whole in the head (one block each), not cut into the parts.
    const data = (report as { data: NormalisedExport }).data
    expect('data' in head && head.data.scores).toBe(data.scores)
    expect('data' in head && head.data.normalisedScores).toBe(data.normalisedScores)
    expect(data.normalisedScores.codes).toHaveLength(1_234 * data.criteria.length)
    expect(parts.every((p) => Object.keys(p).join() === 'opportunities')).toBe(true)
    // Through structured cloning, as between a worker and the page.
    const joined = joinReport(structuredClone(head), structuredClone(parts))
    expect(joined).toEqual(report)
  })

  it('join part by part as the parts arrive, to the same report', () => {
    // One opportunity depends on another that is set aside (a reference to an unknown
    // theme): the loaded one keeps its dependency, but the set-aside one has no dependents.
    const input = generateExport({ count: 1_234, seed: 7 })
    const [first, second] = input.opportunities as [
      (typeof input.opportunities)[number],
      (typeof input.opportunities)[number],
    ]
    first.theme = 'no-such-theme'
    second.dependsOn = [first.id]
    const partial = validateExportValue(input)
    expect(partial.outcome).toBe('partial')
    const { head, parts } = splitReport(partial, 300)
    const joiner = new ReportJoiner(structuredClone(head))
    for (const part of parts) joiner.add(structuredClone(part))
    const joined = joiner.finish()
    expect(joined).toEqual(partial)
    expect('data' in joined && joined.data.dependents.has(first.id)).toBe(false)
  })

  it('give a page that parsed the records the accepted positions, and join back from them', () => {
    // A set-aside record leaves a gap: the loaded ones are found by their export position.
    const input = generateExport({ count: 1_234, seed: 7 })
    ;(input.opportunities[3] as { theme: string }).theme = 'no-such-theme'
    const text = JSON.stringify(input)
    const partial = validateExportText(text)
    const { head, parts, accepted } = splitReport(partial, 500, { pageHasRecords: true })
    expect(parts).toEqual([])
    expect(accepted).toHaveLength(1_233)
    expect(accepted?.slice(0, 4)).toEqual(Int32Array.from([0, 1, 2, 4]))
    const pageRecords = (JSON.parse(text) as { opportunities: Opportunity[] }).opportunities
    // As page-records.ts does: the opportunities made from the page's own records, by slices.
    const joiner = new ReportJoiner(structuredClone(head))
    const positions = [...(structuredClone(accepted) ?? [])]
    for (let from = 0; from < positions.length; from += 400)
      joiner.add({
        opportunities: positions
          .slice(from, from + 400)
          .map((index) => normalisedOpportunity(pageRecords[index] as Opportunity, index)),
      })
    expect(joiner.finish()).toEqual(partial)
    // However small the report, without records it comes as positions.
    const small = splitReport(
      validateExportText(JSON.stringify(generateExport({ count: 3 }))),
      500,
      {
        pageHasRecords: true,
      },
    )
    expect(small.accepted).toHaveLength(3)
  })

  it('join to the same report when the page shares repeated values, and share them', () => {
    const input = generateExport({ count: 1_234, seed: 7 })
    ;(input.opportunities[3] as { theme: string }).theme = 'no-such-theme'
    const text = JSON.stringify(input)
    const partial = validateExportText(text)
    const { head, accepted } = splitReport(partial, 500, { pageHasRecords: true })
    // As page-records.ts parses them: each record on its own, its repeated values shared.
    const values = new SharedValues()
    const pageRecords = (JSON.parse(text) as { opportunities: unknown[] }).opportunities.map(
      (record) => {
        const own = JSON.parse(JSON.stringify(record)) as Opportunity
        values.shareRecordParts(own)
        return own
      },
    )
    const joiner = new ReportJoiner(structuredClone(head), values)
    const positions = [...(accepted ?? [])]
    for (let from = 0; from < positions.length; from += 500)
      joiner.add({
        opportunities: positions
          .slice(from, from + 500)
          .map((index) => normalisedOpportunity(pageRecords[index] as Opportunity, index)),
      })
    const joined = joiner.finish()
    expect(joined).toEqual(partial)
    // Equal horizon ranges, made apart, are one object on the page.
    const opportunities = 'data' in joined ? joined.data.opportunities : []
    const byRange = new Map<string, unknown>()
    let shared = 0
    for (const o of opportunities) {
      if (!o.horizonRange) continue
      const key = `${o.horizonRange.start}/${o.horizonRange.end}`
      const seen = byRange.get(key)
      if (seen === undefined) byRange.set(key, o.horizonRange)
      else if (seen === o.horizonRange) shared++
      else throw new Error(`A second copy of the horizon range ${key}`)
    }
    expect(shared).toBeGreaterThan(500)
  })

  it('leave a small report whole', () => {
    const { head, parts } = splitReport(report, 5_000)
    expect(parts).toEqual([])
    expect(head).toBe(report)
    expect(joinReport(head, parts)).toBe(report)
  })
})

// Validating thousands of records several times over: seconds on a busy two-core machine.
const SLOW = { timeout: 30_000 }

describe('the worker handler', SLOW, () => {
  it('posts a large report as head, parts with progress, then done, and it joins back', () => {
    const text = JSON.stringify(generateExport({ count: 4_500, seed: 3 }))
    const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer
    const messages: WorkerResponse[] = []
    handleWorkerRequest({ type: 'validate', id: 1, bytes }, (m) =>
      messages.push(structuredClone(m)),
    )
    const kinds = messages.map((m) =>
      m.type === 'head' || m.type === 'part' || m.type === 'done' ? m.type : 'phase',
    )
    const count = Math.ceil(4_500 / DEFAULT_PART_SIZE)
    expect(count).toBeGreaterThan(1)
    expect(kinds.filter((k) => k !== 'phase')).toEqual([
      'head',
      ...Array(count).fill('part'),
      'done',
    ])
    const head = messages.find((m) => 'head' in m)
    const parts = messages.flatMap((m) => ('part' in m ? [m.part] : []))
    expect(messages.flatMap((m) => ('part' in m ? [m.fraction] : []))).toEqual(
      Array.from({ length: count }, (_, i) => (i + 1) / count),
    )
    const joined = joinReport((head as { head: ValidationReport }).head, parts)
    expect(joined).toEqual(validateExportText(text))
    // Then the Finnish/Swedish search index, the same as the page would make.
    const texts = messages.flatMap((m) => ('searchTexts' in m ? [m.searchTexts] : []))
    expect(texts).toEqual([
      buildSearchIndex((joined as { data: NormalisedExport }).data, 'fi').texts,
    ])
    expect(searchTextCount(texts[0] as SearchTexts)).toBe(4_500)
  })
})

describe('the worker handler, told the page’s language', SLOW, () => {
  const text = JSON.stringify(generateExport({ count: 2_345, seed: 5 }))
  const run = (uiLanguage: 'fi' | 'en') => {
    const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer
    const messages: WorkerResponse[] = []
    const session = handleWorkerRequest({ type: 'validate', id: 1, bytes, uiLanguage }, (m) =>
      messages.push(structuredClone(m)),
    )
    // The overview alone, until the page pulls the rest, one message at a time.
    expect(messages.filter((m) => !('phase' in m)).map((m) => m.type)).toEqual(['preview'])
    let pulls = 0
    while (session?.pull()) pulls++
    expect(pulls).toBe(Math.ceil(2_345 / DEFAULT_PART_SIZE) + 1)
    return messages.filter((m) => !('phase' in m))
  }

  it('posts the overview first, before the data, as the page would make it', () => {
    const messages = run('en')
    const first = messages[0]
    expect(first && 'preview' in first).toBe(true)
    const head = messages.find((m) => 'head' in m) as Extract<WorkerResponse, { head: unknown }>
    const joined = joinReport(
      head.head,
      messages.flatMap((m) => ('part' in m ? [m.part] : [])),
    )
    expect(joined).toEqual(validateExportText(text))
    const data = (joined as { data: NormalisedExport }).data
    const inEnglish = reportForLanguage(joined, 'en')
    expect((first as { preview: unknown }).preview).toEqual({
      overview: overviewSummary(data, STATUSES, GROWTH_GOALS),
      language: 'en',
      warnings: problemCounts(inEnglish).warnings,
    })
    // The missing English texts, worded in the worker: what reportForLanguage adds.
    expect(head.translationWarnings).toEqual({
      language: 'en',
      problems: inEnglish.problems.slice(joined.problems.length),
      // Beyond the report's limit, the rest are counted (report-counts.ts).
      omitted:
        problemCounts(inEnglish).warnings -
        problemCounts(joined).warnings -
        (inEnglish.problems.length - joined.problems.length),
    })
    expect(head.translationWarnings?.problems.length).toBeGreaterThan(0)
  })

  it('ends with the title sort keys in the page’s language, as the table would make them', () => {
    const messages = run('fi')
    const last = messages.at(-1) as Extract<WorkerResponse, { titleRanks: unknown }>
    expect(last.lang).toBe('fi')
    const joined = joinReport(
      (messages.find((m) => 'head' in m) as Extract<WorkerResponse, { head: unknown }>).head,
      messages.flatMap((m) => ('part' in m ? [m.part] : [])),
    )
    const data = (joined as { data: NormalisedExport }).data
    expect(last.titleRanks).toEqual(titleRanks(data, 'fi'))
    // Ranks order the titles as the Finnish collation does: a sort by them is a title sort.
    const texts = titleTexts(data, 'fi')
    const rank = (i: number) => last.titleRanks[i] as number
    const byRank = texts.map((_, i) => i).sort((a, b) => rank(a) - rank(b))
    expect(byRank.map((i) => texts[i])).toEqual([...texts].sort(compareText('fi')))
  })

  it('sends the accepted positions, not parts, when the page says it has the records', () => {
    const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer
    const messages: WorkerResponse[] = []
    const session = handleWorkerRequest({ type: 'validate', id: 1, bytes, uiLanguage: 'fi' }, (m) =>
      messages.push(structuredClone(m)),
    )
    session?.pull({ pageHasRecords: true })
    while (session?.pull()) {
      // the rest of the answer
    }
    expect(messages.some((m) => 'part' in m)).toBe(false)
    expect(messages.some((m) => m.type === 'done')).toBe(true)
    const head = messages.find((m) => 'head' in m) as Extract<WorkerResponse, { head: unknown }>
    const accepted = [...(head.accepted ?? [])]
    expect(accepted).toHaveLength(2_345)
    const records = (JSON.parse(text) as { opportunities: Opportunity[] }).opportunities
    const joiner = new ReportJoiner(head.head)
    joiner.add({
      opportunities: accepted.map((i) => normalisedOpportunity(records[i] as Opportunity, i)),
    })
    expect(joiner.finish()).toEqual(validateExportText(text))
  })

  it('sends no preview for an export that does not load', () => {
    const bytes = new TextEncoder().encode('{"schemaVersion": "1.0"}').buffer as ArrayBuffer
    const messages: WorkerResponse[] = []
    handleWorkerRequest({ type: 'validate', id: 2, bytes, uiLanguage: 'fi' }, (m) =>
      messages.push(m),
    )
    expect(messages.some((m) => 'preview' in m)).toBe(false)
    expect(messages.some((m) => 'report' in m)).toBe(true)
  })
})
