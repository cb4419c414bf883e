import { describe, expect, it } from 'vitest'
import { clampSlide, parseSlideNumber, slideDeck } from './slides.ts'

describe('the slides', () => {
  it('are the title, the matrix, one per agenda item, the roadmap and the decisions', () => {
    expect(slideDeck([7, 2]).map((s) => s.kind)).toEqual([
      'title',
      'matrix',
      'opportunity',
      'opportunity',
      'roadmap',
      'summary',
    ])
    expect(slideDeck([7, 2])[3]).toEqual({ kind: 'opportunity', position: 2, item: 1 })
    expect(slideDeck([7, 2])[4]).toEqual({ kind: 'roadmap', from: 0, to: 2 })
  })

  it('continue a long agenda’s roadmap and decisions on further slides', () => {
    const agenda = Array.from({ length: 20 }, (_, i) => i)
    const deck = slideDeck(agenda)
    expect(deck.filter((s) => s.kind === 'roadmap')).toEqual([
      { kind: 'roadmap', from: 0, to: 8 },
      { kind: 'roadmap', from: 8, to: 16 },
      { kind: 'roadmap', from: 16, to: 20 },
    ])
    expect(deck.filter((s) => s.kind === 'summary')).toEqual([
      { kind: 'summary', from: 0, to: 12 },
      { kind: 'summary', from: 12, to: 20 },
    ])
    expect(deck).toHaveLength(2 + 20 + 3 + 2)
  })

  it('keeps a slide number from a link within the deck', () => {
    expect(clampSlide(40, 15)).toBe(15)
    expect(clampSlide(0, 15)).toBe(1)
    expect(clampSlide(4, 15)).toBe(4)
  })

  it('reads a typed slide number only when it names a slide', () => {
    expect(parseSlideNumber(' 4 ', 15)).toBe(4)
    expect(parseSlideNumber('16', 15)).toBeNull()
    expect(parseSlideNumber('0', 15)).toBeNull()
    expect(parseSlideNumber('4a', 15)).toBeNull()
    expect(parseSlideNumber('', 15)).toBeNull()
  })
})
