import { describe, expect, it } from 'vitest'
import { nearestInDirection } from './matrix-navigation.ts'

//        1 (50, 0)
//  2 (0, 50)   0 (50, 50)   3 (100, 52)   4 (300, 50)
//        5 (60, 100)
const xs = [50, 50, 0, 100, 300, 60]
const ys = [50, 0, 50, 52, 50, 100]

describe('nearestInDirection', () => {
  it('goes to the nearest point in each direction', () => {
    expect(nearestInDirection(xs, ys, 0, 'right')).toBe(3)
    expect(nearestInDirection(xs, ys, 0, 'left')).toBe(2)
    expect(nearestInDirection(xs, ys, 0, 'up')).toBe(1)
    expect(nearestInDirection(xs, ys, 0, 'down')).toBe(5)
  })

  it('prefers a point straight ahead over a nearer one far to the side', () => {
    // From 2 going right: 0 is straight ahead at 50; 1 is 50 right but 50 up.
    expect(nearestInDirection(xs, ys, 2, 'right')).toBe(0)
  })

  it('is null at the edge', () => {
    expect(nearestInDirection(xs, ys, 4, 'right')).toBeNull()
    expect(nearestInDirection(xs, ys, 1, 'up')).toBeNull()
  })

  it('skips points beside rather than ahead', () => {
    expect(nearestInDirection([0, 0.2], [0, 40], 0, 'right')).toBeNull()
  })
})
