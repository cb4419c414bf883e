import { describe, expect, it } from 'vitest'
import type { OpportunityInput } from '../src/domain/format/export-schema.ts'
import { STATUSES } from '../src/domain/format/export-vocabulary.ts'
import { validateExportText, validateExportValue } from '../src/domain/validate/validate-export.ts'
import demo from './demo-export.json'
import { generateExport } from './generate-export.ts'

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength

function titleTexts(o: OpportunityInput): string[] {
  return typeof o.title === 'string' ? [o.title] : Object.values(o.title)
}

describe('generateExport', () => {
  const sample = generateExport({ count: 2000, seed: 7 })
  const opportunities = sample.opportunities

  it('is deterministic: the same seed gives the same export', () => {
    expect(generateExport({ count: 300, seed: 42 })).toEqual(
      generateExport({ count: 300, seed: 42 }),
    )
    expect(JSON.stringify(generateExport({ count: 300 }))).toBe(
      JSON.stringify(generateExport({ count: 300 })),
    )
  })

  it('gives another export for another seed', () => {
    const a = JSON.stringify(generateExport({ count: 300, seed: 1 }).opportunities)
    const b = JSON.stringify(generateExport({ count: 300, seed: 2 }).opportunities)
    expect(a).not.toBe(b)
  })

  it('makes the first opportunities the same whatever the count', () => {
    const small = generateExport({ count: 50, seed: 3 }).opportunities
    const large = generateExport({ count: 500, seed: 3 }).opportunities
    expect(large.slice(0, 50)).toEqual(small)
  })

  it('is a valid export that loads completely', () => {
    const r = validateExportValue(sample)
    expect(r.outcome).toBe('loaded')
    if (r.outcome !== 'loaded') return
    expect(r.data.opportunities).toHaveLength(2000)
    // Only the intended warnings: no milestone outside its horizon, no unknown field.
    expect(new Set(r.problems.map((p) => p.code))).toEqual(
      new Set(['warning.unscored', 'warning.noScores']),
    )
    expect(validateExportText(JSON.stringify(generateExport({ count: 0 }))).outcome).toBe('loaded')
  })

  it('uses the demo export’s frame, a fresh copy each time', () => {
    const { opportunities: _demoOpportunities, ...demoFrame } = demo
    const { opportunities: _generated, ...frame } = generateExport({ count: 1 })
    expect(frame).toEqual(demoFrame)
    frame.themes.length = 0
    expect(generateExport({ count: 1 }).themes.length).toBe(demo.themes.length)
  })

  it('numbers ids gen-000001, gen-000002, … uniquely', () => {
    expect(opportunities.slice(0, 3).map((o) => o.id)).toEqual([
      'gen-000001',
      'gen-000002',
      'gen-000003',
    ])
    expect(new Set(opportunities.map((o) => o.id)).size).toBe(2000)
  })

  it('stays compact: under 500 bytes an opportunity, so 100 000 stay well under 64 MB', () => {
    const perOpportunity = (bytes(sample) - bytes({ ...sample, opportunities: [] })) / 2000
    expect(perOpportunity).toBeLessThan(500)
    expect(perOpportunity).toBeGreaterThan(300)
  })

  // How fast it generates is the benchmark's business (npm run bench), not a unit test's.
  it('generates 100 000 opportunities with unique ids in under 50 MB of JSON', () => {
    const large = generateExport({ count: 100_000, seed: 2022 })
    expect(large.opportunities).toHaveLength(100_000)
    expect(new Set(large.opportunities.map((o) => o.id)).size).toBe(100_000)
    expect(bytes(large)).toBeLessThan(50 * 2 ** 20)
  })

  it('uses every status, and 1 to 3 growth goals', () => {
    expect(new Set(opportunities.map((o) => o.status))).toEqual(new Set(STATUSES))
    const goalCounts = new Set(opportunities.map((o) => o.growthGoals.length))
    expect(goalCounts).toEqual(new Set([1, 2, 3]))
  })

  it('writes titles in Finnish and English, some Swedish, a few Northern Sámi', () => {
    const share = (p: (o: OpportunityInput) => boolean) => opportunities.filter(p).length / 2000
    const has = (lang: string) => (o: OpportunityInput) =>
      typeof o.title === 'object' && lang in o.title
    expect(share((o) => typeof o.title === 'string' || has('fi')(o))).toBe(1)
    expect(share(has('en'))).toBeGreaterThan(0.3)
    expect(share(has('sv'))).toBeGreaterThan(0.15)
    expect(share(has('sv'))).toBeLessThan(0.25)
    expect(share(has('se'))).toBeGreaterThan(0.01)
    expect(share(has('se'))).toBeLessThan(0.06)
    expect(share((o) => o.summary !== undefined)).toBeGreaterThan(0.6)
    // Letters collation and search must handle.
    const all = opportunities.flatMap((o) => [...titleTexts(o), ...(o.tags ?? [])]).join(' ')
    for (const letter of ['á', 'č', 'đ', 'ŋ', 'š', 'ŧ', 'ž', 'ä', 'ö', 'å', 'Ä']) {
      expect(all, letter).toContain(letter)
    }
  })

  it('scores most completely, about a tenth partly and a few not at all', () => {
    const criteria = sample.criteria.map((c) => c.id)
    const scored = (o: OpportunityInput) =>
      criteria.filter((c) => typeof o.scores?.[c] === 'number').length
    const complete = opportunities.filter((o) => scored(o) === criteria.length).length / 2000
    const none = opportunities.filter((o) => scored(o) === 0).length / 2000
    expect(complete).toBeGreaterThan(0.82)
    expect(complete).toBeLessThan(0.92)
    expect(none).toBeGreaterThan(0.01)
    expect(none).toBeLessThan(0.06)
    expect(opportunities.some((o) => o.scores && Object.values(o.scores).includes(null))).toBe(true)
    expect(opportunities.some((o) => o.scores === undefined)).toBe(true)
  })

  it('spreads horizons over 2023–2030, leaving some unscheduled', () => {
    const withHorizon = opportunities.filter((o) => o.horizon)
    const without = 1 - withHorizon.length / 2000
    expect(without).toBeGreaterThan(0.04)
    expect(without).toBeLessThan(0.12)
    const years = new Set(
      withHorizon.flatMap((o) => [o.horizon?.start.slice(0, 4), o.horizon?.end.slice(0, 4)]),
    )
    expect([...years].sort()).toEqual([
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ])
    expect(opportunities.some((o) => o.phases?.length)).toBe(true)
    expect(opportunities.some((o) => o.milestones?.length)).toBe(true)
  })

  it('gives every opportunity with actors exactly one lead', () => {
    const withActors = opportunities.filter((o) => o.actors?.length)
    expect(withActors.length).toBeGreaterThan(1000)
    for (const o of withActors) expect(o.actors?.filter((a) => a.role === 'lead')).toHaveLength(1)
    expect(opportunities.some((o) => o.funding?.length)).toBe(true)
    expect(opportunities.some((o) => o.indicators?.length)).toBe(true)
    expect(opportunities.some((o) => o.budgetEur !== undefined)).toBe(true)
    expect(opportunities.some((o) => o.sources?.length)).toBe(true)
    expect(opportunities.some((o) => o.tags?.length)).toBe(true)
  })

  it('lets about a tenth depend on earlier opportunities only, so there are no cycles', () => {
    const position = new Map(opportunities.map((o, i) => [o.id, i]))
    const dependent = opportunities.filter((o) => o.dependsOn?.length)
    expect(dependent.length / 2000).toBeGreaterThan(0.07)
    expect(dependent.length / 2000).toBeLessThan(0.13)
    for (const o of dependent) {
      for (const dep of o.dependsOn ?? []) {
        expect(position.get(dep)).toBeLessThan(position.get(o.id) as number)
      }
    }
  })
})
