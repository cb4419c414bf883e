import { describe, expect, it } from 'vitest'
import { laneBoxes, sizesFor } from './geometry.ts'
import { barBottom, barMiddle, rowTop, rowY } from './row-position.ts'

const s = sizesFor(16)
// Two lanes of 3 and 2 rows, the first collapsed.
const { boxes } = laneBoxes([3, 2], [false, true], s)
const [collapsed, open] = boxes as [(typeof boxes)[0], (typeof boxes)[0]]

describe('row position', () => {
  it('puts rows one row height apart inside their lane', () => {
    expect(rowY(0, s)).toBe(0)
    expect(rowY(3, s)).toBe(3 * s.rowH)
  })

  it('counts from the top of the lanes, below the lane header', () => {
    // The collapsed lane is a header only, so the open lane starts one header down.
    expect(open.top).toBe(s.laneHead)
    expect(rowTop(open, 0, s)).toBe(2 * s.laneHead)
    expect(rowTop(open, 1, s)).toBe(2 * s.laneHead + s.rowH)
    expect(rowTop(collapsed, 0, s)).toBe(s.laneHead)
  })

  it('places the bar inside its row', () => {
    const top = rowTop(open, 1, s)
    expect(barMiddle(open, 1, s)).toBe(top + s.barY + s.barH / 2)
    expect(barBottom(open, 1, s)).toBe(top + s.barY + s.barH)
    expect(barBottom(open, 1, s)).toBeLessThanOrEqual(top + s.rowH)
  })
})
