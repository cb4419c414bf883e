import { describe, expect, it } from 'vitest'
import {
  averageCharMeasure,
  fitText,
  layoutEventLabels,
  laneBoxes,
  sizesFor,
  stackLabels,
  visibleRowRange,
  type LaneBox,
} from './geometry.ts'

const s = sizesFor(16)

describe('roadmap geometry', () => {
  it('scales every size with the text unit', () => {
    const big = sizesFor(32)
    expect(big.rowH).toBe(2 * s.rowH)
    expect(big.laneHead).toBe(2 * s.laneHead)
  })

  it('stacks lanes with their headers; a collapsed lane keeps only its header', () => {
    const { boxes, total } = laneBoxes([3, 2, 1], [true, false, true], s)
    expect(boxes.map((b) => b.top)).toEqual([
      0,
      s.laneHead + 3 * s.rowH,
      2 * s.laneHead + 3 * s.rowH,
    ])
    expect(boxes[1]?.rowsHeight).toBe(0)
    expect(total).toBe(3 * s.laneHead + 4 * s.rowH)
  })

  it('finds the rows inside a vertical window', () => {
    const { boxes } = laneBoxes([100], [true], s)
    const box = boxes[0] as LaneBox
    expect(visibleRowRange(box, s, 0, s.laneHead + 2.5 * s.rowH)).toEqual([0, 3])
    expect(visibleRowRange(box, s, s.laneHead + 10 * s.rowH, s.laneHead + 12 * s.rowH)).toEqual([
      10, 12,
    ])
    expect(visibleRowRange(box, s, 1e6, 2e6)).toEqual([0, 0])
    expect(visibleRowRange({ ...box, expanded: false }, s, 0, 1e6)).toEqual([0, 0])
  })

  it('cuts text to fit with an ellipsis', () => {
    const m = averageCharMeasure(8)
    expect(fitText('Arctic tourism', 200, m)).toBe('Arctic tourism')
    expect(fitText('Arctic tourism', 64, m)).toBe('Arctic…')
    expect(fitText('Arctic tourism', 8, m)).toBe('')
  })

  it('puts colliding labels into further rows and reuses rows when there is room', () => {
    expect(
      stackLabels([
        { x0: 0, x1: 50 },
        { x0: 20, x1: 70 },
        { x0: 60, x1: 90 },
        { x0: 80, x1: 99 },
      ]),
    ).toEqual([0, 1, 0, 1])
  })

  it('groups neighbouring events of one kind under one counted label, within the row limit', () => {
    const m = averageCharMeasure(10)
    const kind = (k: string) => k
    const ev = (kind: string, x0: number) => ({ kind, x0, x1: x0 + 2 })
    const labels = layoutEventLabels(
      [ev('ws', 0), ev('ws', 20), ev('ws', 40), ev('int', 45), ev('forum', 300)],
      kind,
      m,
      2,
    )
    expect(labels.map((l) => l.label)).toEqual(['ws ×3', null, null, 'int', 'forum'])
    expect(labels.map((l) => l.row)).toEqual([0, 0, 0, 1, 0])
    const crowded = layoutEventLabels([ev('a', 0), ev('b', 1), ev('c', 2)], kind, m, 2)
    expect(crowded.map((l) => l.label)).toEqual(['a', 'b', null])
  })
})
