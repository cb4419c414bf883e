import { describe, expect, it } from 'vitest'
import { collationRanks } from './collation.ts'
import { compareText } from './text-compare.ts'

const order = (texts: string[], lang: 'fi' | 'sv' | 'en') => {
  const ranks = collationRanks(texts, compareText(lang))
  return texts
    .map((t, i) => ({ t, r: ranks[i] as number }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.t)
}

describe('collationRanks', () => {
  it('puts Å, Ä and Ö after Z in Finnish and Swedish, with A and O in English', () => {
    const texts = ['Öljy', 'Zeniitti', 'Åkerbär', 'Ämmä', 'Aapa', 'Oulu']
    expect(order(texts, 'fi')).toEqual(['Aapa', 'Oulu', 'Zeniitti', 'Åkerbär', 'Ämmä', 'Öljy'])
    expect(order(texts, 'sv')).toEqual(['Aapa', 'Oulu', 'Zeniitti', 'Åkerbär', 'Ämmä', 'Öljy'])
    expect(order(texts, 'en')).toEqual(['Aapa', 'Åkerbär', 'Ämmä', 'Öljy', 'Oulu', 'Zeniitti'])
  })

  it('keeps Sámi letters in place in Finnish (ŋ with n, š with s, đ with d)', () => {
    const texts = ['nz', 'ŋa', 'na', 'sz', 'ša', 'sa', 'dz', 'đa', 'da']
    expect(order(texts, 'fi')).toEqual(['da', 'đa', 'dz', 'na', 'ŋa', 'nz', 'sa', 'ša', 'sz'])
  })

  it('ignores case, compares digits as numbers, and gives equal texts one rank', () => {
    const ranks = collationRanks(['Vaihe 10', 'vaihe 2', 'Vaihe 2', 'vaihe 2'], compareText('fi'))
    expect(ranks[1]).toBe(ranks[3])
    expect(ranks[1]).toBeLessThan(ranks[0] as number)
    expect(ranks[2]).toBeLessThan(ranks[0] as number)
  })

  it('gives NaN to empty texts', () => {
    const ranks = collationRanks(['b', '', 'a'], compareText('fi'))
    expect([...ranks]).toEqual([1, Number.NaN, 0])
  })
})
