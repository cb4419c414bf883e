import { describe, expect, it } from 'vitest'
import { THEME_PALETTE, themeStyles } from './theme-style.ts'

const theme = (id: string, color?: string) => ({ id, name: id, ...(color && { color }) })

/** WCAG relative luminance contrast of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const lin = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  const l = 0.2126 * (lin[0] as number) + 0.7152 * (lin[1] as number) + 0.0722 * (lin[2] as number)
  return 1.05 / (l + 0.05)
}

describe('themeStyles', () => {
  it('honours export colours and fills in the palette otherwise', () => {
    const s = themeStyles([theme('a', '#123456'), theme('b')])
    expect(s.get('a')?.colour).toBe('#123456')
    expect(s.get('b')?.colour).toBe(THEME_PALETTE[1])
  })

  it('never gives two themes the same symbol and pattern pair, even past the palette', () => {
    const themes = Array.from({ length: 30 }, (_, i) => theme(`t${i}`))
    const pairs = [...themeStyles(themes).values()].map((s) => `${s.symbol}/${s.pattern}`)
    expect(new Set(pairs).size).toBe(30)
  })

  it('gives the first seven themes seven different symbols', () => {
    const themes = Array.from({ length: 7 }, (_, i) => theme(`t${i}`))
    expect(new Set([...themeStyles(themes).values()].map((s) => s.symbol)).size).toBe(7)
  })

  it('uses palette colours that most have 3:1 contrast on white (non-text contrast)', () => {
    const low = THEME_PALETTE.filter((c) => contrastOnWhite(c) < 3)
    // Sky blue and orange are below 3:1: they are always drawn with a dark outline.
    expect(low).toEqual(['#56B4E9', '#E69F00'])
  })
})
