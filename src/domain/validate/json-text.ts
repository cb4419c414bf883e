/**
 * Reading an export's text. JSON.parse does the work; when it fails, a small scanner finds
 * where, because engines word (and place) their errors differently and a data producer needs
 * a line and a column, not "Unexpected token".
 */

import type { JsonPath } from '../format/problems.ts'
import { scanJsonStructure } from './json-structure.ts'
import { MAX_EXPORT_BYTES } from './limits.ts'

export type TextReadResult =
  /** `duplicateKeys`: keys an object holds twice (JSON.parse kept the last), by path. */
  | {
      ok: true
      value: unknown
      duplicateKeys: JsonPath[]
      duplicateKeysOmitted: number
      duplicateKeyRecords: number[]
      duplicateKeysInFrame: number
    }
  | { ok: false; reason: 'tooDeep'; path: JsonPath }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'notUtf8' }
  | { ok: false; reason: 'tooLarge'; bytes: number }
  | { ok: false; reason: 'notJson'; line: number; column: number; found: string }

/** `recordsKey`: the root's list of records (scanJsonStructure). */
export function readJsonText(text: string, recordsKey = 'opportunities'): TextReadResult {
  // Editors on Windows and Excel add a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, reason: 'empty' }
  // Before parsing: JSON.parse takes long over very deep nesting, and repeats keys silently.
  const structure = scanJsonStructure(body, recordsKey)
  if (structure.tooDeep) return { ok: false, reason: 'tooDeep', path: structure.tooDeep }
  try {
    const value: unknown = JSON.parse(body)
    const { tooDeep: _none, ...duplicates } = structure
    return { ok: true, value, ...duplicates }
  } catch {
    const offset = findJsonError(body)
    const { line, column } = lineAndColumn(body, offset)
    return { ok: false, reason: 'notJson', line, column, found: describeAt(body, offset) }
  }
}

export function readJsonBytes(
  bytes: Uint8Array,
  maxBytes = MAX_EXPORT_BYTES,
  recordsKey = 'opportunities',
): TextReadResult {
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'tooLarge', bytes: bytes.byteLength }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, reason: 'notUtf8' }
  }
  return readJsonText(text, recordsKey)
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return ''
  return text.slice(offset, offset + 12).split('\n')[0] ?? ''
}

/**
 * The offset of the first character that makes `text` invalid JSON (text.length when it ends
 * too early). Only called after JSON.parse failed, so it never needs to build values.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function findJsonError(text: string): number {
  let i = 0
  const n = text.length
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 9 || c === 10 || c === 13) i++
      else break
    }
  }
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++) {
      if (text[i] !== word[k]) return false
      i++
    }
    return true
  }
  const string = (): boolean => {
    i++ // opening quote
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 34) {
        i++
        return true
      }
      if (c < 32) return false
      if (c === 92) {
        i++
        const e = text[i]
        if (e === 'u') {
          for (let k = 1; k <= 4; k++)
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return ((i += k), false)
          i += 5
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++
        else return false
      } else i++
    }
    return false
  }
  const number = (): boolean => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    m.lastIndex = i
    const r = m.exec(text)
    if (!r || r[0] === '-' || r[0] === '') return false
    i += r[0].length
    return true
  }
  // A value; containers push their kind and the scanner continues in a loop.
  const stack: ('[' | '{')[] = []
  const value = (): boolean => {
    for (;;) {
      ws()
      const c = text[i]
      if (c === '{' || c === '[') {
        i++
        ws()
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++
          return true
        }
        stack.push(c)
        if (c === '{') {
          if (text[i] !== '"') return false
          if (!string()) return false
          ws()
          if (text[i] !== ':') return false
          i++
        }
        continue // on to the container's first element
      }
      if (c === '"') return string()
      if (c === 't') return literal('true')
      if (c === 'f') return literal('false')
      if (c === 'n') return literal('null')
      if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
      return false
    }
  }
  if (!value()) return i
  for (;;) {
    ws()
    const top = stack[stack.length - 1]
    if (top === undefined) break
    const close = top === '{' ? '}' : ']'
    if (text[i] === close) {
      stack.pop()
      i++
      continue
    }
    if (text[i] !== ',') return i
    i++
    if (top === '{') {
      ws()
      if (text[i] !== '"') return i
      if (!string()) return i
      ws()
      if (text[i] !== ':') return i
      i++
    }
    if (!value()) return i
  }
  ws()
  return i
}
