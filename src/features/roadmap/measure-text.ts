import { averageCharMeasure, type MeasureText } from './model/geometry.ts'

const caches = new Map<string, Map<string, number>>()
let context: CanvasRenderingContext2D | null | undefined

/**
 * Text widths measured with a canvas in the page's font, cached per font and text (only the
 * bars on screen are measured). Where there is no canvas, an average character width is used.
 */
export function canvasMeasure(fontPx: number, weight: number): MeasureText {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d')
    } catch {
      context = null
    }
  }
  const ctx = context
  if (!ctx) return averageCharMeasure(fontPx * 0.6)
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif'
  const font = `${weight} ${fontPx}px ${family}`
  let cache = caches.get(font)
  if (!cache) {
    cache = new Map()
    caches.set(font, cache)
  }
  const c = cache
  return (text) => {
    let w = c.get(text)
    if (w === undefined) {
      if (c.size > 50_000) c.clear()
      ctx.font = font
      w = ctx.measureText(text).width
      c.set(text, w)
    }
    return w
  }
}
