import fc from 'fast-check'
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import type { UiLanguage } from '../format/languages.ts'
import {
  collatorFor,
  compareCodePoints,
  compareText,
  matchesSearch,
  normaliseForSearch,
  searchTerms,
} from './text-compare.ts'

const sorted = (lang: UiLanguage, words: readonly string[]) => [...words].sort(compareText(lang))
const shuffled = <T>(items: readonly T[]) => [...items].reverse()

describe('compareText: Finnish and Swedish letters', () => {
  const words = ['Öljy', 'Zeta', 'Äiti', 'Åland', 'Aalto', 'Wilma', 'Vesa', 'Oulu']

  it.each(['fi', 'sv'] as const)('%s: Å, Ä, Ö come after Z, in that order', (lang) => {
    expect(sorted(lang, words)).toEqual([
      'Aalto',
      'Oulu',
      'Vesa',
      'Wilma',
      'Zeta',
      'Åland',
      'Äiti',
      'Öljy',
    ])
  })

  it.each(['fi', 'sv'] as const)('%s: Æ counts as Ä, Ø as Ö, Ü as Y', (lang) => {
    const c = collatorFor(lang)
    expect(c.compare('æ', 'ä')).toBe(0)
    expect(c.compare('ø', 'ö')).toBe(0)
    expect(c.compare('ü', 'y')).toBe(0)
    expect(sorted(lang, ['Øre', 'Æble', 'Zorro', 'Yrjö', 'Über'])).toEqual([
      'Über',
      'Yrjö',
      'Zorro',
      'Æble',
      'Øre',
    ])
  })

  it('en: Å, Ä go with A and Ö with O', () => {
    expect(sorted('en', words)).toEqual([
      'Aalto',
      'Äiti',
      'Åland',
      'Öljy',
      'Oulu',
      'Vesa',
      'Wilma',
      'Zeta',
    ])
  })
})

describe('compareText: Sámi letters', () => {
  it('fi: á č đ ŋ š ŧ ž sort with their base letters (a secondary difference)', () => {
    const words = ['tz', 'ŧa', 'ta', 'nz', 'ŋa', 'na', 'dz', 'đa', 'da', 'sz', 'ša', 'sa']
    expect(sorted('fi', words)).toEqual([
      'da',
      'đa',
      'dz',
      'na',
      'ŋa',
      'nz',
      'sa',
      'ša',
      'sz',
      'ta',
      'ŧa',
      'tz',
    ])
    const c = collatorFor('fi')
    for (const [base, sami] of [
      ['a', 'á'],
      ['c', 'č'],
      ['d', 'đ'],
      ['n', 'ŋ'],
      ['s', 'š'],
      ['t', 'ŧ'],
      ['z', 'ž'],
    ])
      expect(c.compare(base as string, sami as string), sami).toBe(0)
  })

  it.each(['sv', 'en'] as const)('%s: Ŋ and Ŧ are letters of their own after N and T', (lang) => {
    expect(sorted(lang, ['oa', 'ŋa', 'nz', 'na', 'ua', 'ŧa', 'tz', 'ta'])).toEqual([
      'na',
      'nz',
      'ŋa',
      'oa',
      'ta',
      'tz',
      'ŧa',
      'ua',
    ])
  })

  it.each(['fi', 'sv', 'en'] as const)('%s: á č đ š ž sort with their base letters', (lang) => {
    expect(
      sorted(lang, ['cz', 'čáhci', 'ca', 'Dora', 'đuolla', 'Doavttir', 'žurnála', 'Zeta']),
    ).toEqual(['ca', 'čáhci', 'cz', 'Doavttir', 'Dora', 'đuolla', 'Zeta', 'žurnála'])
  })

  it('places Sámi place names sensibly among Finnish ones', () => {
    const words = ['Sodankylä', 'Sámediggi', 'Salla', 'Soađegilli', 'Ŋuolla', 'Nuorgam', 'Näätämö']
    // fi: Ŋ is N; Ä after Z also in second position.
    expect(sorted('fi', words)).toEqual([
      'Ŋuolla',
      'Nuorgam',
      'Näätämö',
      'Salla',
      'Sámediggi',
      'Soađegilli',
      'Sodankylä',
    ])
    // sv: Ŋ is its own letter after N.
    expect(sorted('sv', words)).toEqual([
      'Nuorgam',
      'Näätämö',
      'Ŋuolla',
      'Salla',
      'Sámediggi',
      'Soađegilli',
      'Sodankylä',
    ])
  })

  it('sorts the Skolt softening mark ʹ before every letter (it is not ignored)', () => {
    for (const lang of ['fi', 'sv', 'en'] as const)
      expect(compareText(lang)('ʹa', 'a')).toBeLessThan(0)
  })
})

describe('compareText: ties and caching', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    '%s: strings equal but for case or accent are ordered by code point',
    (lang) => {
      expect(sorted(lang, ['samediggi', 'Sámediggi', 'Samediggi'])).toEqual([
        'Samediggi',
        'Sámediggi',
        'samediggi',
      ])
      expect(collatorFor(lang).compare('samediggi', 'Sámediggi')).toBe(0)
    },
  )

  it('compares digits as numbers', () => {
    expect(sorted('fi', ['Vaihe 10', 'Vaihe 2', 'Vaihe 1'])).toEqual([
      'Vaihe 1',
      'Vaihe 2',
      'Vaihe 10',
    ])
  })

  it('is a total order: antisymmetric, transitive, zero only for equal strings', () => {
    const tricky = fc.string({
      unit: fc.constantFrom('a', 'A', 'á', 'ä', 'Ä', 'å', 'æ', 'n', 'ŋ', 'Ŋ', 'ʹ', ' ', '1', '2'),
      maxLength: 4,
    })
    for (const text of [fc.string({ unit: 'grapheme' }), tricky])
      fc.assert(
        fc.property(
          fc.constantFrom<UiLanguage>('fi', 'sv', 'en'),
          text,
          text,
          text,
          (lang, a, b, x) => {
            const c = compareText(lang)
            expect(Math.sign(c(a, b)) + Math.sign(c(b, a))).toBe(0)
            expect(c(a, b) === 0).toBe(a === b)
            if (c(a, b) < 0 && c(b, x) < 0) expect(c(a, x)).toBeLessThan(0)
          },
        ),
      )
  })

  it('gives the same sort whatever the input order', () => {
    const words = ['Äiti', 'äiti', 'Aiti', 'aiti', 'Åland', 'ala', 'Ala', 'ála']
    expect(sorted('fi', words)).toEqual(sorted('fi', shuffled(words)))
  })

  it('reuses one collator and one comparator per language', () => {
    expect(compareText('fi')).toBe(compareText('fi'))
    expect(compareText('fi')).not.toBe(compareText('sv'))
    expect(collatorFor('en')).toBe(collatorFor('en'))
    expect(collatorFor('sv').resolvedOptions().sensitivity).toBe('base')
  })
})

describe('compareCodePoints', () => {
  it('orders astral characters after U+FFFF, unlike UTF-16 code units', () => {
    expect('\uffff' < '😀').toBe(false)
    expect(compareCodePoints('\uffff', '😀')).toBeLessThan(0)
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0)
    expect(compareCodePoints('B', 'a')).toBeLessThan(0)
    expect(compareCodePoints('kk-1', 'kk-1')).toBe(0)
  })

  it('agrees with comparing arrays of code points', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.string({ unit: 'binary', maxLength: 12 }),
        (a, b) => {
          const ca = Array.from(a, (ch) => ch.codePointAt(0) as number)
          const cb = Array.from(b, (ch) => ch.codePointAt(0) as number)
          let expected = ca.length - cb.length
          for (let i = 0; i < Math.min(ca.length, cb.length); i++)
            if (ca[i] !== cb[i]) {
              expected = (ca[i] as number) - (cb[i] as number)
              break
            }
          expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(expected))
        },
      ),
    )
  })
})

describe('normaliseForSearch', () => {
  it('stores folded Sámi text at one byte a character when it fits', () => {
    // V8's serialiser tags a one-byte string with '"' and a two-byte one with 'c': the search
    // index would take twice the memory for every text (and every block of texts) with č.
    const storage = (text: string) => String.fromCharCode(serialize(text)[2] as number)
    expect(storage('Čáhci')).toBe('c')
    expect(normaliseForSearch('Čáhci ja Ruŧŧa', 'fi')).toBe('cahci ja rutta')
    expect(storage(normaliseForSearch('Čáhci ja Ruŧŧa', 'fi'))).toBe('"')
    expect(storage(normaliseForSearch('Čáhci ja Ruŧŧa', 'en'))).toBe('"')
    // What folding leaves beyond Latin-1 stays as it is.
    expect(normaliseForSearch('Čáhci 5 € Ruŧŧa', 'fi')).toBe('cahci 5 € rutta')
  })

  it.each(['fi', 'sv', 'en'] as const)(
    '%s: reads typographic dashes and quotes as typed',
    (lang) => {
      expect(normaliseForSearch('Kemi–Tornio — “Lapin” ’tie’', lang)).toBe(
        'kemi-tornio - "lapin" \'tie\'',
      )
      expect(
        matchesSearch(normaliseForSearch('Kemi–Tornio', lang), searchTerms('kemi-tornio', lang)),
      ).toBe(true)
      expect(
        matchesSearch(normaliseForSearch('Kemi-Tornio', lang), searchTerms('Kemi–Tornio', lang)),
      ).toBe(true)
    },
  )

  it('lowercases by the language', () => {
    expect(normaliseForSearch('PÄÄKAUPUNKI Åland', 'fi')).toBe('pääkaupunki åland')
    expect(normaliseForSearch('KEMI-TORNIO', 'en')).toBe('kemi-tornio')
  })

  it.each(['fi', 'sv'] as const)('%s: keeps å ä ö as letters of their own', (lang) => {
    expect(normaliseForSearch('Pää', lang)).toBe('pää')
    expect(normaliseForSearch('Åbo', lang)).toBe('åbo')
    expect(normaliseForSearch('Öljy', lang)).toBe('öljy')
    expect(normaliseForSearch('pää', lang)).not.toContain('paa')
  })

  it.each(['fi', 'sv'] as const)('%s: reads Æ as Ä and Ø as Ö, and drops other accents', (lang) => {
    expect(normaliseForSearch('Æble Øre', lang)).toBe('äble öre')
    expect(normaliseForSearch('Café Über', lang)).toBe('cafe uber')
  })

  it('en: drops every diacritic, å ä ö included', () => {
    expect(normaliseForSearch('Pääkaupunki Åland Öljy', 'en')).toBe('paakaupunki aland oljy')
    expect(normaliseForSearch('Æble Øre Straße', 'en')).toBe('aeble ore strasse')
  })

  it.each(['fi', 'sv', 'en'] as const)(
    '%s: folds the Sámi letters to their base letters',
    (lang) => {
      expect(normaliseForSearch('Sámediggi', lang)).toBe('samediggi')
      expect(normaliseForSearch('ČÁHCI đuolla Ŋuolla šaddu ŧuŧŧa žurnála', lang)).toBe(
        'cahci duolla nuolla saddu tutta zurnala',
      )
      // Skolt Sámi: ʹ removed; ǩ ǧ ǥ ʒ ǯ õ â to plain letters.
      expect(normaliseForSearch('ǩiõʹll ǧǥʒǯ â', lang)).toBe('kioll ggzz a')
    },
  )

  it('keeps ä in a Skolt word in Finnish but not in English', () => {
    expect(normaliseForSearch('Sääʹmǩiõll', 'fi')).toBe('säämkioll')
    expect(normaliseForSearch('Sääʹmǩiõll', 'en')).toBe('saamkioll')
  })

  it('treats decomposed and precomposed letters alike', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(normaliseForSearch('Pa\u0308a\u0308', lang)).toBe(normaliseForSearch('Pää', lang))
      expect(normaliseForSearch('Sa\u0301mediggi', lang)).toBe('samediggi')
    }
  })

  it('lower-cases exactly as toLocaleLowerCase does for fi-FI, sv-FI and en-GB', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const locale of ['fi-FI', 'sv-FI', 'en-GB'])
          expect(s.toLocaleLowerCase(locale)).toBe(s.toLowerCase())
      }),
    )
    expect('İIΣ'.toLocaleLowerCase('fi-FI')).toBe('İIΣ'.toLowerCase())
  })

  it('gives what normalising the whole string to NFD and back would give', () => {
    /** The rules written plainly: slower, as the table is per character. */
    function reference(text: string, lang: UiLanguage): string {
      const marks =
        lang === 'en'
          ? /[\u0300-\u036f]/g
          : /(?<![ao])\u0308|(?<!a)\u030a|[\u0300-\u0307\u0309\u030b-\u036f]/g
      const folds: Record<string, string> =
        lang === 'en'
          ? { đ: 'd', ŋ: 'n', ŧ: 't', ǥ: 'g', ʒ: 'z', æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l' }
          : { đ: 'd', ŋ: 'n', ŧ: 't', ǥ: 'g', ʒ: 'z', æ: 'ä', ø: 'ö' }
      return text
        .toLocaleLowerCase(lang)
        .normalize('NFD')
        .replace(marks, '')
        .replace(/[đŋŧǥʒæøœßł]/g, (c) => folds[c] ?? c)
        .replace(/[ʹʼ´]/g, '')
        .normalize('NFC')
    }
    const letters = fc.constantFrom(
      ...'aAoOuUeEnNsScCzZ ,-1ÅåÄäÖöÆæØøÜüÉéÁáÂâČčĐđŊŋŠšŦŧŽžǨǩǦǧǤǥƷʒǮǯÕõʹʼ´ßŒœŁł'.split(''),
      '\u0308',
      '\u030a',
      '\u0301',
      '\u030c',
      '\u0323',
    )
    fc.assert(
      fc.property(
        fc.constantFrom<UiLanguage>('fi', 'sv', 'en'),
        fc.string({ unit: letters, maxLength: 12 }),
        (lang, s) => {
          expect(normaliseForSearch(s, lang)).toBe(reference(s, lang))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<UiLanguage>('fi', 'sv', 'en'),
        fc.string({ unit: 'binary' }),
        (lang, s) => {
          const n = normaliseForSearch(s, lang)
          expect(normaliseForSearch(n, lang)).toBe(n)
        },
      ),
    )
  })
})

describe('searchTerms and matchesSearch', () => {
  const text = (s: string, lang: UiLanguage) => normaliseForSearch(s, lang)

  it('splits on whitespace, normalises, drops empty and repeated terms', () => {
    expect(searchTerms('  Pää   KEMI pää\tʹ ', 'fi')).toEqual(['pää', 'kemi'])
    expect(searchTerms('', 'fi')).toEqual([])
  })

  it('requires every term', () => {
    const t = text('Akkumineraalien arvoketju Kemi-Tornion alueella', 'fi')
    expect(matchesSearch(t, searchTerms('kemi ARVOKETJU', 'fi'))).toBe(true)
    expect(matchesSearch(t, searchTerms('kemi rovaniemi', 'fi'))).toBe(false)
    expect(matchesSearch(t, searchTerms('   ', 'fi'))).toBe(true)
  })

  it('fi, sv: "paa" does not find "pää", and "pää" does not find "paa"', () => {
    for (const lang of ['fi', 'sv'] as const) {
      expect(matchesSearch(text('Pääomasijoitus', lang), searchTerms('paa', lang))).toBe(false)
      expect(matchesSearch(text('Pääomasijoitus', lang), searchTerms('PÄÄ', lang))).toBe(true)
      expect(matchesSearch(text('Paanukatto', lang), searchTerms('pää', lang))).toBe(false)
    }
  })

  it('en: "paa" finds "Pääomasijoitus"', () => {
    expect(matchesSearch(text('Pääomasijoitus', 'en'), searchTerms('paa', 'en'))).toBe(true)
  })

  it('finds Sámi words typed without a Sámi keyboard, and with one', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const t = text('Sámediggi ja Ruŧŧa', lang)
      expect(matchesSearch(t, searchTerms('samediggi rutta', lang))).toBe(true)
      expect(matchesSearch(t, searchTerms('Sámediggi Ruŧŧa', lang))).toBe(true)
    }
  })
})
