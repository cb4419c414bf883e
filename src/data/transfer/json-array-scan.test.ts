import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TopLevelArrayScan, scanTopLevelArray } from './json-array-scan.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

/** The elements the ranges point at, each parsed on its own. */
function elementsAt(bytes: Uint8Array, ranges: Float64Array): unknown[] {
  const out: unknown[] = []
  for (let k = 0; k < ranges.length; k += 2)
    out.push(JSON.parse(decode(bytes.subarray(ranges[k], ranges[k + 1]))))
  return out
}

function scanned(text: string, key = 'opportunities'): unknown[] | null {
  const bytes = encode(text)
  const ranges = scanTopLevelArray(bytes, key)
  return ranges && elementsAt(bytes, ranges)
}

describe('scanTopLevelArray', () => {
  it('finds each element of the top-level array, as JSON.parse reads them', () => {
    const text = JSON.stringify(
      {
        schemaVersion: '1.0',
        themes: [{ id: 'opportunities', name: { fi: '[ ] { } , "' } }],
        nested: { opportunities: [1, 2] },
        opportunities: [
          { id: 'a', title: { fi: 'Lainaus \\" ja ] sekä }' }, tags: ['x', 'y'] },
          { id: 'b', deep: [[[{}]]], slash: 'loppu\\\\', sámi: 'ŋ đ ʹ 🦌' },
          'merkkijono',
          12.5e-3,
          null,
          [],
        ],
        after: { x: ['opportunities'] },
      },
      null,
      2,
    )
    expect(scanned(text)).toEqual(JSON.parse(text).opportunities)
  })

  it('reads any spacing, a byte-order mark, and an empty array', () => {
    expect(scanned('\ufeff \n{ "opportunities" :\t[ {"id":"a"} ,\r\n{"id":"b"}\n] }')).toEqual([
      { id: 'a' },
      { id: 'b' },
    ])
    expect(scanned('{"opportunities":[]}')).toEqual([])
    expect(scanned('{"opportunities":[7]}')).toEqual([7])
  })

  it('gives up where it could read otherwise than JSON.parse', () => {
    expect(scanned('[{"opportunities":[]}]')).toBeNull()
    expect(scanned('{"other":[]}')).toBeNull()
    // JSON.parse keeps the last of a repeated key.
    expect(scanned('{"opportunities":[1],"opportunities":[2]}')).toBeNull()
    // An escape can spell the key too.
    expect(scanned('{"opportunities":[1],"\\u006fpportunities":[2]}')).toBeNull()
    expect(scanned('{"\\u006fpportunities":[2],"\\"":[3]}')).toEqual([2])
    expect(scanned('{"opportunities":{"a":1}}')).toBeNull()
    expect(scanned('{"opportunities":"[1]"}')).toBeNull()
    expect(scanned('{"opportunities":null}')).toBeNull()
    expect(scanned('{"opportunities":[1, "open')).toBeNull()
  })

  it('agrees with JSON.parse on any document', () => {
    const value = fc.jsonValue({ maxDepth: 4 })
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), value, { maxKeys: 4 }),
        fc.array(value, { maxLength: 8 }),
        fc.boolean(),
        (others, opportunities, pretty) => {
          const doc = { ...others, opportunities }
          const text = JSON.stringify(doc, null, pretty ? 2 : undefined)
          // JSON.stringify and JSON.parse agree on -0 and on the rest, so compare re-read values.
          expect(scanned(text)).toEqual(JSON.parse(text).opportunities)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives the same ranges when run in steps of any size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 10 }),
        (opportunities, budget) => {
          const bytes = encode(JSON.stringify({ a: 'x', opportunities, b: [1] }))
          const scan = new TopLevelArrayScan(bytes, 'opportunities')
          let steps = 0
          while (!scan.advance(budget)) steps++
          expect(scan.ranges()).toEqual(scanTopLevelArray(bytes, 'opportunities'))
          // The document is longer than 10 bytes: it took more than one step.
          expect(steps).toBeGreaterThan(0)
        },
      ),
      { numRuns: 200 },
    )
  })
})
