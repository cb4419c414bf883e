import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  isJsonSpace,
} from '../../domain/validate/json-syntax.ts'

/**
 * Where each element of one array sits in a JSON document's bytes, found without parsing it:
 * the array that is the value of `key` in the top-level object (an export's `opportunities`).
 * With the ranges, another thread can parse the records itself, slice by slice, while the
 * worker validates: the records then need not be copied from the worker one object at a time.
 *
 * Meant for text that is valid JSON (the worker parses the same bytes and the result is used
 * only if it is). Anything the scan cannot be sure to read as `JSON.parse` does gives null,
 * and the caller does without: the key twice, however it is spelled (JSON.parse keeps the
 * last), a value that is not an array, or a document that is not an object.
 */

/** The index of the quote that closes the string whose opening quote is at `open`; -1 if none. */
function stringEnd(bytes: Uint8Array, open: number): number {
  let at = open
  for (;;) {
    at = bytes.indexOf(QUOTE, at + 1)
    if (at < 0) return -1
    // Escaped when preceded by an odd number of backslashes.
    let slashes = 0
    while (bytes[at - 1 - slashes] === BACKSLASH) slashes++
    if (slashes % 2 === 0) return at
  }
}

/** A key written with escapes, read as JSON.parse reads it. */
function keyText(bytes: Uint8Array, open: number, close: number): string {
  return JSON.parse(new TextDecoder().decode(bytes.subarray(open, close + 1))) as string
}

function equalBytes(bytes: Uint8Array, from: number, to: number, expected: Uint8Array): boolean {
  if (to - from !== expected.length) return false
  for (let i = 0; i < expected.length; i++) if (bytes[from + i] !== expected[i]) return false
  return true
}

/**
 * The scan as steps, so a page can run it between frames: `advance` reads about `budget` more
 * bytes and says whether the scan has ended; `ranges` is then its result.
 */
export class TopLevelArrayScan {
  private readonly bytes: Uint8Array
  private readonly key: string
  private readonly wanted: Uint8Array
  private i = 0
  private depth = 0
  /** At depth 1: the next string is a key (after `{` or `,`), not a value. */
  private expectKey = false
  private keyMatched = false
  private found: number[] | null = null
  /** Inside the wanted array: the depth of its elements, and where the current one starts. */
  private arrayDepth = -1
  private elementStart = -1
  private lastByte = -1
  private ended = false
  private failed = false

  constructor(bytes: Uint8Array, key: string) {
    this.bytes = bytes
    this.key = key
    this.wanted = new TextEncoder().encode(key)
    let i = 0
    // A byte-order mark is not part of the JSON (readJsonText drops it too).
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3
    while (i < bytes.length && isJsonSpace(bytes[i] as number)) i++
    if (bytes[i] !== OPEN_OBJECT) this.fail()
    this.i = i
  }

  private fail(): boolean {
    this.failed = true
    this.ended = true
    return true
  }

  /** The element ranges as [start0, end0, start1, end1, …], end exclusive; null (see above). */
  ranges(): Float64Array | null {
    if (!this.ended) throw new Error('The scan has not ended.')
    return this.failed || this.found === null ? null : Float64Array.from(this.found)
  }

  /** Reads on for about `budget` bytes; true once the scan has ended. */
  advance(budget = Infinity): boolean {
    if (this.ended) return true
    const { bytes, wanted, key } = this
    let { i, depth, expectKey, keyMatched, arrayDepth, elementStart, lastByte } = this
    const found = () => (this.found ??= [])
    const stop = Math.min(bytes.length, i + budget)
    for (; i < stop; i++) {
      const b = bytes[i] as number
      if (isJsonSpace(b)) continue
      if (b === QUOTE) {
        const end = stringEnd(bytes, i)
        if (end < 0) return this.fail()
        if (depth === 1 && expectKey) {
          keyMatched = bytes.subarray(i + 1, end).includes(BACKSLASH)
            ? keyText(bytes, i, end) === key
            : equalBytes(bytes, i + 1, end, wanted)
          if (keyMatched && this.found !== null) return this.fail()
          expectKey = false
        } else if (depth === arrayDepth && elementStart < 0) elementStart = i
        i = end
        lastByte = end
        continue
      }
      if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        if (depth === arrayDepth && elementStart < 0) elementStart = i
        depth++
        if (depth === 1) expectKey = true
        else if (depth === 2 && keyMatched) {
          if (b !== OPEN_ARRAY) return this.fail()
          found()
          arrayDepth = 2
          keyMatched = false
        }
        lastByte = i
        continue
      }
      if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        if (depth === arrayDepth && b === CLOSE_ARRAY) {
          if (elementStart >= 0) found().push(elementStart, lastByte + 1)
          elementStart = -1
          arrayDepth = -1
        }
        depth--
        lastByte = i
        if (depth === 0) {
          this.ended = true
          return true
        }
        continue
      }
      if (b === COMMA) {
        if (depth === 1) expectKey = true
        else if (depth === arrayDepth) {
          found().push(elementStart, lastByte + 1)
          elementStart = -1
        }
        lastByte = i
        continue
      }
      if (b === COLON) {
        lastByte = i
        continue
      }
      // A number, true, false or null: as the wanted key's value, not an array.
      if (depth === 1 && keyMatched) return this.fail()
      if (depth === arrayDepth && elementStart < 0) elementStart = i
      lastByte = i
    }
    Object.assign(this, { i, depth, expectKey, keyMatched, arrayDepth, elementStart, lastByte })
    // Out of bytes before the top-level object closed: not a whole document.
    if (i >= bytes.length) return this.fail()
    return false
  }
}

/** The whole scan at once: the ranges, or null (see above). */
export function scanTopLevelArray(bytes: Uint8Array, key: string): Float64Array | null {
  const scan = new TopLevelArrayScan(bytes, key)
  scan.advance()
  return scan.ranges()
}
