import type { MatrixRow } from './model/matrix-model.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import type { MatrixLayout } from './model/matrix-layout.ts'
import { symbolPath } from '../../ui/theme-symbols.ts'

/** Below this radius a dot's shape cannot be told apart: plain circles are drawn. */
const MIN_SYMBOL_RADIUS = 2.5
const OUTLINE = '#1a1a1a'

interface Sprite {
  pixels: Uint32Array
  side: number
}

/** Sprites by kind, size and pixel ratio; a chart has a few dozen at most. */
const sprites = new Map<string, Sprite>()
const buffers = new WeakMap<HTMLCanvasElement, ImageData>()

/**
 * Draws the dots of canvas mode. Each kind of dot (theme symbol, colour, fully or partly
 * scored) is drawn once on a small sprite; the sprites' pixels are then copied into one image
 * buffer and put on the canvas in a single call. Dots sit on separate grid cells, so a plain
 * copy (no blending) is exact, and 10 000 dots cost a few milliseconds even where the canvas
 * has no GPU behind it.
 */
export function drawDots(
  canvas: HTMLCanvasElement,
  layout: MatrixLayout,
  rows: readonly MatrixRow[],
  styles: readonly ThemeStyle[],
  width: number,
  height: number,
): void {
  const dpr = window.devicePixelRatio || 1
  const w = Math.round(width * dpr)
  const h = Math.round(height * dpr)
  if (canvas.width !== w) canvas.width = w
  if (canvas.height !== h) canvas.height = h
  const ctx = canvas.getContext('2d')
  if (!ctx || w === 0 || h === 0) return
  const r = layout.r[0] ?? 2
  const lineWidth = Math.max(0.6, r * 0.3)
  // Room for the largest symbol's reach plus the outline.
  const half = Math.ceil((r * 1.7 + lineWidth) * dpr)
  const side = 2 * half
  const spriteOf = (style: ThemeStyle, partial: boolean): Sprite => {
    const key = `${style.colour}|${style.symbol}|${partial ? 1 : 0}|${r}|${dpr}`
    let sprite = sprites.get(key)
    if (sprite) return sprite
    const c = document.createElement('canvas')
    c.width = side
    c.height = side
    const sc = c.getContext('2d')
    if (sc) {
      sc.setTransform(dpr, 0, 0, dpr, half, half)
      const path = new Path2D(symbolPath(r >= MIN_SYMBOL_RADIUS ? style.symbol : 'circle', r))
      sc.globalAlpha = partial ? 0.3 : 1
      sc.fillStyle = style.colour
      sc.fill(path)
      sc.globalAlpha = 1
      sc.lineWidth = lineWidth
      sc.strokeStyle = OUTLINE
      sc.stroke(path)
    }
    const data = sc
      ? sc.getImageData(0, 0, side, side).data
      : new Uint8ClampedArray(side * side * 4)
    sprite = { pixels: new Uint32Array(data.buffer, data.byteOffset, side * side), side }
    if (sprites.size > 200) sprites.clear()
    sprites.set(key, sprite)
    return sprite
  }
  // One buffer per canvas size, cleared and reused: a fresh one per weight change would cost
  // megabytes of garbage each time.
  let image = buffers.get(canvas)
  if (!image || image.width !== w || image.height !== h) {
    image = ctx.createImageData(w, h)
    buffers.set(canvas, image)
  }
  const out = new Uint32Array(image.data.buffer)
  out.fill(0)
  const { x, y } = layout
  for (let i = 0; i < rows.length; i++) {
    const style = styles[i]
    const row = rows[i]
    if (!style || !row) continue
    const { pixels } = spriteOf(style, row.partial)
    const ox = Math.round((x[i] as number) * dpr) - half
    const oy = Math.round((y[i] as number) * dpr) - half
    for (let sy = 0; sy < side; sy++) {
      const ty = oy + sy
      if (ty < 0 || ty >= h) continue
      const rowStart = ty * w
      const spriteRow = sy * side
      for (let sx = 0; sx < side; sx++) {
        const tx = ox + sx
        if (tx < 0 || tx >= w) continue
        const p = pixels[spriteRow + sx] as number
        // Alpha is the top byte on little-endian machines and the bottom one otherwise;
        // a fully transparent pixel is 0 either way.
        if (p !== 0) out[rowStart + tx] = p
      }
    }
  }
  ctx.putImageData(image, 0, 0)
}
