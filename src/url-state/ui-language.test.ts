import { describe, expect, it } from 'vitest'
import { searchWithLanguage, uiLanguageFromSearch } from './ui-language.ts'

describe('uiLanguageFromSearch', () => {
  it('reads ?lang= for the three UI languages', () => {
    expect(uiLanguageFromSearch('?lang=sv')).toBe('sv')
    expect(uiLanguageFromSearch('?mock=slow&lang=en')).toBe('en')
    expect(uiLanguageFromSearch('?lang=EN')).toBe('en')
  })

  it('falls back to Finnish when absent or not a UI language', () => {
    expect(uiLanguageFromSearch('')).toBe('fi')
    expect(uiLanguageFromSearch('?lang=se')).toBe('fi')
    expect(uiLanguageFromSearch('?lang=')).toBe('fi')
  })
})

describe('searchWithLanguage', () => {
  it('sets the language and keeps every other parameter in place', () => {
    expect(searchWithLanguage('?theme=a,b&q=p%C3%A4%C3%A4', 'en')).toBe(
      '?theme=a,b&q=p%C3%A4%C3%A4&lang=en',
    )
    expect(searchWithLanguage('?lang=en&sort=-priority', 'sv')).toBe('?lang=sv&sort=-priority')
  })

  it('leaves no parameter for Finnish, the default', () => {
    expect(searchWithLanguage('?lang=sv', 'fi')).toBe('')
    expect(searchWithLanguage('?lang=xx&data=%2Fx.json&lang=en', 'fi')).toBe('?data=%2Fx.json')
  })
})
