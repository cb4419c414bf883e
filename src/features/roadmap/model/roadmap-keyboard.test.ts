import { describe, expect, it } from 'vitest'
import { buildNavModel, nextTarget } from './roadmap-keyboard.ts'

const bar = (id: string, start: number) => ({ id, start, end: start + 5 })

// Lane 0: row 0 = a(0) b(10); row 1 = c(3). Lane 1: row 0 = d(1).
const model = buildNavModel([[[bar('a', 0), bar('b', 10)], [bar('c', 3)]], [[bar('d', 1)]]])

describe('roadmap keyboard targets', () => {
  it('Up and Down step through bars in lane order, stopping at the ends', () => {
    expect(model.linear).toEqual(['a', 'b', 'c', 'd'])
    expect(nextTarget(model, 'a', 'ArrowDown')).toBe('b')
    expect(nextTarget(model, 'c', 'ArrowDown')).toBe('d')
    expect(nextTarget(model, 'd', 'ArrowDown')).toBeNull()
    expect(nextTarget(model, 'a', 'ArrowUp')).toBeNull()
    expect(nextTarget(model, 'd', 'ArrowUp')).toBe('c')
  })
  it('Left and Right move along time within the lane, across rows', () => {
    expect(model.byTime[0]).toEqual(['a', 'c', 'b'])
    expect(nextTarget(model, 'a', 'ArrowRight')).toBe('c')
    expect(nextTarget(model, 'c', 'ArrowRight')).toBe('b')
    expect(nextTarget(model, 'b', 'ArrowRight')).toBeNull()
    expect(nextTarget(model, 'c', 'ArrowLeft')).toBe('a')
    expect(nextTarget(model, 'd', 'ArrowLeft')).toBeNull()
  })
  it('Home and End go to the first and last bar; an unknown bar starts at the first', () => {
    expect(nextTarget(model, 'c', 'Home')).toBe('a')
    expect(nextTarget(model, 'a', 'End')).toBe('d')
    expect(nextTarget(model, 'gone', 'ArrowDown')).toBe('a')
    expect(nextTarget(buildNavModel([]), null, 'ArrowDown')).toBeNull()
  })
})
