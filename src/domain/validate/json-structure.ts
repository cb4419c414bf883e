import type { JsonPath } from '../format/problems.ts'
import { MAX_DEPTH, MAX_DUPLICATE_KEYS_LISTED } from './limits.ts'
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
} from './json-syntax.ts'

/**
 * What JSON.parse cannot tell about a text: how deep it nests, and which keys an object holds
 * twice (JSON.parse keeps the last silently, so `"schemaVersion":"2.0","schemaVersion":"1.0"`
 * would load as 1.0). One pass over the characters, before the text is parsed: nesting deeper
 * than MAX_DEPTH is found without building a value (JSON.parse takes long over very deep
 * input, and nothing downstream could copy or print such a value).
 *
 * Meant to run before JSON.parse on text that may not be JSON at all: it never throws and
 * always ends, and what it says of a text that is not JSON does not matter (the parse then
 * reports that).
 */
export interface JsonStructure {
  /** Where nesting first goes deeper than MAX_DEPTH, or null. */
  tooDeep: JsonPath | null
  /** Keys that repeat within their object, each the path to the repeat (the first listed). */
  duplicateKeys: JsonPath[]
  /** Repeated keys beyond those listed. */
  duplicateKeysOmitted: number
  /** Every element of the root's records list holding a repeated key, listed or not. */
  duplicateKeyRecords: number[]
  /** Repeated keys outside the records, listed or not. */
  duplicateKeysInFrame: number
}

/** Beyond this many keys an object's keys are kept in a Set rather than compared one by one. */
const FEW_KEYS = 16

/** One open object or array, reused for every container at its depth. */
interface Level {
  isObject: boolean
  /** Arrays: the index of the current element. */
  index: number
  /** Objects: where the current key's text is (quotes excluded), and whether it has escapes. */
  keyStart: number
  keyEnd: number
  /** Objects: the keys so far, as [start, end) ranges (few keys) or as a Set (many). */
  starts: number[]
  ends: number[]
  many: Set<string> | null
}

function newLevel(): Level {
  return {
    isObject: false,
    index: 0,
    keyStart: 0,
    keyEnd: 0,
    starts: [],
    ends: [],
    many: null,
  }
}

/** The quote that closes the string opened at `open`; the text's length if none does. */
function stringEnd(text: string, open: number): number {
  let at = open
  for (;;) {
    at = text.indexOf('"', at + 1)
    if (at < 0) return text.length
    let slashes = 0
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return at
  }
}

/** A key's text as JSON.parse reads it (escapes resolved). */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start, end)
  if (!raw.includes('\\')) return raw
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return raw
  }
}

function sameRange(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false
  for (let i = 0; i < aEnd - a; i++)
    if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false
  return true
}

/** Whether the key at [start, end) is already among the level's keys; records it if not. */
function repeats(text: string, level: Level, start: number, end: number): boolean {
  let escaped = false
  for (let i = start; i < end && !escaped; i++) escaped = text.charCodeAt(i) === BACKSLASH
  if (level.many === null && !escaped && level.starts.length < FEW_KEYS) {
    for (let k = 0; k < level.starts.length; k++)
      if (sameRange(text, level.starts[k] as number, level.ends[k] as number, start, end))
        return true
    level.starts.push(start)
    level.ends.push(end)
    return false
  }
  if (level.many === null) {
    level.many = new Set()
    for (let k = 0; k < level.starts.length; k++)
      level.many.add(keyText(text, level.starts[k] as number, level.ends[k] as number))
  }
  const key = keyText(text, start, end)
  if (level.many.has(key)) return true
  level.many.add(key)
  return false
}

/**
 * `recordsKey`: the root's list whose elements are records, checked (and set aside) one by
 * one: an export's `opportunities`, a decision record's `decisions`.
 */
export function scanJsonStructure(text: string, recordsKey = 'opportunities'): JsonStructure {
  const levels: Level[] = []
  let depth = 0
  const duplicateKeys: JsonPath[] = []
  let duplicateKeysOmitted = 0
  const duplicateKeyRecords: number[] = []
  let duplicateKeysInFrame = 0
  const result = (tooDeep: JsonPath | null): JsonStructure => ({
    tooDeep,
    duplicateKeys,
    duplicateKeysOmitted,
    duplicateKeyRecords,
    duplicateKeysInFrame,
  })
  /** The index of the record the scan is in, or -1. */
  const recordIndex = (): number => {
    const root = levels[0]
    const list = levels[1]
    if (depth < 3 || !root?.isObject || !list || list.isObject) return -1
    return keyText(text, root.keyStart, root.keyEnd) === recordsKey ? list.index : -1
  }
  /** In an object, whether the next string is a key (after `{` or `,`). */
  let expectKey = false

  const pathTo = (upTo: number): (string | number)[] => {
    const path: (string | number)[] = []
    for (let d = 0; d < upTo; d++) {
      const level = levels[d] as Level
      path.push(level.isObject ? keyText(text, level.keyStart, level.keyEnd) : level.index)
    }
    return path
  }

  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const end = stringEnd(text, i)
      const level = depth > 0 ? (levels[depth - 1] as Level) : null
      if (level?.isObject && expectKey) {
        level.keyStart = i + 1
        level.keyEnd = end
        if (repeats(text, level, i + 1, end)) {
          if (duplicateKeys.length < MAX_DUPLICATE_KEYS_LISTED) duplicateKeys.push(pathTo(depth))
          else duplicateKeysOmitted++
          const record = recordIndex()
          if (record < 0) duplicateKeysInFrame++
          else if (duplicateKeyRecords.at(-1) !== record) duplicateKeyRecords.push(record)
        }
        expectKey = false
      }
      i = end
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth >= MAX_DEPTH) return result(pathTo(depth))
      const level = (levels[depth] ??= newLevel())
      level.isObject = c === OPEN_OBJECT
      level.index = 0
      level.starts.length = 0
      level.ends.length = 0
      level.many = null
      depth++
      expectKey = level.isObject
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth > 0) depth--
      expectKey = false
    } else if (c === COMMA) {
      const level = depth > 0 ? (levels[depth - 1] as Level) : null
      if (level?.isObject) expectKey = true
      else if (level) level.index++
    } else if (c === COLON) {
      expectKey = false
    }
  }
  return result(null)
}
