/** Rows a roadmap slide holds at projector size; a longer agenda continues on the next. */
export const ROADMAP_ROWS = 8
/** Rows a decisions slide holds; a longer agenda continues on the next. */
export const SUMMARY_ROWS = 12

/**
 * One slide of the presentation. Opportunity slides carry the agenda item they show; the
 * roadmap and decisions slides the part of the agenda they list (`from` inclusive, `to` not).
 */
export type Slide =
  | { kind: 'title' }
  | { kind: 'matrix' }
  | { kind: 'opportunity'; position: number; item: number }
  | { kind: 'roadmap'; from: number; to: number }
  | { kind: 'summary'; from: number; to: number }

export type SlideKind = Slide['kind']

function pages<K extends 'roadmap' | 'summary'>(kind: K, count: number, rows: number) {
  const out: { kind: K; from: number; to: number }[] = []
  for (let from = 0; from < Math.max(count, 1); from += rows)
    out.push({ kind, from, to: Math.min(count, from + rows) })
  return out
}

/**
 * The slides, in the order shown: title, matrix, one per agenda item, the roadmap and the
 * decisions (each on as many slides as the agenda needs).
 */
export function slideDeck(agenda: readonly number[]): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'matrix' },
    ...agenda.map((position, item): Slide => ({ kind: 'opportunity', position, item })),
    ...pages('roadmap', agenda.length, ROADMAP_ROWS),
    ...pages('summary', agenda.length, SUMMARY_ROWS),
  ]
}

/** A slide number from the address, kept within 1..count. */
export function clampSlide(n: number, count: number): number {
  return Math.min(Math.max(1, Math.trunc(n)), Math.max(1, count))
}

/** The number typed in the "go to slide" field, if it names a slide. */
export function parseSlideNumber(text: string, count: number): number | null {
  const t = text.trim()
  if (!/^\d{1,5}$/.test(t)) return null
  const n = Number(t)
  return n >= 1 && n <= count ? n : null
}
