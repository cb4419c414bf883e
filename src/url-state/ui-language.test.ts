import { describe, expect, it } from 'vitest'
import { uiLanguageFromSearch } from './ui-language.ts'

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
