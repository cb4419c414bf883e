import { describe, expect, it } from 'vitest'
import { contextSvgLayout, wrapText } from './context-svg-layout.ts'

describe('wrapText', () => {
  it('breaks at spaces and keeps every word', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four'])
  })

  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij x', 4)).toEqual(['abcd', 'efgh', 'ij x'])
  })
})

describe('contextSvgLayout', () => {
  const context = {
    title: 'Lapin älykäs erikoistuminen',
    lines: ['Vienti 14.11.2025', 'Kaikki 64 kasvumahdollisuutta, ei rajauksia'],
    shortAddress: 'example.org/matrix',
    address: 'https://example.org/matrix',
  }

  it('writes the title first, in bold, then each line and the address, top to bottom', () => {
    const layout = contextSvgLayout(context, 1000, 12)
    expect(layout.texts.map((t) => t.text)).toEqual([
      context.title,
      ...context.lines,
      'example.org/matrix',
    ])
    expect(layout.texts.map((t) => t.bold)).toEqual([true, false, false, false])
    const ys = layout.texts.map((t) => t.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(layout.height).toBeGreaterThan(ys[ys.length - 1] as number)
  })

  it('puts the QR code at the right, inside the block, clear of the text', () => {
    const layout = contextSvgLayout(context, 1000, 12)
    const side = layout.qr.scale * layout.qr.modules
    expect(layout.qr.x + side).toBeLessThanOrEqual(1000)
    expect(layout.qr.y + side).toBeLessThanOrEqual(layout.height)
    const longest = Math.max(...layout.texts.map((t) => t.text.length))
    expect(12 + longest * 12 * 0.55).toBeLessThan(layout.qr.x)
  })

  it('wraps long lines on a narrow picture, so the block grows down', () => {
    const wide = contextSvgLayout(context, 1000, 12)
    const narrow = contextSvgLayout(context, 320, 12)
    expect(narrow.texts.length).toBeGreaterThan(wide.texts.length)
  })
})
