import { describe, expect, it } from 'vitest'
import { matchesChangeFilter } from './change-filter.ts'

const added = { change: 'added' as const, fields: [], moved: false }
const removed = { change: 'removed' as const, fields: [], moved: false }
const statusMoved = {
  change: 'changed' as const,
  fields: [{ field: 'status' as const }, { field: 'rank' as const }],
  moved: true,
}
const rankOnly = { change: 'unchanged' as const, fields: [{ field: 'rank' as const }], moved: true }

describe('matchesChangeFilter', () => {
  it('keeps every current opportunity, and no removed one, without a filter', () => {
    expect([added, removed, statusMoved].map((c) => matchesChangeFilter(c, []))).toEqual([
      true,
      false,
      true,
    ])
  })

  it('keeps any opportunity that one of the filters names', () => {
    expect(matchesChangeFilter(removed, ['removed'])).toBe(true)
    expect(matchesChangeFilter(added, ['removed', 'changed'])).toBe(false)
    expect(matchesChangeFilter(statusMoved, ['status'])).toBe(true)
    expect(matchesChangeFilter(rankOnly, ['status'])).toBe(false)
    expect(matchesChangeFilter(rankOnly, ['moved'])).toBe(true)
    expect(matchesChangeFilter(added, ['moved'])).toBe(false)
  })
})
