import { describe, expect, it } from 'vitest'
import { neighbours } from './neighbours.ts'

describe('neighbours', () => {
  const list = ['kk-003', 'kk-001', 'kk-002']

  it('gives the ids on both sides and the place, in the list’s order, not the ids’', () => {
    expect(neighbours(list, 'kk-001')).toEqual({
      previous: 'kk-003',
      next: 'kk-002',
      place: 2,
      total: 3,
    })
  })

  it('does not wrap around at the ends', () => {
    expect(neighbours(list, 'kk-003')).toMatchObject({ previous: null, next: 'kk-001', place: 1 })
    expect(neighbours(list, 'kk-002')).toMatchObject({ previous: 'kk-001', next: null, place: 3 })
    expect(neighbours(['kk-001'], 'kk-001')).toEqual({
      previous: null,
      next: null,
      place: 1,
      total: 1,
    })
  })

  it('is null for an id the list does not hold', () => {
    expect(neighbours(list, 'kk-999')).toBeNull()
    expect(neighbours([], 'kk-001')).toBeNull()
  })
})
