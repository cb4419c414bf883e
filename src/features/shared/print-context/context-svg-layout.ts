import { qrPath } from '../../../ui/qr-path.ts'
import type { PrintContext } from './print-context.ts'

/**
 * The context block of an exported picture, laid out for SVG: the title and lines as text rows
 * (wrapped at words, with widths estimated, as there is no layout engine in a file) and the QR
 * code as one path at the right. The PNG is drawn from the SVG, so it carries the same.
 */
export interface ContextSvgText {
  x: number
  y: number
  text: string
  bold: boolean
}

export interface ContextSvgLayout {
  height: number
  texts: ContextSvgText[]
  qr: { x: number; y: number; scale: number; d: string; modules: number }
}

/** An average character's width against the font size, for sans-serif text. */
const CHAR_EM = 0.55

/** `text` broken at spaces into lines of at most `max` characters; a longer word is cut. */
export function wrapText(text: string, max: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word
    while (w.length > max) {
      if (line) out.push(line)
      out.push(w.slice(0, max))
      w = w.slice(max)
      line = ''
    }
    if (!line) line = w
    else if (line.length + 1 + w.length <= max) line = `${line} ${w}`
    else {
      out.push(line)
      line = w
    }
  }
  if (line) out.push(line)
  return out
}

export function contextSvgLayout(
  context: PrintContext,
  width: number,
  fontSize: number,
): ContextSvgLayout {
  const pad = fontSize
  const lineH = fontSize * 1.4
  const { size: modules, d } = qrPath(context.address)
  // At least three pixels a module, so that the PNG drawn from the picture still scans.
  const qrSide = Math.max(Math.round(fontSize * 6), modules * 3)
  const textWidth = Math.max(fontSize * 10, width - qrSide - pad * 3)
  const max = Math.max(10, Math.floor(textWidth / (fontSize * CHAR_EM)))
  const texts: ContextSvgText[] = []
  let y = pad + fontSize
  const add = (text: string, bold: boolean) => {
    for (const part of wrapText(text, max)) {
      texts.push({ x: pad, y, text: part, bold })
      y += lineH
    }
  }
  add(context.title, true)
  for (const line of context.lines) add(line, false)
  add(context.shortAddress, false)
  const height = Math.ceil(Math.max(y - lineH + pad, qrSide + pad * 2))
  return {
    height,
    texts,
    qr: { x: width - pad - qrSide, y: pad, scale: qrSide / modules, d, modules },
  }
}
