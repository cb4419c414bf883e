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
