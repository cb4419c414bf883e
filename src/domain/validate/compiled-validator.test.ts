import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { compileValidator } from './compiled-validator.ts'
import { strictSchemas } from '../format/export-schema.ts'
import { variedOpportunities } from '../../../tests/fixtures/varied-records.ts'

/**
 * The compiled check may refuse what zod accepts (that only sends a record the slow way), but
 * never the other way round: whatever it accepts, zod accepts unchanged. These tests hold it
 * to that, and to accepting the ordinary valid records it exists for.
 */

const fastOpportunity = compileValidator(strictSchemas.Opportunity)

/** The property the validator relies on: accepted ⇒ zod accepts, and gives the input back. */
function expectSound(value: unknown): void {
  if (!fastOpportunity(value)) return
  const parsed = strictSchemas.Opportunity.safeParse(value)
  expect(parsed.success).toBe(true)
  expect(parsed.data).toEqual(value)
}

const generated = variedOpportunities(300)

describe('compileValidator on the opportunity schema', () => {
  it('accepts every valid opportunity of the fixture, as zod does', () => {
    for (const o of generated) {
      const copy: unknown = JSON.parse(JSON.stringify(o))
      expect(strictSchemas.Opportunity.safeParse(copy).success).toBe(true)
      expect(fastOpportunity(copy)).toBe(true)
    }
  })

  it('refuses what zod refuses, field by field', () => {
    const base = JSON.parse(JSON.stringify(generated[0])) as Record<string, unknown>
    const broken: Record<string, unknown>[] = [
      { ...base, id: 'has space' },
      { ...base, title: '' },
      { ...base, title: { fi: '' } },
      { ...base, title: { xx: 'Unknown language' } },
      { ...base, title: {} },
      { ...base, growthGoals: [] },
      { ...base, growthGoals: ['nope'] },
      { ...base, status: 'done' },
      { ...base, scores: { a: '3' } },
      { ...base, scores: { a: Number.NaN } },
      { ...base, budgetEur: -1 },
      { ...base, horizon: { start: '2025-Q5', end: '2026' } },
      { ...base, milestones: [{ date: '2025-02-30', name: 'M' }] },
      { ...base, indicators: [{ name: 'I', targetYear: 2027.5 }] },
      { ...base, links: [{ label: 'L', url: 'javascript:alert(1)' }] },
      { ...base, tags: [7] },
      { ...base, unknownField: 1 },
      (({ status: _status, ...rest }) => rest)(base),
      JSON.parse(
        `{"id":"x","title":"T","theme":"t","growthGoals":["rdi"],"status":"planned","__proto__":{}}`,
      ),
    ]
    for (const value of broken) {
      expect(strictSchemas.Opportunity.safeParse(value).success).toBe(false)
      expect(fastOpportunity(value)).toBe(false)
    }
  })

  it('accepts an optional field that is present but undefined, as zod does', () => {
    const value = { ...(JSON.parse(JSON.stringify(generated[0])) as object), summary: undefined }
    expect(strictSchemas.Opportunity.safeParse(value).success).toBe(true)
    expect(fastOpportunity(value)).toBe(true)
  })

  it('refuses input nested deeper than the schema without recursing into it', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const value = { ...(JSON.parse(JSON.stringify(generated[0])) as object), tags: deep }
    expect(fastOpportunity(value)).toBe(false)
  })

  it('never accepts what zod refuses or changes: mutated records', () => {
    const record = fc.constantFrom(...generated.slice(0, 40))
    const field = fc.oneof(
      fc.constantFrom(...Object.keys(strictSchemas.Opportunity.shape)),
      fc.string({ maxLength: 8 }),
    )
    const anyValue = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        '',
        '<p>x</p>',
        { fi: 'a', en: '' },
        { en: '' },
        { fi: 'a', xx: 'b' },
        ['rdi'],
        [],
        [''],
        ['a b'],
        { start: '2025', end: '2026-Q2' },
        [{ name: 'P', start: '2025', end: '2026' }],
        [{ date: '2025-02-29', name: 'M' }],
        [{ actor: 'a', role: 'lead' }],
        [{ instrument: 'ERDF', amountEur: -5 }],
        { 'imp-a': null, 'fea-a': 1.5 },
        'https://example.org',
        '2024-02-29',
        1.5,
        -1,
        Number.NaN,
        Infinity,
        undefined,
      ),
    )
    fc.assert(
      fc.property(
        record,
        fc.array(fc.tuple(field, anyValue), { minLength: 1, maxLength: 3 }),
        (o, changes) => {
          const value = JSON.parse(JSON.stringify(o)) as Record<string, unknown>
          for (const [k, v] of changes) value[k] = v
          expectSound(value)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('never accepts what zod refuses or changes: any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), expectSound), { numRuns: 300 })
  })
})

describe('compileValidator on schemas it cannot model', () => {
  it('fails loudly on defaults, transforms and objects that keep unknown keys', () => {
    expect(() => compileValidator(z.strictObject({ a: z.number().default(1) }))).toThrow()
    expect(() => compileValidator(z.string().transform((s) => s.length))).toThrow()
    expect(() => compileValidator(z.looseObject({ a: z.string() }))).toThrow()
    expect(() => compileValidator(z.object({ a: z.string() }))).toThrow()
  })

  it('runs checks it does not inline through zod', () => {
    const fast = compileValidator(z.strictObject({ s: z.string().max(3), n: z.int().max(10) }))
    expect(fast({ s: 'abc', n: 10 })).toBe(true)
    expect(fast({ s: 'abcd', n: 10 })).toBe(false)
    expect(fast({ s: 'abc', n: 11 })).toBe(false)
    expect(fast({ s: 'abc', n: 1.5 })).toBe(false)
    expect(fast({ s: 'abc' })).toBe(false)
  })

  it('checks record keys when the key schema is narrower than every string', () => {
    const fast = compileValidator(z.record(z.string().regex(/^[a-z]+$/), z.number()))
    expect(fast({ abc: 1 })).toBe(true)
    expect(fast({ ABC: 1 })).toBe(false)
    expect(fast({ abc: '1' })).toBe(false)
  })
})
