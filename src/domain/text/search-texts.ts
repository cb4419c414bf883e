import type { SearchTerms } from './text-compare.ts'

/**
 * The search texts of a list of opportunities (normalised: text-compare.ts), in blocks of
 * consecutive opportunities joined by line breaks. A string per opportunity costs a string
 * header each on the page's heap and one string per opportunity for the worker to copy to
 * the page; a block is one string to copy. Blocks of a thousand
 * keep a text with a character beyond Latin-1 (which makes V8 store its whole string at two
 * bytes a character) from doubling more than its own block.
 *
 * A search term never holds a line break (terms are split at white space), so it can match
 * within one opportunity's text only, never across two.
 */
export interface SearchTexts {
  readonly blocks: readonly string[]
  /** Where opportunity i's text starts in its block, `blocks[Math.floor(i / SEARCH_BLOCK)]`. */
  readonly starts: Int32Array
}

/** Opportunities per block. */
export const SEARCH_BLOCK = 1_000

const SEPARATOR = '\n'

/** The texts, one per opportunity in order, in blocks. */
export function joinSearchTexts(texts: readonly string[]): SearchTexts {
  const blocks: string[] = []
  const starts = new Int32Array(texts.length)
  for (let from = 0; from < texts.length; from += SEARCH_BLOCK) {
    const block = texts.slice(from, from + SEARCH_BLOCK)
    let start = 0
    for (let k = 0; k < block.length; k++) {
      starts[from + k] = start
      start += (block[k] as string).length + SEPARATOR.length
    }
    blocks.push(block.join(SEPARATOR))
  }
  return { blocks, starts }
}

/** How many opportunities' texts there are. */
export function searchTextCount(texts: SearchTexts): number {
  return texts.starts.length
}

/** Where opportunity i's text ends in its block. */
function endOf(texts: SearchTexts, block: string, i: number): number {
  const next = i + 1
  return next % SEARCH_BLOCK === 0 || next === texts.starts.length
    ? block.length
    : (texts.starts[next] as number) - SEPARATOR.length
}

/** Opportunity i's text. */
export function searchTextAt(texts: SearchTexts, i: number): string {
  const block = texts.blocks[Math.floor(i / SEARCH_BLOCK)] ?? ''
  return block.slice(texts.starts[i], endOf(texts, block, i))
}

/**
 * Which opportunities' texts hold every term, asked in ascending order (filters walk the list
 * that way). For each term it keeps the next place the term occurs in the current block, so
 * a whole search reads each block about once per term, and allocates nothing per opportunity.
 */
export class SearchCursor {
  private readonly texts: SearchTexts
  private readonly terms: SearchTerms
  /** Per term: the first place it occurs at or after the start of the last text asked… */
  private readonly hit: Int32Array
  /** …in this block (-1: none worked out yet). */
  private readonly hitBlock: Int32Array
  private last = -1

  constructor(texts: SearchTexts, terms: SearchTerms) {
    this.texts = texts
    this.terms = terms
    this.hit = new Int32Array(terms.length)
    this.hitBlock = new Int32Array(terms.length).fill(-1)
  }

  /** Whether opportunity i's text holds every term (every text does when there are none). */
  matches(i: number): boolean {
    const { texts, terms, hit, hitBlock } = this
    // Asked out of order, what was found before may skip an earlier place: start afresh.
    if (i < this.last) hitBlock.fill(-1)
    this.last = i
    const b = Math.floor(i / SEARCH_BLOCK)
    const block = texts.blocks[b]
    if (block === undefined) return terms.length === 0
    const start = texts.starts[i] as number
    const end = endOf(texts, block, i)
    for (let k = 0; k < terms.length; k++) {
      let at = hit[k] as number
      if (hitBlock[k] !== b || at < start) {
        at = block.indexOf(terms[k] as string, start)
        // Not again in this block: past every text in it.
        if (at < 0) at = block.length
        hit[k] = at
        hitBlock[k] = b
      }
      if (at >= end) return false
    }
    return true
  }
}
