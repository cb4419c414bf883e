/**
 * Where a comparison's baseline comes from, as the `compare` parameter says it: an address
 * (checked like `data`), or `history:<sha-256>`, an export kept in this browser's history.
 * A history link works only in a browser that has loaded that export.
 */
export type BaselineRef = { kind: 'url'; address: string } | { kind: 'history'; hash: string }

export const HISTORY_PREFIX = 'history:'
const HISTORY_REF = /^history:[0-9a-f]{64}$/

/** Whether a `compare` value is well formed: any address, or a history reference in full. */
export function isCompareValue(s: string): boolean {
  return s !== '' && (!s.startsWith(HISTORY_PREFIX) || HISTORY_REF.test(s))
}

export function baselineRef(compare: string): BaselineRef {
  return HISTORY_REF.test(compare)
    ? { kind: 'history', hash: compare.slice(HISTORY_PREFIX.length) }
    : { kind: 'url', address: compare }
}

/** The `compare` value of an export in this browser's history, by its SHA-256. */
export function historyCompare(hash: string): string {
  return HISTORY_PREFIX + hash
}
