import { describe, expect, it } from 'vitest'
import { parseThreshold } from './parse-threshold.ts'

describe('parseThreshold', () => {
  it('takes whole numbers from 1 to the maximum', () => {
    expect(parseThreshold('5', 100)).toBe(5)
    expect(parseThreshold(' 100 ', 100)).toBe(100)
    expect(parseThreshold('1', 100)).toBe(1)
  })

  it('gives null for what is not one yet: empty, zero, too big, a fraction, a sign', () => {
    for (const text of ['', ' ', '0', '101', '2.5', '-3', '+3', '1e2', 'x'])
      expect(parseThreshold(text, 100), text).toBeNull()
  })
})
