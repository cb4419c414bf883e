import { describe, expect, it } from 'vitest'
import { defineCatalog, translateFeature } from './feature-catalog.ts'

const catalog = defineCatalog({
  en: { hello: 'Hello', count: '{n, plural, one {# opportunity} other {# opportunities}}' },
  fi: { hello: 'Hei', count: '{n, plural, one {# mahdollisuus} other {# mahdollisuutta}}' },
  sv: { hello: 'Hej', count: '{n, plural, one {# möjlighet} other {# möjligheter}}' },
})

describe('feature catalogs', () => {
  it('translate in the requested language with plurals', () => {
    expect(translateFeature(catalog, 'fi', 'hello')).toBe('Hei')
    expect(translateFeature(catalog, 'sv', 'count', { n: 1 })).toBe('1 möjlighet')
    expect(translateFeature(catalog, 'en', 'count', { n: 12000 })).toBe('12,000 opportunities')
  })
})
