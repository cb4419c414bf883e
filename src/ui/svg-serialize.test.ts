// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { xmlSafe } from './svg-serialize.ts'

const parses = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'image/svg+xml')
  return doc.getElementsByTagName('parsererror').length === 0
}

describe('xmlSafe', () => {
  it('replaces what XML 1.0 forbids, so any text an export may hold parses as XML', () => {
    const text = `a\u0001b\u0008c\u000bd\u001fe\ud800f\udc00g\uffff`
    const safe = xmlSafe(text)
    expect(safe).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffd')
    expect(parses(`<svg xmlns="http://www.w3.org/2000/svg"><text>${safe}</text></svg>`)).toBe(true)
    expect(parses(`<svg xmlns="http://www.w3.org/2000/svg"><text>${text}</text></svg>`)).toBe(false)
  })

  it('keeps tabs, line breaks, no-break spaces, Sámi letters and pairs of surrogates', () => {
    const text = 'rivi\n\tsarake\r 1\u00a0234 € Ruŧŧa čđŋšž 😀'
    expect(xmlSafe(text)).toBe(text)
  })
})
