/**
 * The roadmap's printout as pages of known height: lanes flow one after another, a lane breaks
 * between rows (never through a bar) and its heading is repeated at the top of the next page.
 * Every page starts with the time axis; the first also carries what comes before the lanes
 * (title, context, legend, the strategy work's events). Pure: rows have known heights, so the
 * pages are worked out before anything is drawn, and the browser never has to break a picture.
 */

export interface PrintPageSpec {
  /** Height of a page's drawing area. */
  pageHeight: number
  /** Height of what the first page shows above the axis. */
  firstTop: number
  /** Height of what the first page shows between the axis and the lanes (the events). */
  firstBelowAxis: number
  axisH: number
  /** Room kept at the foot of every page for its number. */
  footerH: number
  laneHead: number
  rowH: number
}

/** One lane's rows [first, end) on a page, drawn from `y` (its heading's top). */
export interface LanePart {
  lane: number
  first: number
  end: number
  /** The lane began on an earlier page: its heading says it continues. */
  continued: boolean
  y: number
}

export interface PrintPage {
  /** Where the axis is drawn. */
  axisY: number
  parts: LanePart[]
}

export function paginateLanes(rowCounts: readonly number[], spec: PrintPageSpec): PrintPage[] {
  const bottom = spec.pageHeight - spec.footerH
  const pages: PrintPage[] = []
  let page: PrintPage
  let y = 0
  const newPage = () => {
    const first = pages.length === 0
    const axisY = first ? spec.firstTop : 0
    page = { axisY, parts: [] }
    pages.push(page)
    y = axisY + spec.axisH + (first ? spec.firstBelowAxis : 0)
  }
  newPage()
  rowCounts.forEach((rows, lane) => {
    let r = 0
    let continued = false
    // A lane without rows is its heading alone.
    do {
      const fit = Math.floor((bottom - y - spec.laneHead) / spec.rowH)
      const needed = rows === 0 ? 0 : 1
      if (fit < needed && page.parts.length > 0) {
        newPage()
        continue
      }
      // An empty page takes at least one row, even one taller than a page.
      const take = Math.min(Math.max(fit, needed), rows - r)
      page.parts.push({ lane, first: r, end: r + take, continued, y })
      y += spec.laneHead + take * spec.rowH
      r += take
      continued = true
      if (r < rows) newPage()
    } while (r < rows)
  })
  return pages
}
