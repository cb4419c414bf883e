import { describe, expect, it } from 'vitest'
import { THEME_PATTERNS } from '../../../ui/theme-style.ts'
import { hatchPath } from './print-hatch.ts'

describe('hatchPath', () => {
  it('draws nothing over a solid theme or an empty rectangle', () => {
    expect(hatchPath('solid', 0, 0, 100, 10)).toBeNull()
    expect(hatchPath('diagonal', 0, 0, 0, 10)).toBeNull()
  })

  it('covers the whole rectangle with whole tiles on the page grid', () => {
    const h = hatchPath('horizontal', 10, 3, 20, 10)
    // Tiles from x 8 to 24 (three) and y 0 to 8 (two): six strokes.
    expect(h?.d.match(/M/g)).toHaveLength(6)
    expect(h?.d.startsWith('M8,4h8')).toBe(true)
    expect(h?.paint).toBe('stroke')
  })

  it('gives every patterned theme a path, dots as discs to fill', () => {
    for (const p of THEME_PATTERNS.filter((p) => p !== 'solid')) {
      const h = hatchPath(p, 0, 0, 16, 8)
      expect(h?.d).toMatch(/^M[-\d]/)
      expect(h?.paint).toBe(p === 'dots' ? 'fill' : 'stroke')
    }
  })
})
