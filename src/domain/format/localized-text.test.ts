import { describe, expect, it } from 'vitest'
import { allTexts, fallbackOrder, hasLanguage, resolveText } from './localized-text.ts'

describe('resolveText', () => {
  it('returns the requested language when present', () => {
    expect(resolveText({ fi: 'Kaivos', en: 'Mine' }, 'en', 'fi')).toEqual({
      text: 'Mine',
      lang: 'en',
      fallback: false,
    })
  })

  it('falls back in the order fi → sv → en → se → smn → sms and marks the fallback', () => {
    expect(resolveText({ en: 'Mine', sv: 'Gruva' }, 'fi', 'fi')).toEqual({
      text: 'Gruva',
      lang: 'sv',
      fallback: true,
    })
    expect(resolveText({ se: 'Boazodoallu', smn: 'Puásuituálu' }, 'sv', 'fi')).toEqual({
      text: 'Boazodoallu',
      lang: 'se',
      fallback: true,
    })
    expect(fallbackOrder('en')).toEqual(['en', 'fi', 'sv', 'se', 'smn', 'sms'])
  })

  it('skips empty strings', () => {
    expect(resolveText({ en: '', fi: 'Matkailu' }, 'en', 'fi')?.lang).toBe('fi')
  })

  it('reads a plain string as the dataset’s default language', () => {
    expect(resolveText('Matkailu', 'fi', 'fi')).toEqual({
      text: 'Matkailu',
      lang: 'fi',
      fallback: false,
    })
    expect(resolveText('Matkailu', 'en', 'fi')).toEqual({
      text: 'Matkailu',
      lang: 'fi',
      fallback: true,
    })
  })

  it('gives null when there is no text at all', () => {
    expect(resolveText(undefined, 'fi', 'fi')).toBeNull()
    expect(resolveText({}, 'fi', 'fi')).toBeNull()
  })
})

describe('hasLanguage and allTexts', () => {
  it('knows which languages a text has', () => {
    expect(hasLanguage({ fi: 'a', en: '' }, 'en', 'fi')).toBe(false)
    expect(hasLanguage('a', 'fi', 'fi')).toBe(true)
    expect(hasLanguage('a', 'sv', 'fi')).toBe(false)
  })

  it('lists every language’s text for search', () => {
    expect(allTexts({ fi: 'Poro', se: 'Boazu', en: '' })).toEqual(['Poro', 'Boazu'])
  })
})
