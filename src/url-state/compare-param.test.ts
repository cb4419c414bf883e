import { describe, expect, it } from 'vitest'
import { compareParam } from './compare-param.ts'
import { decodeViewState } from './view-state.ts'

const HASH = 'a'.repeat(64)

describe('compareParam', () => {
  it('takes the first value that is not blank, trimmed', () => {
    expect(compareParam(['', '  data/earlier.json '])).toBe('data/earlier.json')
    expect(compareParam([`history:${HASH}`])).toBe(`history:${HASH}`)
  })

  it('gives none for a malformed history value or no value, as the view-state schema does', () => {
    for (const values of [['history:nothex'], [], ['  ']]) {
      expect(compareParam(values)).toBeNull()
      const search = new URLSearchParams(values.map((v) => ['compare', v])).toString()
      expect(decodeViewState(search).compare).toBeNull()
    }
  })
})
