import type { ThemePattern } from '../../../ui/theme-style.ts'

/**
 * A theme's pattern as plain vector strokes over one rectangle, for print. Chromium turns an
 * SVG <pattern> into a bitmap per filled shape when it makes a PDF (hundreds of images, many
 * megabytes for the roadmap); the same strokes drawn as one path, clipped to the bar, stay
 * vector. Tiles of 8 × 8 on the page's grid, as the screen's patterns, so the look is the same.
 */
export interface Hatch {
  d: string
  /** Strokes are drawn white; dots are white discs. */
  paint: 'stroke' | 'fill'
}

const TILE = 8

/** One tile's strokes, relative to its corner (the screen's pattern definitions). */
function tileStrokes(pattern: ThemePattern, x: number, y: number): string {
  switch (pattern) {
    case 'diagonal':
      return `M${x - 2},${y + 2}l4,-4M${x},${y + 8}l8,-8M${x + 6},${y + 10}l4,-4`
    case 'crosshatch':
      return (
        `M${x - 2},${y + 2}l4,-4M${x},${y + 8}l8,-8M${x + 6},${y + 10}l4,-4` +
        `M${x - 2},${y + 6}l4,4M${x},${y}l8,8M${x + 6},${y - 2}l4,4`
      )
    case 'horizontal':
      return `M${x},${y + 4}h8`
    case 'vertical':
      return `M${x + 4},${y}v8`
    case 'zigzag':
      return `M${x},${y + 6}L${x + 2},${y + 2}L${x + 4},${y + 6}L${x + 6},${y + 2}L${x + 8},${y + 6}`
    case 'dots':
      return `M${x + 2.4},${y + 4}a1.6,1.6 0 1,0 3.2,0a1.6,1.6 0 1,0 -3.2,0`
    case 'solid':
      return ''
  }
}

/** The pattern's strokes over the tiles that cover the rectangle; null for a solid theme. */
export function hatchPath(
  pattern: ThemePattern,
  x: number,
  y: number,
  w: number,
  h: number,
): Hatch | null {
  if (pattern === 'solid' || w <= 0 || h <= 0) return null
  const parts: string[] = []
  const x0 = Math.floor(x / TILE) * TILE
  const y0 = Math.floor(y / TILE) * TILE
  for (let ty = y0; ty < y + h; ty += TILE)
    for (let tx = x0; tx < x + w; tx += TILE) parts.push(tileStrokes(pattern, tx, ty))
  return { d: parts.join(''), paint: pattern === 'dots' ? 'fill' : 'stroke' }
}
