import { encode } from 'uqr'

export interface QrPath {
  /** Modules per side, quiet zone included. */
  size: number
  /** One SVG path of unit squares, one per dark module, in module coordinates. */
  d: string
}

/**
 * The QR code of a text as one SVG path, so that it prints as vector and draws as a React
 * element (no markup string). Medium error correction survives a creased or smudged handout.
 */
export function qrPath(text: string): QrPath {
  const known = cache.get(text)
  if (known) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(text)
    cache.set(text, known)
    return known
  }
  const made = encodePath(text)
  cache.set(text, made)
  if (cache.size > CACHED) cache.delete(cache.keys().next().value as string)
  return made
}

/**
 * Codes already made, by text: encoding one takes a frame's worth of time (the eight masks are
 * each tried), and a presentation shows the same few again as it goes back and forth.
 */
const cache = new Map<string, QrPath>()
const CACHED = 64

function encodePath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 2 })
  const parts: string[] = []
  for (let y = 0; y < size; y++) {
    const row = data[y] ?? []
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x++
        continue
      }
      // Runs of dark modules become one rectangle, which keeps the path short.
      const start = x
      while (x < size && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`)
    }
  }
  return { size, d: parts.join('') }
}
