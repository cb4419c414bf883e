import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ExportInput, Opportunity } from '../format/export-schema.ts'
import { GROWTH_GOALS, INNOVATION_TYPES, STATUSES } from '../format/export-vocabulary.ts'
import {
  NO_FILTERS,
  buildSearchIndex,
  facetCounts,
  filterFrom,
  filterOpportunities,
  searchIndexFor,
  withoutFacet,
  type OpportunityFilters,
} from './filter-opportunities.ts'
import type { UiLanguage } from '../format/languages.ts'
import { allTexts } from '../format/localized-text.ts'
import { normaliseExport, type NormalisedExport } from './normalise-export.ts'
import { joinSearchTexts, searchTextAt, searchTextCount } from '../text/search-texts.ts'
import { NORDIC_SEARCH_LANGUAGES, offerSearchTexts } from '../text/search-seeds.ts'
import { loadTestExport, testExport } from '../../../tests/fixtures/export-fixture.ts'
import { normaliseForSearch } from '../text/text-compare.ts'
import { validateExportText } from '../validate/validate-export.ts'

const fixture: ExportInput = testExport({
  themes: [
    { id: 'th-energy', name: 'Energia' },
    { id: 'th-tourism', name: 'Matkailu' },
    { id: 'th-care', name: 'Hyvinvointi' },
  ],
  clusters: [
    { id: 'cl-industry', name: 'Teollisuus' },
    { id: 'cl-tourism', name: 'Matkailu' },
  ],
  sources: [
    { id: 'src-ws1', kind: 'workshop', name: 'Työpaja', date: '2025-03-01' },
    { id: 'src-int2', kind: 'interview', name: 'Haastattelu', date: '2025-04-01' },
  ],
  criteria: [
    { id: 'imp', axis: 'impact', name: 'Vaikutus' },
    { id: 'fea', axis: 'feasibility', name: 'Toteutettavuus' },
  ],
  opportunities: [
    {
      id: 'op-1',
      title: {
        fi: 'Pääomasijoitus arktiseen vetyyn',
        sv: 'Riskkapital för arktisk vätgas',
        en: 'Venture capital for Arctic hydrogen',
      },
      theme: 'th-energy',
      clusters: ['cl-industry'],
      growthGoals: ['business', 'rdi'],
      innovationTypes: ['product'],
      status: 'planned',
      sources: ['src-ws1'],
      tags: ['vety'],
    },
    {
      id: 'op-2',
      title: 'Paanukattojen korjausrakentaminen',
      summary: { sv: 'Spåntak i Lappland' },
      theme: 'th-tourism',
      clusters: ['cl-tourism'],
      growthGoals: ['wellbeing'],
      status: 'identified',
      sources: ['src-int2'],
      tags: ['rakentaminen'],
    },
    {
      id: 'op-3',
      title: { fi: 'Saamelaiskäräjien kielipalvelut', se: 'Sámedikki giellabálvalusat' },
      summary: { smn: 'Anarâškielâ palvâlusah' },
      theme: 'th-care',
      growthGoals: ['wellbeing', 'rdi'],
      innovationTypes: ['service', 'process'],
      status: 'inProgress',
      sources: ['src-ws1', 'src-int2'],
      tags: ['Ruŧŧa'],
    },
    {
      id: 'op-4',
      title: { en: 'Cold testing of vehicles' },
      theme: 'th-energy',
      // A goal listed twice still counts the opportunity once.
      growthGoals: ['business', 'business'],
      status: 'completed',
    },
    {
      id: 'op-5',
      title: { fi: 'Koltankielinen kulttuurimatkailu', sms: 'Sääʹmǩiõll kulttuur' },
      theme: 'th-tourism',
      clusters: ['cl-tourism', 'cl-industry'],
      growthGoals: ['business', 'wellbeing'],
      innovationTypes: ['service'],
      status: 'planned',
      sources: ['src-ws1'],
    },
  ],
})

const load: (value: unknown) => NormalisedExport = loadTestExport

const data = load(fixture)
const ids = (passing: readonly number[]) => passing.map((i) => data.opportunities[i]?.id)
const f = (filters: Partial<OpportunityFilters>): OpportunityFilters => ({
  ...NO_FILTERS,
  ...filters,
})
const search = (q: string, lang: UiLanguage) =>
  ids(filterOpportunities(data, buildSearchIndex(data, lang), f({ q })))

describe('buildSearchIndex', () => {
  it('has one text per opportunity over id, title, summary and tags in every language', () => {
    const index = buildSearchIndex(data, 'fi')
    expect(searchTextCount(index.texts)).toBe(5)
    expect(index.lang).toBe('fi')
    const op3 = searchTextAt(index.texts, 2)
    for (const part of ['op-3', 'saamelaiskäräjien', 'samedikki', 'anaraskiela', 'rutta'])
      expect(op3).toContain(part)
  })

  it('is made once per export and language', () => {
    expect(buildSearchIndex(data, 'fi')).toBe(buildSearchIndex(data, 'fi'))
    expect(buildSearchIndex(data, 'en')).not.toBe(buildSearchIndex(data, 'fi'))
    expect(buildSearchIndex(load(fixture), 'fi')).not.toBe(buildSearchIndex(data, 'fi'))
  })
})

describe('filterOpportunities: free text', () => {
  it('ignores case and finds text in every content language, whatever the UI language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(search('VÄTGAS', lang)).toEqual(['op-1']) // Swedish title
      expect(search('venture', lang)).toEqual(['op-1']) // English title
      expect(search('spåntak', lang)).toEqual(['op-2']) // Swedish summary only
      expect(search('giellabálvalusat', lang)).toEqual(['op-3']) // Northern Sámi title
      expect(search('cold', lang)).toEqual(['op-4']) // English only, in a Finnish dataset
    }
  })

  it('searches ids and tags too', () => {
    expect(search('OP-4', 'fi')).toEqual(['op-4'])
    expect(search('vety', 'sv')).toEqual(['op-1'])
    expect(search('op-', 'fi')).toEqual(['op-1', 'op-2', 'op-3', 'op-4', 'op-5'])
  })

  it('requires every term, each in any field', () => {
    expect(search('vety venture', 'fi')).toEqual(['op-1'])
    expect(search('vety paanukattojen', 'fi')).toEqual([])
  })

  it('fi, sv: "paa" does not find "Pääomasijoitus"; en: it does', () => {
    expect(search('paa', 'fi')).toEqual(['op-2'])
    expect(search('paa', 'sv')).toEqual(['op-2'])
    expect(search('pää', 'fi')).toEqual(['op-1'])
    expect(search('paa', 'en')).toEqual(['op-1', 'op-2'])
  })

  it('finds Sámi text typed without Sámi letters', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(search('samedikki', lang)).toEqual(['op-3'])
      expect(search('rutta', lang)).toEqual(['op-3'])
      expect(search('anaraskiela', lang)).toEqual(['op-3'])
    }
    // Skolt: ʹ, ǩ and õ fold; ä stays ä in Finnish but is a in English.
    expect(search('säämkioll', 'fi')).toEqual(['op-5'])
    expect(search('saamkioll', 'fi')).toEqual([])
    expect(search('saamkioll', 'en')).toEqual(['op-5'])
  })
})

describe('filterOpportunities: facets', () => {
  const run = (filters: Partial<OpportunityFilters>) =>
    ids(filterOpportunities(data, buildSearchIndex(data, 'fi'), f(filters)))

  it('passes everything without filters, in export order', () => {
    expect(run({})).toEqual(['op-1', 'op-2', 'op-3', 'op-4', 'op-5'])
    expect(run({ q: '   ' })).toHaveLength(5)
  })

  it('takes any of the values within a facet', () => {
    expect(run({ statuses: ['planned'] })).toEqual(['op-1', 'op-5'])
    expect(run({ statuses: ['planned', 'completed'] })).toEqual(['op-1', 'op-4', 'op-5'])
    expect(run({ themes: ['th-care', 'th-energy'] })).toEqual(['op-1', 'op-3', 'op-4'])
    expect(run({ clusters: ['cl-industry'] })).toEqual(['op-1', 'op-5'])
    expect(run({ goals: ['rdi'] })).toEqual(['op-1', 'op-3'])
    expect(run({ types: ['service'] })).toEqual(['op-3', 'op-5'])
    expect(run({ types: ['operatingModel'] })).toEqual([])
    expect(run({ sources: ['src-int2'] })).toEqual(['op-2', 'op-3'])
  })

  it('requires every facet together, free text included', () => {
    expect(run({ statuses: ['planned'], themes: ['th-tourism'] })).toEqual(['op-5'])
    expect(run({ goals: ['business'], sources: ['src-ws1'] })).toEqual(['op-1', 'op-5'])
    expect(run({ goals: ['wellbeing'], types: ['service'], sources: ['src-int2'] })).toEqual([
      'op-3',
    ])
    expect(run({ clusters: ['cl-tourism'], q: 'koltankielinen' })).toEqual(['op-5'])
    expect(run({ clusters: ['cl-tourism'], q: 'vety' })).toEqual([])
  })

  it('returns positions in data.opportunities', () => {
    const passing = filterOpportunities(data, buildSearchIndex(data, 'fi'), f({ goals: ['rdi'] }))
    expect(passing).toEqual([0, 2])
  })

  it('passes nothing for ids the export does not have', () => {
    expect(run({ themes: ['th-gone'] })).toEqual([])
  })
})

describe('facetCounts', () => {
  const all = filterOpportunities(data, buildSearchIndex(data, 'fi'), NO_FILTERS)
  const counts = (passing: readonly number[], facet: Parameters<typeof facetCounts>[2]) => [
    ...facetCounts(data, passing, facet),
  ]

  it('counts every value of the facet, zeros included, in the filter UI order', () => {
    expect(counts(all, 'status')).toEqual([
      ['identified', 1],
      ['prioritised', 0],
      ['planned', 2],
      ['inProgress', 1],
      ['completed', 1],
      ['onHold', 0],
      ['discarded', 0],
    ])
    expect(counts(all, 'theme')).toEqual([
      ['th-energy', 2],
      ['th-tourism', 2],
      ['th-care', 1],
    ])
  })

  it('counts an opportunity under each of its clusters, goals, types and sources, once', () => {
    expect(counts(all, 'cluster')).toEqual([
      ['cl-industry', 2],
      ['cl-tourism', 2],
    ])
    expect(counts(all, 'goal')).toEqual([
      ['business', 3],
      ['rdi', 2],
      ['wellbeing', 3],
    ])
    expect(counts(all, 'type')).toEqual([
      ['product', 1],
      ['service', 2],
      ['process', 1],
      ['operatingModel', 0],
    ])
    expect(counts(all, 'source')).toEqual([
      ['src-ws1', 3],
      ['src-int2', 2],
    ])
  })

  it('counts only the passing opportunities; withoutFacet gives the counts beside a filter', () => {
    const index = buildSearchIndex(data, 'fi')
    const filters = f({ statuses: ['planned'], themes: ['th-tourism'] })
    expect(counts(filterOpportunities(data, index, filters), 'goal')).toEqual([
      ['business', 1],
      ['rdi', 0],
      ['wellbeing', 1],
    ])
    // Beside the status checkboxes: what each status would show with the theme filter kept.
    const others = filterOpportunities(data, index, withoutFacet(filters, 'status'))
    expect(ids(others)).toEqual(['op-2', 'op-5'])
    expect(facetCounts(data, others, 'status').get('identified')).toBe(1)
    expect(facetCounts(data, others, 'status').get('planned')).toBe(1)
  })
})

describe('filterOpportunities on the demo export', () => {
  const report = validateExportText(readFileSync('mocks/demo-export.json', 'utf8'))
  if (!('data' in report)) throw new Error('the demo export must load')
  const demo = report.data

  /** The same rules written the obvious way, to check the fast loop against. */
  function reference(filters: OpportunityFilters, lang: UiLanguage): number[] {
    const terms = filters.q
      .split(/\s+/)
      .filter((t) => t !== '')
      .map((t) => normaliseForSearch(t, lang))
      .filter((t) => t !== '')
    const anyOf = (chosen: readonly string[], values: readonly string[] = []) =>
      chosen.length === 0 || values.some((v) => chosen.includes(v))
    return demo.opportunities.flatMap((o, i) => {
      const r = o.record
      const texts = [r.id, ...allTexts(r.title), ...allTexts(r.summary), ...(r.tags ?? [])].map(
        (t) => normaliseForSearch(t, lang),
      )
      const ok =
        anyOf(filters.themes, [r.theme]) &&
        anyOf(filters.clusters, r.clusters) &&
        anyOf(filters.goals, r.growthGoals) &&
        anyOf(filters.types, r.innovationTypes) &&
        anyOf(filters.statuses, [r.status]) &&
        anyOf(filters.sources, r.sources) &&
        terms.every((t) => texts.some((x) => x.includes(t)))
      return ok ? [i] : []
    })
  }

  it('agrees with a plain implementation for any filters', () => {
    const some = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 })
    const words = ['', 'kemi', 'LAPPI', 'matkailu', 'pää', 'paa', 'sámi', 'vety data', 'kk-0']
    fc.assert(
      fc.property(
        fc.record({
          themes: some(demo.themes.map((t) => t.id)),
          clusters: some(demo.clusters.map((c) => c.id)),
          goals: some(GROWTH_GOALS),
          types: some(INNOVATION_TYPES),
          statuses: some(STATUSES),
          sources: some(demo.sources.map((s) => s.id)),
          q: fc.constantFrom(...words),
        }),
        fc.constantFrom<UiLanguage>('fi', 'sv', 'en'),
        (filters, lang) => {
          expect(filterOpportunities(demo, buildSearchIndex(demo, lang), filters)).toEqual(
            reference(filters, lang),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('filterOpportunities at 100 000 opportunities', () => {
  const WORDS = [
    'Arktinen',
    'Älykäs',
    'vety',
    'Sámi',
    'porotalous',
    'Pääoma',
    'Ruŧŧa',
    'datakeskus',
  ]
  const N = 100_000

  /** Valid records made directly (validating 100 000 would time the validator, not the filter). */
  function generated(): NormalisedExport {
    let seed = 12345
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return (seed >>> 8) % n
    }
    const themeIds = data.themes.map((t) => t.id)
    const clusterIds = data.clusters.map((c) => c.id)
    const sourceIds = data.sources.map((s) => s.id)
    const accepted: { index: number; value: Opportunity }[] = []
    for (let i = 0; i < N; i++) {
      const a = WORDS[rnd(WORDS.length)] as string
      const b = WORDS[rnd(WORDS.length)] as string
      const value: Opportunity = {
        id: `gen-${i}`,
        title: rnd(3) === 0 ? { fi: `${a} ${b}`, en: `${b} project` } : `${a} ${b} ${i % 97}`,
        theme: themeIds[rnd(themeIds.length)] as string,
        growthGoals: [GROWTH_GOALS[rnd(3)] as (typeof GROWTH_GOALS)[number]],
        status: STATUSES[rnd(STATUSES.length)] as (typeof STATUSES)[number],
      }
      if (rnd(2) === 0) value.clusters = [clusterIds[rnd(clusterIds.length)] as string]
      if (rnd(3) === 0) value.sources = [sourceIds[rnd(sourceIds.length)] as string]
      if (rnd(4) === 0) value.innovationTypes = ['service']
      if (rnd(2) === 0) value.summary = { fi: `${b} Lapissa`, sv: `${b} i Lappland` }
      if (rnd(5) === 0) value.tags = [WORDS[rnd(WORDS.length)] as string]
      accepted.push({ index: i, value })
    }
    const frame = { ...data.frame, opportunities: [] }
    return normaliseExport(frame, accepted, new Set(accepted.map((x) => x.value.id)))
  }

  // Speed is measured by `npm run bench` (the table's keystroke case); this checks that the
  // filters and counts hold at full size.
  it('filters and counts 100 000 opportunities consistently', () => {
    const big = generated()
    const index = buildSearchIndex(big, 'fi')
    const all = filterOpportunities(big, index, NO_FILTERS)
    expect(all).toHaveLength(N)

    const cases: OpportunityFilters[] = [
      f({ statuses: ['planned', 'inProgress'], goals: ['business', 'rdi'] }),
      f({ themes: ['th-energy', 'th-care'], clusters: ['cl-tourism'], sources: ['src-ws1'] }),
      f({ q: 'sami vety' }),
      f({ q: 'pää', statuses: ['identified', 'planned'], types: ['service'] }),
    ]
    for (const c of cases) {
      const passing = filterOpportunities(big, index, c)
      expect(passing.length).toBeGreaterThan(0)
      expect(passing.length).toBeLessThan(N)
      // Export order, no position twice.
      for (let i = 1; i < passing.length; i++)
        expect((passing[i] as number) > (passing[i - 1] as number)).toBe(true)
    }
    const planned = filterOpportunities(big, index, f({ statuses: ['planned'] }))
    expect(facetCounts(big, all, 'status').get('planned')).toBe(planned.length)
  })
})

describe('search texts offered by the worker', () => {
  it('are used by the first search in the Nordic languages, and only then', () => {
    const fresh = load(fixture)
    const made = buildSearchIndex(load(fixture), 'fi').texts
    // Marked copies, to tell an offered index from one made here.
    const offered = joinSearchTexts(
      Array.from({ length: searchTextCount(made) }, (_, i) => `${searchTextAt(made, i)}\noffered`),
    )
    offerSearchTexts(fresh, NORDIC_SEARCH_LANGUAGES, offered)
    expect(buildSearchIndex(fresh, 'sv').texts).toBe(offered)
    expect(buildSearchIndex(fresh, 'fi').texts).toBe(offered)
    expect(buildSearchIndex(fresh, 'en').texts).not.toBe(offered)
    expect(
      filterOpportunities(fresh, buildSearchIndex(fresh, 'fi'), f({ q: 'offered' })),
    ).toHaveLength(fresh.opportunities.length)
  })

  it('are ignored when they do not match the data', () => {
    const fresh = load(fixture)
    offerSearchTexts(fresh, NORDIC_SEARCH_LANGUAGES, joinSearchTexts(['too few']))
    expect(searchTextCount(buildSearchIndex(fresh, 'fi').texts)).toBe(fresh.opportunities.length)
  })
})

describe('filterFrom', () => {
  const index = buildSearchIndex(data, 'fi')

  it('gives the last result itself for the same filters, and narrows a search typed on', () => {
    const first = filterFrom(null, data, index, f({ q: 'sa' }))
    expect(filterFrom(first, data, index, f({ q: ' sa ' }))).toBe(first)
    const typedOn = filterFrom(first, data, index, f({ q: 'saame' }))
    expect(typedOn.passing).toEqual(filterOpportunities(data, index, f({ q: 'saame' })))
    // A facet change starts from scratch, even with a narrower text.
    const other = filterFrom(typedOn, data, index, f({ q: 'saamel', statuses: ['planned'] }))
    expect(other.passing).toEqual(
      filterOpportunities(data, index, f({ q: 'saamel', statuses: ['planned'] })),
    )
  })

  it('always equals filtering from scratch, whatever was typed before', () => {
    const letters = ['s', 'a', 'm', 'e', 'ä', 'k', 'i', 'r', 'o', 'p', ' ', '-', '3']
    const step = fc.record({
      q: fc.array(fc.constantFrom(...letters), { maxLength: 8 }).map((cs) => cs.join('')),
      statuses: fc.subarray([...STATUSES]),
    })
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        let run = null as ReturnType<typeof filterFrom> | null
        for (const s of steps) {
          run = filterFrom(run, data, index, f(s))
          expect(run.passing).toEqual(filterOpportunities(data, index, f(s)))
        }
      }),
    )
  })
})

describe('searchIndexFor', () => {
  it('builds the index only when there is text to search, and filters alike either way', () => {
    const fresh = load(fixture)
    const empty = searchIndexFor(fresh, 'fi', '  ')
    expect(searchTextCount(empty.texts)).toBe(0)
    expect(filterOpportunities(fresh, empty, f({ statuses: ['planned'] }))).toEqual(
      filterOpportunities(fresh, buildSearchIndex(fresh, 'fi'), f({ statuses: ['planned'] })),
    )
    expect(searchIndexFor(fresh, 'fi', 'saame')).toBe(buildSearchIndex(fresh, 'fi'))
  })
})
