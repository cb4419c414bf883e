import { isCompareValue } from '../domain/compare/baseline-ref.ts'

/**
 * `?compare=` as every reader takes it: the first value that is not blank, trimmed, when it
 * is a baseline address or a well-formed `history:<sha-256>`; else none. The view-state
 * schema and the pages that read it without the schema (useSharedSearch) share this rule.
 */
export function compareParam(values: readonly string[]): string | null {
  const first = values.map((v) => v.trim()).find((v) => v !== '')
  return first !== undefined && isCompareValue(first) ? first : null
}
