import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  joinSearchTexts,
  SEARCH_BLOCK,
  SearchCursor,
  searchTextAt,
  searchTextCount,
} from './search-texts.ts'
import { matchesSearch, searchTerms } from './text-compare.ts'

describe('joinSearchTexts', () => {
  it('gives back each text, across block boundaries', () => {
    const texts = Array.from({ length: SEARCH_BLOCK * 2 + 3 }, (_, i) => `op-${i}\ntitle ${i}`)
    const joined = joinSearchTexts(texts)
    expect(joined.blocks).toHaveLength(3)
    expect(searchTextCount(joined)).toBe(texts.length)
    for (const i of [0, 1, SEARCH_BLOCK - 1, SEARCH_BLOCK, SEARCH_BLOCK * 2 + 2])
      expect(searchTextAt(joined, i)).toBe(texts[i])
  })

  it('keeps empty texts as empty', () => {
    const joined = joinSearchTexts(['', 'a', ''])
    expect([0, 1, 2].map((i) => searchTextAt(joined, i))).toEqual(['', 'a', ''])
  })
})

describe('SearchCursor', () => {
  const words = ['sa', 'saame', 'ä', 'op-1', 'kemi', '1', 'x']
  const text = fc
    .array(fc.constantFrom('saame', 'kemi', 'op-1', 'ä', 'x1', ' ', '\n', 'sa'), { maxLength: 6 })
    .map((parts) => parts.join(''))

  it('matches exactly the texts that hold every term, never across two texts', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.subarray(words, { maxLength: 3 }),
        fc.integer({ min: 1, max: 7 }),
        (texts, chosen, stride) => {
          const terms = searchTerms(chosen.join(' '), 'fi')
          const joined = joinSearchTexts(texts)
          const cursor = new SearchCursor(joined, terms)
          // Ascending, with gaps, as a narrowed search asks.
          for (let i = 0; i < texts.length; i += stride)
            expect(cursor.matches(i)).toBe(matchesSearch(texts[i] as string, terms))
        },
      ),
    )
  })

  it('answers rightly when asked out of order', () => {
    const joined = joinSearchTexts(['kemi', 'x', 'kemi', 'x'])
    const cursor = new SearchCursor(joined, searchTerms('kemi', 'fi'))
    expect([3, 2, 1, 0].map((i) => cursor.matches(i))).toEqual([false, true, false, true])
  })

  it('finds a term in the last text of a block and the first of the next', () => {
    const texts = Array.from({ length: SEARCH_BLOCK + 1 }, (_, i) =>
      i === SEARCH_BLOCK - 1 || i === SEARCH_BLOCK ? 'rutta' : 'muu',
    )
    const cursor = new SearchCursor(joinSearchTexts(texts), searchTerms('rutta', 'fi'))
    const found = texts.flatMap((_, i) => (cursor.matches(i) ? [i] : []))
    expect(found).toEqual([SEARCH_BLOCK - 1, SEARCH_BLOCK])
  })
})
