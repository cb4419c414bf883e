import { describe, expect, it } from 'vitest'
import { dependencyPaths, pathsSpan } from './dependency-paths.ts'
import { laneBoxes, sizesFor, type LaneBox } from './geometry.ts'
import type { BarPlace } from './roadmap-layout.ts'
import { barMiddle } from './row-position.ts'
import { timeScale } from './time-scale.ts'

const s = sizesFor(16)
const scale = timeScale(0, 100, 1000)
const place = (id: string, lane: number, row: number, start: number, end: number): BarPlace => ({
  lane,
  row,
  item: { pos: 0, id, start, end, rank: null },
})
const placeOf = new Map(
  [place('a', 0, 0, 10, 19), place('b', 0, 2, 30, 39), place('c', 1, 0, 150, 160)].map((p) => [
    p.item.id,
    p,
  ]),
)

describe('dependency paths', () => {
  it('runs from the end of the prerequisite to the start of its dependent', () => {
    const { boxes } = laneBoxes([3, 1], [true, true], s)
    const lane = boxes[0] as LaneBox
    const [path] = dependencyPaths(
      [{ from: 'a', to: 'b', conflict: false }],
      placeOf,
      boxes,
      scale,
      s,
    )
    expect(path).toMatchObject({ x1: 200, x2: 300 })
    expect(path?.y1).toBe(barMiddle(lane, 0, s))
    expect(path?.y2).toBe(barMiddle(lane, 2, s))
  })

  it('meets a collapsed lane at its header and pins off-screen ends just past the edge', () => {
    const { boxes } = laneBoxes([3, 1], [true, false], s)
    const [path] = dependencyPaths(
      [{ from: 'a', to: 'c', conflict: true }],
      placeOf,
      boxes,
      scale,
      s,
    )
    expect(path?.y2).toBe((boxes[1] as LaneBox).top + s.laneHead / 2)
    expect(path?.x2).toBe(1012)
  })

  it('leaves out links with an end that is not placed', () => {
    const { boxes } = laneBoxes([3, 1], [true, true], s)
    const links = [{ from: 'a', to: 'gone', conflict: false }]
    expect(dependencyPaths(links, placeOf, boxes, scale, s)).toEqual([])
  })

  it('spans every end with a margin', () => {
    const link = { from: 'a', to: 'b', conflict: false }
    const paths = [
      { x1: 0, y1: 50, x2: 0, y2: 10, link },
      { x1: 0, y1: 30, x2: 0, y2: 70, link },
    ]
    expect(pathsSpan(paths, 20)).toEqual({ top: -10, bottom: 90 })
  })
})
