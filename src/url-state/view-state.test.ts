import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  GROWTH_GOALS,
  ID_PATTERN,
  INNOVATION_TYPES,
  STATUSES,
} from '../domain/format/export-vocabulary.ts'
import { UI_LANGUAGES } from '../domain/format/languages.ts'
import { baselineRef, historyCompare } from '../domain/compare/baseline-ref.ts'
import { validateExportText } from '../domain/validate/validate-export.ts'
import {
  DEFAULT_VIEW_STATE,
  MAX_QUERY_LENGTH,
  VIEW_PARAMS,
  ViewStateSchema,
  ZOOMS,
  canonicalViewState,
  decodeViewState,
  dropStaleFilters,
  encodeViewState,
  withViewState,
  type ViewState,
} from './view-state.ts'

const state = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial })

describe('decodeViewState', () => {
  it('gives the default state for an empty query', () => {
    for (const search of ['', '?', '?data=%2Fdata%2Fx.json&mock=slow', new URLSearchParams()])
      expect(decodeViewState(search)).toEqual(DEFAULT_VIEW_STATE)
    expect(DEFAULT_VIEW_STATE).toEqual({
      themes: [],
      clusters: [],
      goals: [],
      types: [],
      statuses: [],
      sources: [],
      q: '',
      weights: {},
      sort: [],
      group: null,
      zoom: null,
      from: null,
      lanes: null,
      order: null,
      size: null,
      show: null,
      via: null,
      cols: [],
      range: {},
      compare: null,
      changes: [],
      moved: null,
      arrows: null,
      decided: null,
      agenda: [],
      top: null,
      slide: null,
      lang: 'fi',
    })
  })

  it('reads every parameter', () => {
    const s = decodeViewState(
      '?theme=th-tourism,th-energy&cluster=cl-1&goal=rdi,business&type=service&status=planned,inProgress' +
        '&source=ws-2024.03&q=p%C3%A4%C3%A4+Inari&w=imp-jobs:2,fea-cost:0.5&sort=-priority,title' +
        '&group=theme&zoom=quarter&from=2027-04-01&lanes=status&order=rank&size=sources&show=table' +
        '&via=TABLE&cols=title,status&range=budget:1000..5000,updated:2026-01-01..' +
        '&compare=data%2Fearlier.json&change=removed,added&moved=5,%2015&arrows=OFF&decided=YES&agenda=kk-2,kk-1&top=5&slide=3&lang=sv',
    )
    expect(s).toEqual({
      themes: ['th-energy', 'th-tourism'],
      clusters: ['cl-1'],
      goals: ['business', 'rdi'],
      types: ['service'],
      statuses: ['planned', 'inProgress'],
      sources: ['ws-2024.03'],
      q: 'pää Inari',
      weights: { 'fea-cost': 0.5, 'imp-jobs': 2 },
      sort: [
        { column: 'priority', desc: true },
        { column: 'title', desc: false },
      ],
      group: 'theme',
      zoom: 'quarter',
      from: '2027-04-01',
      lanes: 'status',
      order: 'rank',
      size: 'sources',
      show: 'table',
      via: 'table',
      cols: ['title', 'status'],
      range: { budget: { min: 1000, max: 5000 }, updated: { min: '2026-01-01', max: null } },
      compare: 'data/earlier.json',
      changes: ['added', 'removed'],
      moved: { rank: 5, axis: 15 },
      arrows: 'off',
      decided: 'yes',
      agenda: ['kk-2', 'kk-1'],
      top: 5,
      slide: 3,
      lang: 'sv',
    })
  })

  it('drops each invalid value on its own, keeping the rest', () => {
    const s = decodeViewState(
      'status=planned,bogus&theme=ok,bad%20id!,-lead,a%2Cb&goal=rdi,money&type=&zoom=decade&lang=de' +
        '&w=a:1,b:-1,c:x,d:Infinity,e:1e400,f,:3,g:0x10,h:2:3,i:1e-3&sort=-priority,--x,title,!&group=bad!' +
        '&cluster=%E0%A4%A&unknown=1&q',
    )
    expect(s).toEqual(
      state({
        statuses: ['planned'],
        themes: ['a', 'b', 'ok'], // "a,b" escaped is still two ids: commas separate
        goals: ['rdi'],
        weights: { a: 1, i: 0.001 },
        sort: [
          { column: 'priority', desc: true },
          { column: 'title', desc: false },
        ],
      }),
    )
  })

  it('reads enum values whatever their case, ids exactly', () => {
    const s = decodeViewState('status=INPROGRESS,Planned&goal=RDI&zoom=Month&lang=EN&theme=Th-A')
    expect(s.statuses).toEqual(['planned', 'inProgress'])
    expect(s.goals).toEqual(['rdi'])
    expect(s.zoom).toBe('month')
    expect(s.lang).toBe('en')
    expect(s.themes).toEqual(['Th-A'])
  })

  it('merges repeated list parameters; for a single value the first valid one wins', () => {
    const s = decodeViewState(
      'status=planned&status=completed&lang=xx&lang=sv&lang=en&zoom=year&zoom=month&q=a&q=b',
    )
    expect(s.statuses).toEqual(['planned', 'completed'])
    expect(s.lang).toBe('sv')
    expect(s.zoom).toBe('year')
    expect(s.q).toBe('a')
  })

  it('tolerates spaces, empty items and repeats in lists', () => {
    const s = decodeViewState('status=planned,+completed,,planned&theme=b,a,b&sort=title,-title')
    expect(s.statuses).toEqual(['planned', 'completed'])
    expect(s.themes).toEqual(['a', 'b'])
    expect(s.sort).toEqual([{ column: 'title', desc: false }])
  })

  it('reads range filters: numbers (negative too) or days, either end open', () => {
    const s = decodeViewState(
      'range=budget:1000..5000,updated:2026-01-01..,score.x:-1.5..,rank:..10,end:..2027-12-31',
    )
    expect(s.range).toEqual({
      budget: { min: 1000, max: 5000 },
      end: { min: null, max: '2027-12-31' },
      rank: { min: null, max: 10 },
      'score.x': { min: -1.5, max: null },
      updated: { min: '2026-01-01', max: null },
    })
    expect(encodeViewState(s)).toBe(
      'range=budget:1000..5000,end:..2027-12-31,rank:..10,score.x:-1.5..,updated:2026-01-01..',
    )
  })

  it('drops a range that is open at both ends, mixes kinds, or is not a range', () => {
    const s = decodeViewState(
      'range=a:..,b:1..2026-01-01,c:5,d:x..3,e:1..2..3,f:2026-13-01..,g:1e400..,h:3..4,h:5..6',
    )
    expect(s.range).toEqual({ h: { min: 3, max: 4 } })
  })

  it('keeps the first weight of a criterion and turns -0 into 0', () => {
    expect(decodeViewState('w=a:2,a:3').weights).toEqual({ a: 2 })
    expect(Object.is(decodeViewState('w=a:0').weights.a, 0)).toBe(true)
  })

  it('cuts a long free text without splitting a character', () => {
    const long = 'ä'.repeat(MAX_QUERY_LENGTH - 1) + '😀😀'
    const q = decodeViewState(new URLSearchParams({ q: long })).q
    expect(q).toBe('ä'.repeat(MAX_QUERY_LENGTH - 1))
  })

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const s = decodeViewState(search)
        expect(ViewStateSchema.safeParse(s).success).toBe(true)
      }),
    )
    const names = fc.constantFrom(...VIEW_PARAMS, 'data', 'x')
    const values = fc.string({
      unit: fc.constantFrom('a', 'Z', '1', ',', ':', '-', '.', '%', '+', ' ', 'ä', '&', '='),
    })
    fc.assert(
      fc.property(fc.array(fc.tuple(names, values)), (pairs) => {
        const search = pairs.map(([k, v]) => `${k}=${v}`).join('&')
        const s = decodeViewState(search)
        // Whatever was read encodes and reads back to itself.
        expect(decodeViewState(encodeViewState(s))).toEqual(s)
      }),
    )
  })
})

describe('encodeViewState', () => {
  it('leaves the default state out entirely', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('')
    expect(encodeViewState({})).toBe('')
    expect(encodeViewState(state({ lang: 'fi', q: '', zoom: null }))).toBe('')
  })

  it('writes parameters in a fixed order, sets sorted, readable', () => {
    const s = state({
      lang: 'sv',
      zoom: 'month',
      group: 'theme',
      sort: [
        { column: 'priority', desc: true },
        { column: 'title', desc: false },
      ],
      weights: { 'imp-jobs': 2, 'fea-cost': 0.5 },
      q: 'pää, Inari: 2+2',
      sources: ['s2', 's1'],
      statuses: ['inProgress', 'planned'],
      types: ['process', 'product'],
      goals: ['wellbeing', 'business'],
      clusters: ['c1'],
      themes: ['t-b', 't-a'],
      compare: 'https://example.org/a b.json?x=1&y',
      changes: ['changed', 'added'],
      decided: 'no',
    })
    expect(encodeViewState(s)).toBe(
      'theme=t-a,t-b&cluster=c1&goal=business,wellbeing&type=product,process' +
        '&status=planned,inProgress&source=s1,s2&q=p%C3%A4%C3%A4,+Inari:+2%2B2' +
        '&w=fea-cost:0.5,imp-jobs:2&sort=-priority,title&group=theme&zoom=month' +
        '&compare=https%3A%2F%2Fexample.org%2Fa%20b.json%3Fx%3D1%26y&change=added,changed&decided=no&lang=sv',
    )
    expect(VIEW_PARAMS).toEqual([
      'theme',
      'cluster',
      'goal',
      'type',
      'status',
      'source',
      'q',
      'w',
      'sort',
      'group',
      'zoom',
      'from',
      'lanes',
      'order',
      'size',
      'show',
      'via',
      'cols',
      'range',
      'compare',
      'change',
      'moved',
      'arrows',
      'decided',
      'agenda',
      'top',
      'slide',
      'lang',
    ])
  })

  it('keeps the agenda in the order picked and drops slide or top numbers it cannot use', () => {
    const s = decodeViewState('agenda=kk-9,kk-1,kk-9,bad!&top=0&top=7&slide=4.0&slide=-1&slide=3')
    expect(s.agenda).toEqual(['kk-9', 'kk-1'])
    expect(s.top).toBe(7)
    expect(s.slide).toBe(3)
    expect(decodeViewState('top=51&slide=0').top).toBeNull()
    expect(decodeViewState('top=51&slide=0').slide).toBeNull()
    expect(encodeViewState({ agenda: ['b', 'a'], top: 5, slide: 2, lang: 'sv' })).toBe(
      'agenda=b,a&top=5&slide=2&lang=sv',
    )
  })

  it('reads the decided filter back as written, and drops a value it does not know', () => {
    for (const decided of ['yes', 'no'] as const) {
      const text = encodeViewState(state({ decided }))
      expect(text).toBe(`decided=${decided}`)
      expect(decodeViewState(text).decided).toBe(decided)
    }
    expect(decodeViewState('decided=maybe&decided=no').decided).toBe('no')
    expect(decodeViewState('decided=maybe').decided).toBeNull()
  })

  it('gives one text for the same view, whatever order or repeats it was built with', () => {
    const a = state({ statuses: ['planned', 'identified'], themes: ['b', 'a', 'b'] })
    const b = state({ statuses: ['identified', 'planned', 'planned'], themes: ['a', 'b'] })
    expect(encodeViewState(a)).toBe(encodeViewState(b))
    expect(encodeViewState(a)).toBe('theme=a,b&status=identified,planned')
  })

  it('keeps sort order (it is significant) but each column once', () => {
    const s = state({
      sort: [
        { column: 'title', desc: false },
        { column: 'priority', desc: true },
        { column: 'title', desc: true },
      ],
    })
    expect(encodeViewState(s)).toBe('sort=title,-priority')
  })

  it('escapes what would change meaning in a URL', () => {
    const s = state({ q: 'a&b=c #d+e%f', weights: { big: 1e21, small: 1e-7 } })
    const text = encodeViewState(s)
    expect(text).toBe('q=a%26b%3Dc+%23d%2Be%25f&w=big:1e%2B21,small:1e-7')
    expect(decodeViewState(text)).toEqual(s)
  })

  it('leaves out a field that is not valid, keeping the others', () => {
    const bad = { ...state({ lang: 'sv' }), zoom: 'decade', group: 'not valid!' } as never
    expect(encodeViewState(bad)).toBe('lang=sv')
  })
})

describe('round trip', () => {
  const id = fc.stringMatching(ID_PATTERN)
  const num = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null })
  const day = fc.option(
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  )
  const rangeArb = fc
    .oneof(fc.record({ min: num, max: num }), fc.record({ min: day, max: day }))
    .filter((r) => r.min !== null || r.max !== null)
  const anyState = fc
    .record({
      themes: fc.array(id, { maxLength: 4 }),
      clusters: fc.array(id, { maxLength: 3 }),
      goals: fc.subarray([...GROWTH_GOALS]),
      types: fc.subarray([...INNOVATION_TYPES]),
      statuses: fc.shuffledSubarray([...STATUSES]),
      sources: fc.array(id, { maxLength: 3 }),
      q: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('', ' ', 'pää Sámediggi', 'a+b&c=d', '%20', '😀'),
      ),
      weights: fc.dictionary(
        id,
        fc.oneof(
          fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: 0, max: 10 }),
        ),
        { maxKeys: 4 },
      ),
      sort: fc.array(fc.record({ column: id, desc: fc.boolean() }), { maxLength: 3 }),
      group: fc.option(id, { nil: null }),
      zoom: fc.option(fc.constantFrom(...ZOOMS), { nil: null }),
      cols: fc.array(id, { maxLength: 4 }),
      range: fc.dictionary(id, rangeArb, { maxKeys: 3 }),
      agenda: fc.array(id, { maxLength: 4 }),
      top: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
      slide: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
      lang: fc.constantFrom(...UI_LANGUAGES),
    })
    // The canonical form: what decoding any link gives.
    .map((s) => ViewStateSchema.parse(s))

  it('decode(encode(s)) equals s', () => {
    fc.assert(
      fc.property(anyState, (s) => {
        expect(decodeViewState(encodeViewState(s))).toStrictEqual(s)
      }),
      { numRuns: 500 },
    )
  })

  it('a link copied from the address bar encodes to itself', () => {
    fc.assert(
      fc.property(anyState, (s) => {
        const link = encodeViewState(s)
        // What a browser would hand back: the same query, through URL parsing.
        const url = new URL(`https://kasvukartta.example.org/matrix?${link}`)
        expect(encodeViewState(decodeViewState(url.search))).toBe(link)
        expect(decodeViewState(url.searchParams)).toStrictEqual(s)
      }),
    )
  })

  it('canonicalViewState is what decoding does to a state', () => {
    fc.assert(
      fc.property(anyState, (s) => {
        expect(canonicalViewState(s)).toStrictEqual(s)
      }),
    )
  })
})

describe('withViewState', () => {
  it('replaces the view state and keeps other parameters byte for byte, first', () => {
    const search = '?data=https%3A%2F%2Fdata.example%2Fx.json&status=planned&lang=sv&mock=slow'
    expect(withViewState(search, state({ statuses: ['completed'], lang: 'en' }))).toBe(
      'data=https%3A%2F%2Fdata.example%2Fx.json&mock=slow&status=completed&lang=en',
    )
    expect(withViewState(search, DEFAULT_VIEW_STATE)).toBe(
      'data=https%3A%2F%2Fdata.example%2Fx.json&mock=slow',
    )
    expect(withViewState('', state({ q: 'vety' }))).toBe('q=vety')
  })
})

describe('dropStaleFilters', () => {
  const report = validateExportText(readFileSync('mocks/demo-export.json', 'utf8'))
  if (!('data' in report)) throw new Error('the demo export must load')
  const data = report.data
  const theme = data.themes[0]?.id as string
  const cluster = data.clusters[0]?.id as string
  const source = data.sources[0]?.id as string
  const criterion = data.criteria[0]?.id as string

  it('keeps a state whose ids all exist, as the same object', () => {
    const s = state({
      themes: [theme],
      clusters: [cluster],
      sources: [source],
      weights: { [criterion]: 2 },
      statuses: ['planned'],
    })
    const r = dropStaleFilters(s, data)
    expect(r.dropped).toBeNull()
    expect(r.state).toBe(s)
  })

  it('drops ids the export does not have and says which', () => {
    const s = decodeViewState(
      `theme=${theme},th-gone&cluster=cl-gone&source=${source},src-gone&w=${criterion}:2,crit-gone:1&status=planned&q=vety`,
    )
    const r = dropStaleFilters(s, data)
    expect(r.dropped).toEqual({
      themes: ['th-gone'],
      clusters: ['cl-gone'],
      sources: ['src-gone'],
      criteria: ['crit-gone'],
    })
    expect(r.state).toEqual(
      state({
        themes: [theme],
        sources: [source],
        weights: { [criterion]: 2 },
        statuses: ['planned'],
        q: 'vety',
      }),
    )
    // The input is left as it was.
    expect(s.themes).toEqual([theme, 'th-gone'].sort())
  })

  it('gives a state that still round-trips', () => {
    const r = dropStaleFilters(decodeViewState('theme=zz-gone,a-gone&lang=en'), data)
    expect(r.state).toEqual(state({ lang: 'en' }))
    expect(encodeViewState(r.state)).toBe('lang=en')
  })
})

describe('a baseline from this browser’s history', () => {
  const hash = 'ab'.repeat(32)

  it('reads and writes `compare=history:<sha-256>` and tells it from an address', () => {
    const s = decodeViewState(`compare=history:${hash}`)
    expect(s.compare).toBe(historyCompare(hash))
    expect(baselineRef(s.compare ?? '')).toEqual({ kind: 'history', hash })
    expect(decodeViewState(encodeViewState(s))).toEqual(s)
    expect(baselineRef('data/earlier.json')).toEqual({ kind: 'url', address: 'data/earlier.json' })
  })

  it('drops a history reference that is not a whole hash', () => {
    expect(decodeViewState('compare=history:abc').compare).toBeNull()
    expect(decodeViewState(`compare=history:${hash.toUpperCase()}`).compare).toBeNull()
  })

  it('reads and writes the "moved" thresholds, leaving the default out of the link', () => {
    expect(decodeViewState('moved=5,15').moved).toEqual({ rank: 5, axis: 15 })
    expect(encodeViewState(state({ moved: { rank: 5, axis: 15 } }))).toBe('moved=5,15')
    // A rank alone keeps the default axis threshold.
    expect(decodeViewState('moved=6').moved).toEqual({ rank: 6, axis: 10 })
    // The default is no parameter at all, however it was written.
    expect(decodeViewState('moved=3,10').moved).toBeNull()
    expect(encodeViewState(state({ moved: { rank: 3, axis: 10 } }))).toBe('')
  })

  it('drops "moved" thresholds that are not whole numbers in range, the first valid one wins', () => {
    for (const bad of ['0,10', '3,0', '3,101', '2.5,10', '-3,10', '3,10,1', 'x', ',', '3,'])
      expect(decodeViewState(`moved=${bad}`).moved, bad).toBeNull()
    expect(decodeViewState('moved=x&moved=4,20&moved=7,7').moved).toEqual({ rank: 4, axis: 20 })
    expect(decodeViewState('moved=10000,100').moved).toEqual({ rank: 10_000, axis: 100 })
    expect(decodeViewState('moved=10001,100').moved).toBeNull()
    expect(canonicalViewState({ moved: { rank: 1.5, axis: 10 } }).moved).toBeNull()
  })
})
