import { describe, expect, it } from 'vitest'
import { loadFixture } from '../../../../tests/fixtures/table-fixture.ts'
import { NO_FILTERS } from '../../../domain/dataset/filter-opportunities.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { translate } from '../../../i18n/catalogs.ts'
import { translateFeature } from '../../../i18n/feature-catalog.ts'
import type { MessageKey } from '../../../i18n/messages-en.ts'
import { formatDateTime } from '../../../i18n/format-date.ts'
import { LOCALES } from '../../../i18n/locales.ts'
import {
  describeShown,
  describeWeights,
  printContext,
  shortAddress,
  type ContextInput,
  type ContextWords,
} from './print-context.ts'
import { printContextCatalog } from './print-context-catalog.ts'

const data = loadFixture()

function wordsIn(lang: UiLanguage): ContextWords {
  const locale = LOCALES[lang]
  return {
    t: (key, params) => translateFeature(printContextCatalog, lang, key, params),
    enumLabel: (facet, value) =>
      translate(lang, `${facet === 'type' ? 'innovation' : facet}.${value}` as MessageKey),
    formatDateTime: (iso) => formatDateTime(iso, locale, 'short'),
    formatNumber: (n) => new Intl.NumberFormat(locale).format(n),
  }
}

function input(over: Partial<ContextInput> = {}): ContextInput {
  return {
    data,
    filters: NO_FILTERS,
    weights: {},
    shown: data.opportunities.length,
    lang: 'en',
    printedAt: '2026-12-03T10:00:00Z',
    address: 'https://example.org/kasvukartta/matrix?w=imp:2',
    ...over,
  }
}

describe('describeShown', () => {
  it('says that nothing is filtered', () => {
    expect(describeShown(input(), wordsIn('en'))).toBe('All 5 opportunities, no filters')
  })

  it('names each active filter with the vocabulary’s words and the export’s names', () => {
    const filters = {
      ...NO_FILTERS,
      themes: ['th-energy'],
      statuses: ['planned' as const],
      q: 'vety',
    }
    expect(describeShown(input({ filters, shown: 2 }), wordsIn('en'))).toBe(
      '2 of 5 opportunities: theme Energia; status Planned; search ‘vety’',
    )
    expect(describeShown(input({ filters, shown: 2, lang: 'fi' }), wordsIn('fi'))).toBe(
      '2 / 5 kasvumahdollisuutta: teema Energia; tila Suunniteltu; haku ”vety”',
    )
  })

  it('lists several values of one facet together, and falls back to the id of an unknown one', () => {
    const filters = { ...NO_FILTERS, clusters: ['cl-a', 'cl-gone'] }
    expect(describeShown(input({ filters, shown: 1, lang: 'sv' }), wordsIn('sv'))).toBe(
      '1 av 5 tillväxtmöjligheter: kluster Teollisuus, cl-gone',
    )
  })

  it('counts what the view shows when its own filters leave fewer', () => {
    expect(describeShown(input({ shown: 3 }), wordsIn('en'))).toBe('3 of 5 opportunities')
  })
})

describe('describeWeights', () => {
  it('is null when every weight is the export’s, given or not', () => {
    expect(describeWeights(input(), wordsIn('en'))).toBeNull()
    expect(describeWeights(input({ weights: { imp: 1 } }), wordsIn('en'))).toBeNull()
  })

  it('names each changed criterion with its weight and the export’s', () => {
    expect(describeWeights(input({ weights: { imp: 2, fea: 0.5 } }), wordsIn('en'))).toBe(
      'Weights changed from the export’s: Vaikutus 2 (export 1), Toteutettavuus 0.5 (export 1)',
    )
    expect(describeWeights(input({ weights: { fea: 0.5 }, lang: 'fi' }), wordsIn('fi'))).toBe(
      'Painoja muutettu viennin painoista: Toteutettavuus 0,5 (viennissä 1)',
    )
  })
})

describe('printContext', () => {
  it('gives the title, the export’s time, what is shown and the day printed, in that order', () => {
    const c = printContext(input({ weights: { imp: 3 } }), wordsIn('fi'))
    expect(c.title).toBe('Testi')
    expect(c.lines).toEqual([
      'Vienti 15.1.2026 klo 10.00',
      'Kaikki 5 kasvumahdollisuutta, ei rajauksia',
      'Painoja muutettu viennin painoista: Vaikutus 3 (viennissä 1)',
      'Tulostettu 3.12.2026 klo 12.00',
    ])
    expect(c.address).toBe('https://example.org/kasvukartta/matrix?w=imp:2')
    expect(c.shortAddress).toBe('example.org/kasvukartta/matrix?w=imp:2')
  })
})

describe('shortAddress', () => {
  it('drops the scheme and cuts a long address with an ellipsis', () => {
    const long = `https://www.example.org/opportunities?q=${'a'.repeat(200)}`
    const s = shortAddress(long)
    expect(s.startsWith('example.org/opportunities?q=aaa')).toBe(true)
    expect(s.endsWith('…')).toBe(true)
    expect([...s].length).toBeLessThanOrEqual(80)
  })
})
