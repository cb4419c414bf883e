/** One slide of the presentation; opportunity slides carry the agenda item they show. */
export type Slide =
  | { kind: 'title' }
  | { kind: 'matrix' }
  | { kind: 'opportunity'; position: number; item: number }
  | { kind: 'roadmap' }
  | { kind: 'summary' }

export type SlideKind = Slide['kind']

/** The slides, in the order shown: title, matrix, one per agenda item, roadmap, decisions. */
export function slideDeck(agenda: readonly number[]): Slide[] {
  return [
    { kind: 'title' },
    { kind: 'matrix' },
    ...agenda.map((position, item): Slide => ({ kind: 'opportunity', position, item })),
    { kind: 'roadmap' },
    { kind: 'summary' },
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
