import type { CountRow } from '../../../domain/dataset/overview-stats.ts'

export interface Segment extends CountRow {
  /** Where the segment starts and how long it is, in counts before it and its own count. */
  start: number
  end: number
}

/** Rows laid end to end in their order, for a stacked bar; zero rows give empty segments. */
export function stackSegments(rows: readonly CountRow[]): { segments: Segment[]; total: number } {
  const segments: Segment[] = []
  let at = 0
  for (const r of rows) {
    segments.push({ ...r, start: at, end: at + r.count })
    at += r.count
  }
  return { segments, total: at }
}
