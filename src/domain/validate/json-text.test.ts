import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonError, lineAndColumn, readJsonBytes, readJsonText } from './json-text.ts'

describe('readJsonText', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(readJsonText('\uFEFF{"a":1}')).toMatchObject({ ok: true, value: { a: 1 } })
  })

  it('calls blank text empty', () => {
    expect(readJsonText('')).toEqual({ ok: false, reason: 'empty' })
    expect(readJsonText('  \n\t ')).toEqual({ ok: false, reason: 'empty' })
  })

  it('gives the line and column of the first error', () => {
    expect(readJsonText('{\n  "a": 1,\n}')).toMatchObject({
      reason: 'notJson',
      line: 3,
      column: 1,
      found: '}',
    })
    expect(readJsonText('{"a": tru}')).toMatchObject({ reason: 'notJson', line: 1, column: 10 })
    expect(readJsonText('[1, 2')).toMatchObject({
      reason: 'notJson',
      line: 1,
      column: 6,
      found: '',
    })
    expect(readJsonText('<!doctype html><html>')).toMatchObject({
      reason: 'notJson',
      line: 1,
      column: 1,
    })
    expect(readJsonText('{"a": 1} x')).toMatchObject({
      reason: 'notJson',
      line: 1,
      column: 10,
      found: 'x',
    })
    expect(readJsonText("{'a': 1}")).toMatchObject({ reason: 'notJson', line: 1, column: 2 })
    expect(readJsonText('{"a": "x\ny"}')).toMatchObject({ reason: 'notJson', line: 1, column: 9 })
  })
})

describe('readJsonBytes', () => {
  it('refuses bytes that are not UTF-8', () => {
    expect(readJsonBytes(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({
      ok: false,
      reason: 'notUtf8',
    })
  })

  it('refuses a file over the limit before decoding it', () => {
    expect(readJsonBytes(new Uint8Array(11), 10)).toEqual({
      ok: false,
      reason: 'tooLarge',
      bytes: 11,
    })
  })

  it('reads UTF-8 with Sámi letters', () => {
    const bytes = new TextEncoder().encode('{"se":"Sámediggi čđŋšŧž"}')
    expect(readJsonBytes(bytes)).toMatchObject({ ok: true, value: { se: 'Sámediggi čđŋšŧž' } })
  })
})

describe('findJsonError', () => {
  it('agrees with JSON.parse: valid text scans to its end', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 1)
        expect(findJsonError(text)).toBe(text.length)
      }),
      { numRuns: 300 },
    )
  })

  it('stops inside the text for every broken variant of valid JSON', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('}', ']', ',', ':', 'x', '"'),
        (v, at, junk) => {
          const text = JSON.stringify(v)
          const pos = at % (text.length + 1)
          const broken = text.slice(0, pos) + junk + text.slice(pos)
          let valid = true
          try {
            JSON.parse(broken)
          } catch {
            valid = false
          }
          if (!valid) expect(findJsonError(broken)).toBeLessThanOrEqual(broken.length)
          else expect(findJsonError(broken)).toBe(broken.length)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })

  it('does not overflow on deep nesting', () => {
    const deep = '['.repeat(100000)
    expect(findJsonError(deep)).toBe(100000)
  })
})
