import { describe, expect, it } from 'vitest'
import { encodeScores, scoreValueAt } from './score-palette.ts'

const decoded = (scores: ReturnType<typeof encodeScores>, n: number) =>
  Array.from({ length: n }, (_, k) => scoreValueAt(scores, k))

describe('encodeScores', () => {
  it('gives back every score exactly, unscored ones as NaN', () => {
    const scores = [0.7, 0.1 + 0.2, Number.NaN, 0.7, 1, 0, Number.NaN, 1 / 3]
    const encoded = encodeScores(scores)
    const back = decoded(encoded, scores.length)
    back.forEach((v, k) => expect(Object.is(v, scores[k])).toBe(true))
    // One entry per distinct value.
    expect(encoded.values).toHaveLength(6)
  })

  it('takes one byte per score for up to 256 distinct values, then two, then four', () => {
    const spread = (n: number) => Array.from({ length: n }, (_, k) => k / n)
    expect(encodeScores(spread(256)).codes).toBeInstanceOf(Uint8Array)
    expect(encodeScores(spread(257)).codes).toBeInstanceOf(Uint16Array)
    expect(encodeScores(spread(70_000)).codes).toBeInstanceOf(Uint32Array)
    const many = spread(70_000)
    expect(decoded(encodeScores(many), many.length)).toEqual(many)
  })

  it('reads -0 as 0', () => {
    expect(Object.is(scoreValueAt(encodeScores([-0]), 0), 0)).toBe(true)
  })
})
