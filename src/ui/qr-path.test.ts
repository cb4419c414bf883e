import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { qrPath } from './qr-path.ts'

/** Paints the path's rectangles into RGBA pixels, as a phone's camera would see the code. */
function rasterise(d: string, size: number, scale = 4) {
  const side = size * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    const [x0, y0, w] = [Number(m[1]), Number(m[2]), Number(m[3])]
    for (let y = y0 * scale; y < (y0 + 1) * scale; y++)
      for (let x = x0 * scale; x < (x0 + w) * scale; x++) {
        const i = (y * side + x) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
  }
  return { pixels, side }
}

describe('qrPath', () => {
  it.each([
    'https://example.org/kasvukartta/matrix?w=i:2,f:1&theme=wellbeing&lang=sv',
    'http://localhost:4173/opportunities/kk-025?lang=fi',
    'https://kasvukartta.example/present?slide=4&agenda=kk-001,kk-002,kk-003,kk-004,kk-005',
  ])('draws a code that decodes back to %s', (text) => {
    const { d, size } = qrPath(text)
    const { pixels, side } = rasterise(d, size)
    expect(jsQR(pixels, side, side)?.data).toBe(text)
  })

  it('keeps a quiet zone around the code', () => {
    const { d, size } = qrPath('https://example.org/')
    for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])]
      expect(x).toBeGreaterThanOrEqual(2)
      expect(y).toBeGreaterThanOrEqual(2)
      expect(x + w).toBeLessThanOrEqual(size - 2)
    }
  })

  it('makes a code once and gives the same one again, even after many others', () => {
    const text = 'https://example.org/opportunities/kk-007'
    const first = qrPath(text)
    expect(qrPath(text)).toBe(first)
    for (let i = 0; i < 100; i++) qrPath(`https://example.org/opportunities/kk-${i}`)
    const again = qrPath(text)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})
