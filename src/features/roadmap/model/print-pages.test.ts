import { describe, expect, it } from 'vitest'
import { paginateLanes, type PrintPage, type PrintPageSpec } from './print-pages.ts'

const spec: PrintPageSpec = {
  pageHeight: 100,
  firstTop: 20,
  firstBelowAxis: 10,
  axisH: 10,
  footerH: 10,
  laneHead: 10,
  rowH: 10,
}

/** Every row of every lane, as [lane, row], in the order the pages print them. */
function printedRows(pages: PrintPage[]): [number, number][] {
  return pages.flatMap((p) =>
    p.parts.flatMap((part) =>
      Array.from({ length: part.end - part.first }, (_, i): [number, number] => [
        part.lane,
        part.first + i,
      ]),
    ),
  )
}

describe('paginateLanes', () => {
  it('puts lanes one after another on a page while they fit', () => {
    const pages = paginateLanes([1, 2], spec)
    expect(pages).toHaveLength(1)
    // Below the first page's top (20), axis (10) and events (10).
    expect(pages[0]?.parts).toEqual([
      { lane: 0, first: 0, end: 1, continued: false, y: 40 },
      { lane: 1, first: 0, end: 2, continued: false, y: 60 },
    ])
  })

  it('breaks a lane between rows and repeats its heading, marked as continued', () => {
    // First page: lanes from 40 to 90 (the footer), a heading and four rows.
    const pages = paginateLanes([7], spec)
    expect(pages.map((p) => p.parts)).toEqual([
      [{ lane: 0, first: 0, end: 4, continued: false, y: 40 }],
      [{ lane: 0, first: 4, end: 7, continued: true, y: 10 }],
    ])
    expect(pages.map((p) => p.axisY)).toEqual([20, 0])
  })

  it('never leaves a heading alone at the foot of a page', () => {
    // After lane 0 (heading and three rows: 40 to 80), only a heading would fit.
    const pages = paginateLanes([3, 2], spec)
    expect(pages[0]?.parts.map((p) => p.lane)).toEqual([0])
    expect(pages[1]?.parts).toEqual([{ lane: 1, first: 0, end: 2, continued: false, y: 10 }])
  })

  it('prints every row once, in order, and keeps every part inside its page', () => {
    const rows = [5, 0, 12, 3, 9, 1]
    const pages = paginateLanes(rows, spec)
    const expected = rows.flatMap((n, lane) =>
      Array.from({ length: n }, (_, r): [number, number] => [lane, r]),
    )
    expect(printedRows(pages)).toEqual(expected)
    for (const p of pages)
      for (const part of p.parts)
        expect(part.y + spec.laneHead + (part.end - part.first) * spec.rowH).toBeLessThanOrEqual(
          spec.pageHeight - spec.footerH,
        )
    // The heading-only lane is printed too.
    expect(pages.some((p) => p.parts.some((part) => part.lane === 1))).toBe(true)
  })

  it('gives a row taller than a page a page of its own rather than looping', () => {
    const pages = paginateLanes([2], { ...spec, rowH: 200 })
    expect(printedRows(pages)).toEqual([
      [0, 0],
      [0, 1],
    ])
    expect(pages).toHaveLength(2)
  })
})
