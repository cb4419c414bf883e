import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import demo from '../../../mocks/demo-export.json'
import { isProblemCode } from '../format/problems.ts'
import { scanJsonStructure } from './json-structure.ts'
import { MAX_DEPTH, MAX_ENTRIES, MAX_PROBLEMS_LISTED, MAX_SET_ASIDE_LISTED } from './limits.ts'
import { problemCounts, setAsideCount } from './report-counts.ts'
import { validateExportText, validateExportValue } from './validate-export.ts'
import type { ValidationReport } from './validation-report.ts'

/**
 * The validator's bounds (limits.ts): whatever the input, it gives an outcome rather than an
 * exception, and a report of bounded size that can be copied to the page and printed.
 */

const demoText = JSON.stringify(demo)

/** A report the page can receive and a terminal can print: bounded, clonable, stringifiable. */
function expectBounded(report: ValidationReport): void {
  expect(['unreadable', 'brokenFrame', 'partial', 'loaded']).toContain(report.outcome)
  expect(report.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_LISTED)
  for (const p of report.problems) expect(isProblemCode(p.code)).toBe(true)
  if (report.outcome === 'partial')
    expect(report.setAside.length).toBeLessThanOrEqual(MAX_SET_ASIDE_LISTED)
  expect(() => structuredClone(report)).not.toThrow()
  expect(() => JSON.stringify(report.problems)).not.toThrow()
}

/** Any JSON value, nesting up to twice the limit and with wide objects now and then. */
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value

/** A long chain of lists around `inner`: `[[[…inner…]]]`. */
function nested(depth: number, inner: unknown): unknown {
  let v = inner
  for (let i = 0; i < depth; i++) v = [v]
  return v
}

/** The demo export's text with `field` of opportunity `index` set to `json`, written as text. */
function demoWith(index: number, field: string, json: string): string {
  const e = JSON.parse(demoText) as { opportunities: { id: string }[] }
  const id = e.opportunities[index]?.id as string
  const text = demoText.replace(`"id":"${id}"`, `"id":"${id}","${field}":${json}`)
  expect(text).not.toBe(demoText)
  return text
}

describe('the validator never throws and its report stays bounded', () => {
  it('on any JSON value, given as a value or as text', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        expectBounded(validateExportValue(value))
        expectBounded(validateExportText(JSON.stringify(value) ?? 'null'))
      }),
      { numRuns: 300 },
    )
  })

  it('on the demo export with any value in any field of an opportunity or the frame', () => {
    const fields = ['title', 'scores', 'phases', 'tags', 'extra', 'dependsOn', 'horizon']
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.nat({ max: 63 }),
        anyJson,
        fc.boolean(),
        (field, index, value, inFrame) => {
          const e = JSON.parse(demoText) as Record<string, unknown> & { opportunities: object[] }
          if (inFrame) e[field] = value
          else (e.opportunities[index] as Record<string, unknown>)[field] = value
          expectBounded(validateExportValue(e))
          expectBounded(validateExportText(JSON.stringify(e)))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('on very deep nesting, as text or as a value: not readable, at the level it passes 64', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_DEPTH + 1, max: 5_000 }), (depth) => {
        const e = JSON.parse(demoText) as { opportunities: Record<string, unknown>[] }
        ;(e.opportunities[3] as Record<string, unknown>).extra = nested(depth, 1)
        const text = demoWith(3, 'extra', `${'['.repeat(depth)}1${']'.repeat(depth)}`)
        for (const report of [validateExportValue(e), validateExportText(text)]) {
          expectBounded(report)
          expect(report.outcome).toBe('unreadable')
          expect(report.problems[0]?.code).toBe('unreadable.tooDeep')
          expect(report.problems[0]?.path).toHaveLength(MAX_DEPTH)
        }
      }),
      { numRuns: 20 },
    )
  })
})

describe('the inputs that once knocked the validator over', () => {
  it('a shared list of 150 000 entries: a broken frame, naming the list', () => {
    const ones = Array<number>(150_000).fill(1).join(',')
    const report = validateExportText(demoText.replace('"themes":[', `"themes":[${ones},`))
    expectBounded(report)
    expect(report.outcome).toBe('brokenFrame')
    expect(report.problems[0]).toMatchObject({
      code: 'field.tooManyEntries',
      path: ['themes'],
      params: { max: MAX_ENTRIES },
    })
  })

  it('150 000 unknown root keys: a broken frame, naming the root', () => {
    const e = JSON.parse(demoText) as Record<string, unknown>
    for (let i = 0; i < 150_000; i++) e[`x${i}`] = 1
    const report = validateExportText(JSON.stringify(e))
    expectBounded(report)
    expect(report.problems[0]).toMatchObject({ code: 'field.tooManyEntries', path: [] })
  })

  it('an object nested 5 000 deep in one opportunity: not readable, with where', () => {
    const deep = `${'{"a":'.repeat(5_000)}{}${'}'.repeat(5_000)}`
    const report = validateExportText(demoWith(0, 'extra', deep))
    expectBounded(report)
    expect(report.problems[0]).toMatchObject({ code: 'unreadable.tooDeep' })
    expect(report.problems[0]?.path.slice(0, 3)).toEqual(['opportunities', 0, 'extra'])
  })

  it('two million opportunities that are not objects: the first thousand named, the rest counted', () => {
    const e = JSON.parse(demoText) as { opportunities: unknown[] }
    e.opportunities = Array<number>(2_000_000).fill(1)
    const report = validateExportText(JSON.stringify(e))
    expectBounded(report)
    expect(report.outcome).toBe('partial')
    expect(setAsideCount(report)).toBe(2_000_000)
    expect(problemCounts(report).errors).toBe(2_000_000)
    expect(report.problems).toHaveLength(MAX_PROBLEMS_LISTED)
  })

  it('a repeated key: where it repeats, in the frame or in a record', () => {
    const twice = demoText.replace(
      '"schemaVersion":"1.0"',
      '"schemaVersion":"2.0","schemaVersion":"1.0"',
    )
    expect(twice).not.toBe(demoText)
    const frame = validateExportText(twice)
    expect(frame.outcome).toBe('brokenFrame')
    expect(frame.problems).toEqual([
      expect.objectContaining({ code: 'field.duplicateKey', path: ['schemaVersion'] }),
    ])
    const e = JSON.parse(demoText) as { opportunities: { id: string }[] }
    const id = e.opportunities[2]?.id as string
    const inRecord = demoText.replace(`"id":"${id}"`, `"id":"${id}","status":"planned"`)
    const report = validateExportText(inRecord)
    expect(report.outcome).toBe('partial')
    if (report.outcome !== 'partial') return
    expect(report.setAside.map((r) => r.id)).toEqual([id])
    expect(report.problems[0]).toMatchObject({
      code: 'field.duplicateKey',
      path: ['opportunities', 2, 'status'],
    })
  })
})

describe('scanJsonStructure', () => {
  it('finds nothing in JSON.stringify output, which never repeats a key', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value)
        const s = scanJsonStructure(text)
        expect(s.duplicateKeys).toEqual([])
        expect(s.tooDeep).toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('finds a key written twice, however it is escaped, and only within one object', () => {
    expect(scanJsonStructure('{"a":1,"\\u0061":2}').duplicateKeys).toEqual([['a']])
    expect(scanJsonStructure('{"a":{"b":1},"c":{"b":2}}').duplicateKeys).toEqual([])
    expect(scanJsonStructure('[{"a":1},{"a":1,"a":2}]').duplicateKeys).toEqual([[1, 'a']])
    expect(scanJsonStructure('{"s":"a\\"b","s":1}').duplicateKeys).toEqual([['s']])
  })

  it('finds repeats among many keys too', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}":${i}`)
    const text = `{${keys.join(',')},"k7":0}`
    expect(scanJsonStructure(text).duplicateKeys).toEqual([['k7']])
  })

  it('names every opportunity holding a repeat, beyond those listed', () => {
    const records = Array.from({ length: 300 }, (_, i) => `{"id":"o${i}","id":"p${i}"}`)
    const s = scanJsonStructure(`{"opportunities":[${records.join(',')}]}`)
    expect(s.duplicateKeys.length).toBeLessThan(300)
    expect(s.duplicateKeyRecords).toHaveLength(300)
    expect(s.duplicateKeysInFrame).toBe(0)
  })

  it('ends on text that is not JSON, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', 'a') }),
        (text) => {
          scanJsonStructure(text)
        },
      ),
      { numRuns: 500 },
    )
  })
})
