import { reportForLanguage } from './translation-warnings.ts'
import { describe, expect, it } from 'vitest'
import type { ExportInput, OpportunityInput } from '../format/export-schema.ts'
import { PROBLEM_CODES, type JsonPath, type Problem, type ProblemCode } from '../format/problems.ts'
import { validateExportBytes, validateExportText, validateExportValue } from './validate-export.ts'
import type { ValidateOptions, ValidationReport } from './validation-report.ts'
import { normalisedScoreAt, type NormalisedExport } from '../dataset/normalise-export.ts'
import { opportunityWithId } from '../dataset/opportunity-lookup.ts'
import { fundingTotalOf, leadActorOf, sourceCountOf } from '../dataset/normalised-opportunity.ts'
import { opportunityScoreAt, rankAt } from '../scoring/score-table.ts'

/** Each opportunity's normalised scores in criteria order, null where unscored. */
const normalisedRows = (d: NormalisedExport) =>
  d.opportunities.map((_, k) => d.criteria.map((_, i) => normalisedScoreAt(d, k, i)))

// ---------------------------------------------------------------------------------------------
// Helpers: a small valid export built in code, and ways to break it in one place.

function opportunity(id: string, extra: Partial<OpportunityInput> = {}): OpportunityInput {
  return {
    id,
    title: { fi: `Mahdollisuus ${id}`, en: `Opportunity ${id}` },
    theme: 'th-a',
    growthGoals: ['business'],
    status: 'identified',
    scores: { 'imp-a': 3, 'fea-a': 5 },
    ...extra,
  }
}

/** Valid, and without warnings: every problem a test sees comes from what the test changed. */
function minimalExport(): ExportInput {
  return {
    schemaVersion: '1.0',
    exportedAt: '2026-11-20T09:30:00+02:00',
    dataset: {
      id: 'test-dataset',
      title: { fi: 'Testiaineisto', en: 'Test data' },
      defaultLanguage: 'fi',
      strategyPeriod: { start: 2023, end: 2027 },
    },
    themes: [
      { id: 'th-a', name: 'Teema A' },
      { id: 'th-b', name: { fi: 'Teema B', en: 'Theme B' }, color: '#4c8c3f' },
    ],
    clusters: [{ id: 'cl-a', name: 'Klusteri A' }],
    sources: [{ id: 'src-a', kind: 'workshop', name: 'Työpaja', date: '2022-09-15' }],
    actors: [
      { id: 'act-a', name: 'Lapin liitto', type: 'region' },
      { id: 'act-b', name: 'Lapin AMK' },
    ],
    criteria: [
      { id: 'imp-a', axis: 'impact', name: 'Vaikutus', weight: 2, min: 1, max: 5 },
      { id: 'fea-a', axis: 'feasibility', name: 'Toteutettavuus', weight: 1, min: 0, max: 10 },
    ],
    opportunities: [opportunity('o1'), opportunity('o2'), opportunity('o3')],
  }
}

function at<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index]
  if (item === undefined) throw new Error(`no item ${index}`)
  return item
}

const opp = (e: ExportInput, index: number) => at(e.opportunities, index)

/** Sets fields to any value, valid or not (the types describe valid exports only). */
function set(target: object, changes: Record<string, unknown>): void {
  Object.assign(target, changes)
}

function unset(target: object, ...keys: string[]): void {
  for (const key of keys) Reflect.deleteProperty(target, key)
}

function withExport(change: (e: ExportInput) => void): ExportInput {
  const e = minimalExport()
  change(e)
  return e
}

const codes = (r: ValidationReport) => r.problems.map((p) => p.code)
const errors = (r: ValidationReport) => r.problems.filter((p) => p.severity === 'error')
const warnings = (r: ValidationReport) => r.problems.filter((p) => p.severity === 'warning')

function loaded(r: ValidationReport) {
  if (r.outcome !== 'loaded')
    throw new Error(`expected loaded, got ${r.outcome}: ${codes(r).join(', ')}`)
  return r
}

function partial(r: ValidationReport) {
  if (r.outcome !== 'partial')
    throw new Error(`expected partial, got ${r.outcome}: ${codes(r).join(', ')}`)
  return r
}

function problemWith(r: ValidationReport, code: ProblemCode): Problem {
  const p = r.problems.find((x) => x.code === code)
  if (!p) throw new Error(`no ${code} among ${codes(r).join(', ')}`)
  return p
}

const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

// ---------------------------------------------------------------------------------------------

describe('the minimal export', () => {
  it('loads without any problem, whichever way it is read', () => {
    const e = minimalExport()
    for (const r of [
      validateExportValue(e),
      validateExportText(JSON.stringify(e)),
      validateExportBytes(text(e)),
      validateExportText(JSON.stringify(e, null, 2), { language: 'fi' }),
    ]) {
      expect(loaded(r).problems).toEqual([])
      expect(loaded(r).data.opportunities.map((o) => o.id)).toEqual(['o1', 'o2', 'o3'])
    }
  })

  it('loads with optional lists left out and no opportunities at all', () => {
    const e = withExport((x) => {
      unset(x, 'clusters', 'sources', 'actors')
      x.opportunities = []
    })
    const r = loaded(validateExportValue(e))
    expect(r.data.clusters).toEqual([])
    expect(r.data.sources).toEqual([])
    expect(r.data.actors).toEqual([])
    expect(r.data.opportunities).toEqual([])
  })

  it('names only real problem codes', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length)
  })
})

describe('1. not readable', () => {
  it('refuses empty text and text of white space only', () => {
    for (const t of ['', '   ', '\n\t\r\n', '\uFEFF', '\uFEFF  ']) {
      const r = validateExportText(t)
      expect(r.outcome).toBe('unreadable')
      expect(codes(r)).toEqual(['unreadable.empty'])
    }
    expect(codes(validateExportBytes(new Uint8Array()))).toEqual(['unreadable.empty'])
  })

  it('reads a file that starts with a byte-order mark', () => {
    loaded(validateExportText(`\uFEFF${JSON.stringify(minimalExport())}`))
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...text(minimalExport())])
    loaded(validateExportBytes(bom))
  })

  it('refuses text that is not JSON, giving line and column', () => {
    const r = validateExportText('{\n  "schemaVersion": "1.0",\n  oops\n}')
    expect(r.outcome).toBe('unreadable')
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'unreadable.notJson',
        path: [],
        params: expect.objectContaining({ line: 3, column: 3 }),
      }),
    ])
    for (const t of ['{', '{"a":1,}', "{'a':1}", 'undefined', 'NaN', '{"a":01}', '[1 2]']) {
      expect(codes(validateExportText(t)), t).toEqual(['unreadable.notJson'])
    }
  })

  it('refuses bytes that are not UTF-8, and reads UTF-8 with any letters', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe4, 0x22, 0x3a, 0x31, 0x7d]) // {"ä":1} in Latin-1
    expect(codes(validateExportBytes(latin1))).toEqual(['unreadable.notUtf8'])
    const e = withExport((x) => {
      opp(x, 0).title = { se: 'Boazodoallu Ohcejogas: á č đ ŋ š ŧ ž', fi: 'Äkäslompolo ö å' }
    })
    loaded(validateExportBytes(text(e)))
  })

  it('refuses a file over the size limit, and reads one exactly at it', () => {
    const bytes = text(minimalExport())
    const r = validateExportBytes(bytes, { maxBytes: bytes.byteLength - 1 })
    expect(codes(r)).toEqual(['unreadable.tooLarge'])
    loaded(validateExportBytes(bytes, { maxBytes: bytes.byteLength }))
    const big = validateExportBytes(new Uint8Array(3 * 2 ** 20), { maxBytes: 2 * 2 ** 20 })
    expect(big.problems[0]?.params).toEqual({ sizeMb: 3, limitMb: 2 })
  })

  it('refuses a root that is not an object', () => {
    for (const [value, found] of [
      [[minimalExport()], 'array'],
      ['1.0', 'string'],
      [1, 'number'],
      [null, 'null'],
      [true, 'boolean'],
    ] as const) {
      const r = validateExportValue(value)
      expect(r.outcome).toBe('unreadable')
      expect(r.problems).toEqual([
        { severity: 'error', code: 'unreadable.notObject', params: { found }, path: [] },
      ])
    }
  })

  it('refuses a root without schemaVersion', () => {
    const r = validateExportValue(withExport((e) => unset(e, 'schemaVersion')))
    expect(r.outcome).toBe('unreadable')
    expect(codes(r)).toEqual(['unreadable.noVersion'])
  })

  it('refuses a schemaVersion not of the form "1.x"', () => {
    for (const v of [1, 1.0, null, '1', 'v1.0', '1.0.0', ' 1.0', '1.x', '01.0', '1.', [1, 0]]) {
      const r = validateExportValue(withExport((e) => set(e, { schemaVersion: v })))
      expect(r.outcome, JSON.stringify(v)).toBe('unreadable')
      expect(codes(r), JSON.stringify(v)).toEqual(['unreadable.badVersion'])
    }
  })

  it('refuses another major version', () => {
    for (const v of ['2.0', '0.9', '10.1']) {
      const r = validateExportValue(withExport((e) => set(e, { schemaVersion: v })))
      expect(r.outcome).toBe('unreadable')
      expect(r.problems[0]).toMatchObject({ code: 'unreadable.wrongMajor', params: { version: v } })
    }
  })

  it('loads a newer minor version with a warning, keeping the fields it does not know', () => {
    const e = withExport((x) => {
      x.schemaVersion = '1.3'
      set(x, { producer: { name: 'Kysely-työkalu', version: '4.2' } })
      set(opp(x, 0), { impactStory: 'Uusi kenttä versiossa 1.3' })
    })
    const r = loaded(validateExportValue(e))
    expect(r.problems).toContainEqual({
      severity: 'warning',
      code: 'warning.newerMinor',
      params: { version: '1.3', supported: '1.0' },
      path: ['schemaVersion'],
    })
    expect((r.data.frame as Record<string, unknown>).producer).toEqual({
      name: 'Kysely-työkalu',
      version: '4.2',
    })
    expect(
      (r.data.opportunities[0]?.record as unknown as Record<string, unknown>).impactStory,
    ).toBe('Uusi kenttä versiossa 1.3')
    expect(
      codes(loaded(validateExportValue(withExport((x) => (x.schemaVersion = '1.0'))))),
    ).toEqual([])
    expect(codes(validateExportValue(withExport((x) => (x.schemaVersion = '1.12'))))).toContain(
      'warning.newerMinor',
    )
  })
})

describe('2. broken frame', () => {
  type FrameCase = [
    name: string,
    change: (e: ExportInput) => void,
    code: ProblemCode,
    path: JsonPath,
  ]
  const failing: FrameCase[] = [
    ['exportedAt missing', (e) => unset(e, 'exportedAt'), 'field.required', ['exportedAt']],
    [
      'exportedAt without zone',
      (e) => (e.exportedAt = '2026-11-20T09:30:00'),
      'field.invalidDateTime',
      ['exportedAt'],
    ],
    [
      'exportedAt a date only',
      (e) => (e.exportedAt = '2026-11-20'),
      'field.invalidDateTime',
      ['exportedAt'],
    ],
    [
      'exportedAt on 30 February',
      (e) => (e.exportedAt = '2026-02-30T10:00:00Z'),
      'field.invalidDateTime',
      ['exportedAt'],
    ],
    ['dataset missing', (e) => unset(e, 'dataset'), 'field.required', ['dataset']],
    [
      'dataset id invalid',
      (e) => (e.dataset.id = 'test dataset'),
      'field.invalidId',
      ['dataset', 'id'],
    ],
    ['dataset title empty', (e) => (e.dataset.title = ''), 'text.empty', ['dataset', 'title']],
    [
      'defaultLanguage missing',
      (e) => unset(e.dataset, 'defaultLanguage'),
      'field.required',
      ['dataset', 'defaultLanguage'],
    ],
    [
      'criterion axis missing',
      (e) => unset(at(e.criteria, 0), 'axis'),
      'field.required',
      ['criteria', 0, 'axis'],
    ],
    [
      'defaultLanguage unknown',
      (e) => set(e.dataset, { defaultLanguage: 'de' }),
      'field.notAllowed',
      ['dataset', 'defaultLanguage'],
    ],
    [
      'region without name',
      (e) => set(e.dataset, { region: { nutsCode: 'FI1D7' } }),
      'field.required',
      ['dataset', 'region', 'name'],
    ],
    [
      'strategyPeriod missing',
      (e) => unset(e.dataset, 'strategyPeriod'),
      'field.required',
      ['dataset', 'strategyPeriod'],
    ],
    [
      'strategyPeriod not whole years',
      (e) => (e.dataset.strategyPeriod.start = 2023.5),
      'field.notInteger',
      ['dataset', 'strategyPeriod', 'start'],
    ],
    [
      'strategyPeriod reversed',
      (e) => (e.dataset.strategyPeriod = { start: 2027, end: 2021 }),
      'frame.periodReversed',
      ['dataset', 'strategyPeriod'],
    ],
    ['themes missing', (e) => unset(e, 'themes'), 'field.required', ['themes']],
    ['themes empty', (e) => (e.themes = []), 'field.tooFewItems', ['themes']],
    [
      'themes not a list',
      (e) => set(e, { themes: { 'th-a': 'Teema A' } }),
      'field.wrongType',
      ['themes'],
    ],
    ['theme not an object', (e) => set(e, { themes: ['th-a'] }), 'field.wrongType', ['themes', 0]],
    [
      'theme id invalid',
      (e) => (at(e.themes, 0).id = '-th-a'),
      'field.invalidId',
      ['themes', 0, 'id'],
    ],
    [
      'theme id too long',
      (e) => (at(e.themes, 0).id = 'a'.repeat(65)),
      'field.invalidId',
      ['themes', 0, 'id'],
    ],
    [
      'theme name missing',
      (e) => unset(at(e.themes, 0), 'name'),
      'field.required',
      ['themes', 0, 'name'],
    ],
    [
      'theme colour not #rrggbb',
      (e) => (at(e.themes, 1).color = '#fff'),
      'field.invalidColor',
      ['themes', 1, 'color'],
    ],
    [
      'theme ids repeat',
      (e) => (at(e.themes, 1).id = 'th-a'),
      'frame.duplicateId',
      ['themes', 1, 'id'],
    ],
    ['clusters not a list', (e) => set(e, { clusters: 'cl-a' }), 'field.wrongType', ['clusters']],
    [
      'cluster ids repeat',
      (e) => e.clusters?.push({ id: 'cl-a', name: 'Toinen' }),
      'frame.duplicateId',
      ['clusters', 1, 'id'],
    ],
    [
      'source kind unknown',
      (e) => set(at(e.sources, 0), { kind: 'webinar' }),
      'field.notAllowed',
      ['sources', 0, 'kind'],
    ],
    [
      'source date not a day',
      (e) => (at(e.sources, 0).date = '2022-09'),
      'field.invalidDate',
      ['sources', 0, 'date'],
    ],
    [
      'source endDate before date',
      (e) => (at(e.sources, 0).endDate = '2022-09-14'),
      'frame.endDateBeforeDate',
      ['sources', 0, 'endDate'],
    ],
    [
      'source participants negative',
      (e) => (at(e.sources, 0).participants = -1),
      'field.tooSmall',
      ['sources', 0, 'participants'],
    ],
    [
      'source participants fractional',
      (e) => (at(e.sources, 0).participants = 2.5),
      'field.notInteger',
      ['sources', 0, 'participants'],
    ],
    [
      'source remote not boolean',
      (e) => set(at(e.sources, 0), { remote: 'yes' }),
      'field.wrongType',
      ['sources', 0, 'remote'],
    ],
    [
      'source ids repeat',
      (e) => e.sources?.push({ ...at(e.sources, 0) }),
      'frame.duplicateId',
      ['sources', 1, 'id'],
    ],
    [
      'actor type unknown',
      (e) => set(at(e.actors, 0), { type: 'ministry' }),
      'field.notAllowed',
      ['actors', 0, 'type'],
    ],
    [
      'actor ids repeat',
      (e) => (at(e.actors, 1).id = 'act-a'),
      'frame.duplicateId',
      ['actors', 1, 'id'],
    ],
    ['criteria missing', (e) => unset(e, 'criteria'), 'field.required', ['criteria']],
    ['criteria empty', (e) => (e.criteria = []), 'field.tooFewItems', ['criteria']],
    [
      'criterion axis unknown',
      (e) => set(at(e.criteria, 0), { axis: 'both' }),
      'field.notAllowed',
      ['criteria', 0, 'axis'],
    ],
    [
      'no feasibility criterion',
      (e) => (at(e.criteria, 1).axis = 'impact'),
      'frame.missingAxis',
      ['criteria'],
    ],
    [
      'no impact criterion',
      (e) => (at(e.criteria, 0).axis = 'feasibility'),
      'frame.missingAxis',
      ['criteria'],
    ],
    [
      'criterion weight negative',
      (e) => (at(e.criteria, 0).weight = -0.5),
      'field.tooSmall',
      ['criteria', 0, 'weight'],
    ],
    [
      'criterion min equals max',
      (e) => (at(e.criteria, 0).min = 5),
      'frame.minNotBelowMax',
      ['criteria', 0],
    ],
    [
      'criterion min above max',
      (e) => set(at(e.criteria, 1), { min: 10, max: 0 }),
      'frame.minNotBelowMax',
      ['criteria', 1],
    ],
    [
      'criterion max below the default min',
      (e) => set(at(e.criteria, 0), { min: undefined, max: 0.5 }),
      'frame.minNotBelowMax',
      ['criteria', 0],
    ],
    [
      'criterion ids repeat',
      (e) => (at(e.criteria, 1).id = 'imp-a'),
      'frame.duplicateId',
      ['criteria', 1, 'id'],
    ],
    [
      'opportunities missing',
      (e) => unset(e, 'opportunities'),
      'field.required',
      ['opportunities'],
    ],
    [
      'opportunities not a list',
      (e) => set(e, { opportunities: { o1: opportunity('o1') } }),
      'field.wrongType',
      ['opportunities'],
    ],
    [
      'text in an unknown language',
      (e) => set(e.dataset, { title: { fi: 'Testi', de: 'Test' } }),
      'text.unknownLanguage',
      ['dataset', 'title'],
    ],
  ]

  it.each(failing)('%s', (_name, change, code, path) => {
    const r = validateExportValue(withExport(change))
    expect(r.outcome).toBe('brokenFrame')
    expect(r).not.toHaveProperty('data')
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: 'error', code, path }))
    for (const p of r.problems) expect(p.opportunity).toBeUndefined()
  })

  type PassingCase = [name: string, change: (e: ExportInput) => void]
  const passing: PassingCase[] = [
    ['exportedAt in UTC with fractions', (e) => (e.exportedAt = '2026-11-20T07:30:00.123Z')],
    ['exportedAt without seconds', (e) => (e.exportedAt = '2026-11-20T09:30+02:00')],
    ['a one-year strategy period', (e) => (e.dataset.strategyPeriod = { start: 2025, end: 2025 })],
    ['a region with a NUTS code', (e) => (e.dataset.region = { name: 'Lappi', nutsCode: 'FI1D7' })],
    ['Sámi as the default language', (e) => (e.dataset.defaultLanguage = 'se')],
    [
      'ids of one and of 64 characters',
      (e) => e.themes.push({ id: 'x', name: 'X' }, { id: `A${'b'.repeat(63)}`, name: 'Y' }),
    ],
    ['ids with dots and underscores', (e) => (at(e.themes, 1).id = '2.theme_B-x')],
    ['the same id in two different lists', (e) => (at(e.clusters, 0).id = 'th-a')],
    ['a source ending on its start day', (e) => (at(e.sources, 0).endDate = '2022-09-15')],
    [
      'a remote source with participants',
      (e) => set(at(e.sources, 0), { remote: true, participants: 0 }),
    ],
    ['a weight of zero on one criterion', (e) => (at(e.criteria, 1).weight = 0)],
    [
      'negative criterion ranges',
      (e) => {
        set(at(e.criteria, 1), { min: -5, max: -1 })
        for (const o of e.opportunities) o.scores = { 'imp-a': 3, 'fea-a': -5 }
      },
    ],
    [
      'text with a less-than sign that is not markup',
      (e) => (at(e.themes, 0).name = 'Tuulivoima <5 MW ja a < b'),
    ],
    ['line breaks in text', (e) => (at(e.themes, 0).description = 'Rivi 1\nRivi 2')],
  ]

  it.each(passing)('loads: %s', (_name, change) => {
    const r = validateExportValue(withExport(change))
    expect(errors(r)).toEqual([])
    expect(r.outcome).toBe('loaded')
  })

  it('applies criterion defaults: weight 1, min 1, max 5', () => {
    const e = withExport((x) => {
      x.criteria = [
        { id: 'imp-a', axis: 'impact', name: 'Vaikutus' },
        { id: 'fea-a', axis: 'feasibility', name: 'Toteutettavuus', max: 10 },
      ]
    })
    const r = loaded(validateExportValue(e))
    expect(r.data.criteria.map(({ id, weight, min, max }) => ({ id, weight, min, max }))).toEqual([
      { id: 'imp-a', weight: 1, min: 1, max: 5 },
      { id: 'fea-a', weight: 1, min: 1, max: 10 },
    ])
    expect(r.data.criterionById.get('imp-a')?.max).toBe(5)
    // The defaults are also the range scores are checked against and mapped from.
    expect(normalisedRows(r.data)[0]).toEqual([0.5, 4 / 9])
  })

  it('reports every repeated id of a shared list, each where it is', () => {
    const r = validateExportValue(
      withExport((e) => {
        e.actors = [
          { id: 'act-a', name: 'A' },
          { id: 'act-b', name: 'B' },
          { id: 'act-a', name: 'C' },
        ]
      }),
    )
    expect(r.outcome).toBe('brokenFrame')
    expect(r.problems.map((p) => p.path)).toEqual([
      ['actors', 0, 'id'],
      ['actors', 2, 'id'],
    ])
    expect(r.problems[0]?.params).toEqual({ id: 'act-a', list: 'actors' })
  })

  it('loads nothing from a broken frame, however good the opportunities', () => {
    const r = validateExportValue(withExport((e) => (e.themes = [])))
    expect(r.outcome).toBe('brokenFrame')
    expect(Object.keys(r)).toEqual(['outcome', 'problems'])
  })

  it('refuses a __proto__ key anywhere in the frame', () => {
    const t = JSON.stringify(minimalExport()).replace(
      '"defaultLanguage":"fi"',
      '"defaultLanguage":"fi","region":{"name":"Lappi","__proto__":{"polluted":true}}',
    )
    const r = validateExportText(t)
    expect(r.outcome).toBe('brokenFrame')
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'field.forbiddenKey',
        params: { field: '__proto__' },
        path: ['dataset', 'region', '__proto__'],
      },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('warns about unknown frame fields and keeps them', () => {
    const e = withExport((x) => {
      set(x, { producer: 'Kyselytyökalu' })
      set(x.dataset, { contact: 'kasvukartta@example.org' })
      set(at(x.themes, 0), { icon: 'factory' })
    })
    const r = loaded(validateExportValue(e))
    expect(warnings(r).map((p) => [p.code, p.path, p.params])).toEqual(
      expect.arrayContaining([
        ['warning.unknownField', ['producer'], { field: 'producer' }],
        ['warning.unknownField', ['dataset', 'contact'], { field: 'contact' }],
        ['warning.unknownField', ['themes', 0, 'icon'], { field: 'icon' }],
      ]),
    )
    expect(warnings(r)).toHaveLength(3)
    expect((r.data.frame as Record<string, unknown>).producer).toBe('Kyselytyökalu')
    expect((r.data.dataset as Record<string, unknown>).contact).toBe('kasvukartta@example.org')
    expect((r.data.themeById.get('th-a') as Record<string, unknown>).icon).toBe('factory')
  })

  it('reports field errors and not unknown fields when the frame is broken', () => {
    const r = validateExportValue(
      withExport((e) => {
        set(e, { producer: 'x' })
        e.themes = []
      }),
    )
    expect(r.outcome).toBe('brokenFrame')
    expect(codes(r)).toEqual(['field.tooFewItems'])
  })
})

describe('3. opportunities set aside', () => {
  type OppCase = [
    name: string,
    change: (o: OpportunityInput, e: ExportInput) => void,
    code: ProblemCode,
    path: JsonPath,
  ]
  // Each breaks opportunity o2 (index 1) in one way; o1 and o3 must load regardless.
  const failing: OppCase[] = [
    ['id missing', (o) => unset(o, 'id'), 'field.required', ['id']],
    ['id not a string', (o) => set(o, { id: 42 }), 'field.wrongType', ['id']],
    ['id invalid', (o) => (o.id = 'o 2'), 'field.invalidId', ['id']],
    ['id with a letter outside ASCII', (o) => (o.id = 'ö2'), 'field.invalidId', ['id']],
    ['title missing', (o) => unset(o, 'title'), 'field.required', ['title']],
    ['title a number', (o) => set(o, { title: 2 }), 'field.wrongType', ['title']],
    ['title empty', (o) => (o.title = ''), 'text.empty', ['title']],
    [
      'title with only empty translations',
      (o) => (o.title = { fi: '', sv: '' }),
      'text.empty',
      ['title'],
    ],
    [
      'title in an unknown language',
      (o) => set(o, { title: { fi: 'Testi', de: 'Test' } }),
      'text.unknownLanguage',
      ['title'],
    ],
    [
      'title translation not text',
      (o) => set(o, { title: { fi: 'Testi', en: 3 } }),
      'field.wrongType',
      ['title', 'en'],
    ],
    ['theme missing', (o) => unset(o, 'theme'), 'field.required', ['theme']],
    ['theme unknown', (o) => (o.theme = 'th-z'), 'ref.unknownTheme', ['theme']],
    [
      'cluster unknown',
      (o) => (o.clusters = ['cl-a', 'cl-z']),
      'ref.unknownCluster',
      ['clusters', 1],
    ],
    ['clusters not a list', (o) => set(o, { clusters: 'cl-a' }), 'field.wrongType', ['clusters']],
    ['growthGoals missing', (o) => unset(o, 'growthGoals'), 'field.required', ['growthGoals']],
    ['growthGoals empty', (o) => (o.growthGoals = []), 'field.tooFewItems', ['growthGoals']],
    [
      'growthGoal unknown',
      (o) => set(o, { growthGoals: ['business', 'tourism'] }),
      'field.notAllowed',
      ['growthGoals', 1],
    ],
    [
      'innovationType unknown',
      (o) => set(o, { innovationTypes: ['social'] }),
      'field.notAllowed',
      ['innovationTypes', 0],
    ],
    ['status missing', (o) => unset(o, 'status'), 'field.required', ['status']],
    ['status unknown', (o) => set(o, { status: 'done' }), 'field.notAllowed', ['status']],
    [
      'score not a number',
      (o) => set(o, { scores: { 'imp-a': '3' } }),
      'field.wrongType',
      ['scores', 'imp-a'],
    ],
    ['scores not an object', (o) => set(o, { scores: [3, 5] }), 'field.wrongType', ['scores']],
    [
      'score for an unknown criterion',
      (o) => (o.scores = { 'imp-a': 3, 'imp-z': 3 }),
      'ref.unknownCriterion',
      ['scores', 'imp-z'],
    ],
    [
      'score above max',
      (o) => (o.scores = { 'imp-a': 5.5 }),
      'score.outOfRange',
      ['scores', 'imp-a'],
    ],
    [
      'score below min',
      (o) => (o.scores = { 'imp-a': 0.99 }),
      'score.outOfRange',
      ['scores', 'imp-a'],
    ],
    [
      'score outside a 0..10 range',
      (o) => (o.scores = { 'fea-a': -1 }),
      'score.outOfRange',
      ['scores', 'fea-a'],
    ],
    ['budget negative', (o) => (o.budgetEur = -1), 'field.tooSmall', ['budgetEur']],
    ['budget text', (o) => set(o, { budgetEur: '100 000' }), 'field.wrongType', ['budgetEur']],
    [
      'horizon without end',
      (o) => set(o, { horizon: { start: '2025' } }),
      'field.required',
      ['horizon', 'end'],
    ],
    [
      'horizon start not a period',
      (o) => (o.horizon = { start: '2025-Q5', end: '2026' }),
      'field.invalidPeriod',
      ['horizon', 'start'],
    ],
    [
      'horizon end a full date',
      (o) => (o.horizon = { start: '2025', end: '2026-06-30' }),
      'field.invalidPeriod',
      ['horizon', 'end'],
    ],
    [
      'horizon month 13',
      (o) => (o.horizon = { start: '2025-13', end: '2026' }),
      'field.invalidPeriod',
      ['horizon', 'start'],
    ],
    [
      'horizon ends before it starts',
      (o) => (o.horizon = { start: '2026', end: '2025-Q4' }),
      'period.endBeforeStart',
      ['horizon'],
    ],
    [
      'horizon month before quarter',
      (o) => (o.horizon = { start: '2026-Q3', end: '2026-06' }),
      'period.endBeforeStart',
      ['horizon'],
    ],
    [
      'phase ends before it starts',
      (o) => (o.phases = [{ name: 'Vaihe', start: '2026-05', end: '2026-04' }]),
      'period.endBeforeStart',
      ['phases', 0],
    ],
    [
      'phase without name',
      (o) => set(o, { phases: [{ start: '2026', end: '2026' }] }),
      'field.required',
      ['phases', 0, 'name'],
    ],
    [
      'milestone date neither',
      (o) => (o.milestones = [{ date: '1.6.2026', name: 'Valmis' }]),
      'field.invalidPeriodOrDate',
      ['milestones', 0, 'date'],
    ],
    [
      'milestone done not boolean',
      (o) => set(o, { milestones: [{ date: '2026', name: 'V', done: 1 }] }),
      'field.wrongType',
      ['milestones', 0, 'done'],
    ],
    ['source unknown', (o) => (o.sources = ['src-z']), 'ref.unknownSource', ['sources', 0]],
    [
      'actor unknown',
      (o) => (o.actors = [{ actor: 'act-z', role: 'lead' }]),
      'ref.unknownActor',
      ['actors', 0, 'actor'],
    ],
    [
      'actor role unknown',
      (o) => set(o, { actors: [{ actor: 'act-a', role: 'owner' }] }),
      'field.notAllowed',
      ['actors', 0, 'role'],
    ],
    [
      'funding instrument unknown',
      (o) => set(o, { funding: [{ instrument: 'EAFRD' }] }),
      'field.notAllowed',
      ['funding', 0, 'instrument'],
    ],
    [
      'funding amount negative',
      (o) => (o.funding = [{ instrument: 'ERDF', amountEur: -5 }]),
      'field.tooSmall',
      ['funding', 0, 'amountEur'],
    ],
    [
      'funding status unknown',
      (o) => set(o, { funding: [{ instrument: 'JTF', status: 'rejected' }] }),
      'field.notAllowed',
      ['funding', 0, 'status'],
    ],
    [
      'indicator without name',
      (o) => set(o, { indicators: [{ code: 'RCO01' }] }),
      'field.required',
      ['indicators', 0, 'name'],
    ],
    [
      'indicator targetYear fractional',
      (o) => (o.indicators = [{ name: 'Yritykset', targetYear: 2027.5 }]),
      'field.notInteger',
      ['indicators', 0, 'targetYear'],
    ],
    [
      'dependsOn an unknown opportunity',
      (o) => (o.dependsOn = ['o1', 'o9']),
      'ref.unknownOpportunity',
      ['dependsOn', 1],
    ],
    ['dependsOn itself', (o) => (o.dependsOn = ['o2']), 'dependsOn.self', ['dependsOn', 0]],
    [
      'dependsOn an invalid id',
      (o) => (o.dependsOn = ['o 1']),
      'field.invalidId',
      ['dependsOn', 0],
    ],
    ['tags not texts', (o) => set(o, { tags: [1] }), 'field.wrongType', ['tags', 0]],
    [
      'link javascript:',
      (o) => (o.links = [{ label: 'x', url: 'javascript:alert(1)' }]),
      'link.unsafe',
      ['links', 0, 'url'],
    ],
    [
      'link JavaScript: in capitals',
      (o) => (o.links = [{ label: 'x', url: 'JavaScript:alert(1)' }]),
      'link.unsafe',
      ['links', 0, 'url'],
    ],
    [
      'link data:',
      (o) => (o.links = [{ label: 'x', url: 'data:text/html,x' }]),
      'link.unsafe',
      ['links', 0, 'url'],
    ],
    [
      'link ftp:',
      (o) => (o.links = [{ label: 'x', url: 'ftp://example.org/' }]),
      'link.unsafe',
      ['links', 0, 'url'],
    ],
    [
      'link relative',
      (o) => (o.links = [{ label: 'x', url: '/hanke' }]),
      'link.unsafe',
      ['links', 0, 'url'],
    ],
    [
      'link with a tab inside',
      (o) => (o.links = [{ label: 'x', url: 'https://exa\tmple.org/' }]),
      'link.unsafe',
      ['links', 0, 'url'],
    ],
    [
      'updatedAt not a day',
      (o) => (o.updatedAt = '2026-02-29'),
      'field.invalidDate',
      ['updatedAt'],
    ],
  ]

  it.each(failing)('%s', (_name, change, code, path) => {
    const e = withExport((x) => change(opp(x, 1), x))
    const raw = opp(e, 1)
    const r = partial(validateExportValue(e))
    expect(r.setAside.map((s) => s.index)).toEqual([1])
    expect(r.setAside[0]?.raw).toBe(raw)
    expect(r.setAside[0]?.reasons).toContainEqual(
      expect.objectContaining({ severity: 'error', code, path: ['opportunities', 1, ...path] }),
    )
    expect(r.data.opportunities.map((o) => o.id)).toEqual(['o1', 'o3'])
    expect(r.data.opportunities.map((o) => o.index)).toEqual([0, 2])
  })

  type PassingCase = [name: string, change: (o: OpportunityInput) => void]
  const passing: PassingCase[] = [
    ['a plain-string title', (o) => (o.title = 'Pelkkä suomenkielinen otsikko')],
    ['a title in Swedish only', (o) => (o.title = { sv: 'Endast svenska' })],
    [
      'a title in all six languages',
      (o) => (o.title = { fi: 'a', sv: 'b', en: 'c', se: 'd', smn: 'e', sms: 'f' }),
    ],
    ['one empty and one filled translation', (o) => (o.title = { fi: 'Otsikko', en: '' })],
    ['a title with "<" that is not markup', (o) => (o.title = 'Alle <10 MW:n voimalat, 3 < 4')],
    ['scores on the bounds', (o) => (o.scores = { 'imp-a': 1, 'fea-a': 10 })],
    ['a zero score on a 0..10 criterion', (o) => (o.scores = { 'imp-a': 5, 'fea-a': 0 })],
    ['a fractional score', (o) => (o.scores = { 'imp-a': 3.25, 'fea-a': 7.5 })],
    ['a zero budget', (o) => (o.budgetEur = 0)],
    ['all three growth goals', (o) => (o.growthGoals = ['business', 'rdi', 'wellbeing'])],
    [
      'each innovation type',
      (o) => (o.innovationTypes = ['product', 'service', 'process', 'operatingModel']),
    ],
    ['a horizon within one period', (o) => (o.horizon = { start: '2026-Q2', end: '2026-Q2' })],
    [
      'a horizon ending in the month its quarter ends',
      (o) => (o.horizon = { start: '2026-Q3', end: '2026-09' }),
    ],
    [
      'a horizon ending in the year it starts',
      (o) => (o.horizon = { start: '2026-11', end: '2026' }),
    ],
    [
      'phases in order',
      (o) =>
        (o.phases = [
          { name: 'A', start: '2024', end: '2024-Q4' },
          { name: { fi: 'B' }, start: '2025-01', end: '2025-06' },
        ]),
    ],
    ['a leap day', (o) => (o.updatedAt = '2024-02-29')],
    [
      'milestones as a year, quarter, month and date',
      (o) =>
        (o.milestones = ['2025', '2025-Q1', '2025-03', '2025-03-31'].map((date) => ({
          date,
          name: 'M',
          done: false,
        }))),
    ],
    [
      'every actor role',
      (o) =>
        (o.actors = ['lead', 'partner', 'funder', 'beneficiary'].map(
          (role) => ({ actor: 'act-a', role }) as never,
        )),
    ],
    [
      'funding without amount or status',
      (o) =>
        (o.funding = [
          { instrument: 'ESF+' },
          { instrument: 'HorizonEurope', amountEur: 0, status: 'granted' },
        ]),
    ],
    [
      'a full indicator',
      (o) =>
        (o.indicators = [
          {
            code: 'RCR03',
            name: 'SMEs',
            unit: 'kpl',
            baseline: 0,
            target: 12,
            targetYear: 2027,
            actual: -1,
          },
        ]),
    ],
    ['dependencies on others', (o) => (o.dependsOn = ['o1', 'o3'])],
    ['the same dependency twice', (o) => (o.dependsOn = ['o1', 'o1'])],
    [
      'https, http and mailto links',
      (o) =>
        (o.links = [
          { label: 'a', url: 'https://example.org/a?b=c#d' },
          { label: 'b', url: 'http://example.org' },
          { label: 'c', url: 'mailto:info@example.org' },
        ]),
    ],
    [
      'empty optional lists',
      (o) =>
        Object.assign(o, {
          clusters: [],
          sources: [],
          actors: [],
          funding: [],
          tags: [],
          links: [],
          dependsOn: [],
          phases: [],
          indicators: [],
          innovationTypes: [],
        }),
    ],
    ['line breaks and tabs in text', (o) => (o.description = 'Rivi 1\nRivi 2\n\tsisennetty')],
  ]

  it.each(passing)('loads: %s', (_name, change) => {
    const r = validateExportValue(withExport((e) => change(opp(e, 1))))
    expect(errors(r)).toEqual([])
    expect(r.outcome).toBe('loaded')
  })

  it('sets aside a record that is not an object', () => {
    for (const value of [null, 'o2', 2, [opportunity('o2')], true]) {
      const e = withExport((x) => set(x.opportunities, { 1: value }))
      const r = partial(validateExportValue(e))
      expect(r.setAside).toEqual([
        {
          index: 1,
          raw: value,
          reasons: [
            expect.objectContaining({ code: 'opportunity.notObject', path: ['opportunities', 1] }),
          ],
        },
      ])
    }
  })

  it('reports every field error of a record, not only the first', () => {
    const e = withExport((x) => set(opp(x, 1), { status: 'done', budgetEur: -1, growthGoals: [] }))
    const r = partial(validateExportValue(e))
    expect(r.setAside[0]?.reasons.map((p) => p.code).sort()).toEqual([
      'field.notAllowed',
      'field.tooFewItems',
      'field.tooSmall',
    ])
  })

  it('reports every broken reference of a record', () => {
    const e = withExport((x) =>
      set(opp(x, 1), {
        theme: 'th-z',
        clusters: ['cl-z'],
        sources: ['src-z'],
        actors: [{ actor: 'act-z', role: 'lead' }],
        scores: { 'imp-z': 1, 'imp-a': 9 },
        horizon: { start: '2027', end: '2026' },
      }),
    )
    const r = partial(validateExportValue(e))
    expect(r.setAside[0]?.reasons.map((p) => p.code)).toEqual([
      'ref.unknownTheme',
      'ref.unknownCluster',
      'ref.unknownSource',
      'ref.unknownActor',
      'ref.unknownCriterion',
      'score.outOfRange',
      'period.endBeforeStart',
    ])
  })

  it('sets aside every occurrence of a repeated id', () => {
    const e = withExport((x) => {
      x.opportunities.push(opportunity('o2'), opportunity('o4'), opportunity('o2'))
    })
    const r = partial(validateExportValue(e))
    expect(r.setAside.map((s) => [s.index, s.id])).toEqual([
      [1, 'o2'],
      [3, 'o2'],
      [5, 'o2'],
    ])
    for (const s of r.setAside) {
      expect(s.reasons).toEqual([
        expect.objectContaining({
          code: 'opportunity.duplicateId',
          params: { id: 'o2', count: 3 },
          path: ['opportunities', s.index, 'id'],
        }),
      ])
    }
    expect(r.data.opportunities.map((o) => o.id)).toEqual(['o1', 'o3', 'o4'])
    expect(opportunityWithId(r.data, 'o2') !== undefined).toBe(false)
  })

  it('sets aside the valid twin of a record that is invalid for another reason', () => {
    const e = withExport((x) =>
      x.opportunities.push(opportunity('o2', { status: 'done' as never })),
    )
    const r = partial(validateExportValue(e))
    expect(r.setAside.map((s) => [s.index, s.reasons.map((p) => p.code)])).toEqual([
      [1, ['opportunity.duplicateId']],
      [3, ['field.notAllowed']],
    ])
  })

  it('loads an opportunity that depends on a repeated id, with a warning', () => {
    // A repeated id occurs in the file (so it is not unknown), but none of its records loads.
    const e = withExport((x) => {
      x.opportunities.push(opportunity('o2'))
      opp(x, 2).dependsOn = ['o2']
    })
    const r = partial(validateExportValue(e))
    expect(r.setAside.map((s) => s.index)).toEqual([1, 3])
    expect(r.data.opportunities.map((o) => o.id)).toEqual(['o1', 'o3'])
    expect(r.problems.filter((p) => p.code === 'ref.unknownOpportunity')).toEqual([])
    expect(problemWith(r, 'warning.dependencySetAside')).toMatchObject({
      params: { id: 'o2' },
      path: ['opportunities', 2, 'dependsOn', 0],
    })
    expect(r.data.dependents.has('o2')).toBe(false)
  })

  it('loads an opportunity that depends on a set-aside one, with a warning', () => {
    const e = withExport((x) => {
      opp(x, 0).status = 'done' as never
      opp(x, 2).dependsOn = ['o1']
    })
    const r = partial(validateExportValue(e))
    expect(r.setAside.map((s) => s.id)).toEqual(['o1'])
    expect(r.data.opportunities.map((o) => o.id)).toEqual(['o2', 'o3'])
    expect(problemWith(r, 'warning.dependencySetAside')).toEqual({
      severity: 'warning',
      code: 'warning.dependencySetAside',
      params: { id: 'o1' },
      path: ['opportunities', 2, 'dependsOn', 0],
      opportunity: { index: 2, id: 'o3', title: { fi: 'Mahdollisuus o3', en: 'Opportunity o3' } },
    })
    // The set-aside opportunity is not a dependent's target in the loaded data.
    expect(r.data.dependents.has('o1')).toBe(false)
  })

  it('sets aside every member of a dependsOn cycle and keeps those merely depending on one', () => {
    const e = withExport((x) => {
      x.opportunities.push(opportunity('o4'), opportunity('o5'))
      opp(x, 0).dependsOn = ['o2'] // o1 → o2 → o3 → o1 is the cycle
      opp(x, 1).dependsOn = ['o3']
      opp(x, 2).dependsOn = ['o1']
      opp(x, 3).dependsOn = ['o3'] // o4 only depends on a member
      opp(x, 4).dependsOn = ['o4'] // o5 depends on o4, which stays
    })
    const r = partial(validateExportValue(e))
    expect(r.setAside.map((s) => s.id)).toEqual(['o1', 'o2', 'o3'])
    for (const s of r.setAside) {
      expect(s.reasons).toEqual([
        expect.objectContaining({
          code: 'dependsOn.cycle',
          path: ['opportunities', s.index, 'dependsOn'],
        }),
      ])
    }
    expect(r.setAside[0]?.reasons[0]?.params).toEqual({ cycle: 'o1 → o2 → o3 → o1' })
    expect(r.setAside[2]?.reasons[0]?.params).toEqual({ cycle: 'o3 → o1 → o2 → o3' })
    expect(r.data.opportunities.map((o) => o.id)).toEqual(['o4', 'o5'])
    expect(warnings(r).map((p) => [p.code, p.opportunity?.id, p.params])).toEqual([
      ['warning.dependencySetAside', 'o4', { id: 'o3' }],
    ])
    expect(r.data.dependents.get('o4')).toEqual(['o5'])
  })

  it('finds a cycle of two and leaves the others alone', () => {
    const e = withExport((x) => {
      opp(x, 0).dependsOn = ['o3']
      opp(x, 2).dependsOn = ['o1']
    })
    const r = partial(validateExportValue(e))
    expect(r.setAside.map((s) => s.id)).toEqual(['o1', 'o3'])
    expect(r.data.opportunities.map((o) => o.id)).toEqual(['o2'])
    expect(warnings(r)).toEqual([])
  })

  it('sets aside a record with a __proto__ key, untouched, and loads the rest', () => {
    // Build the text by hand: JSON.stringify would not write an own __proto__ key from a literal.
    const source = `{"id":"o2","title":"Saastunut","theme":"th-a","growthGoals":["rdi"],"status":"planned","scores":{"imp-a":3,"__proto__":{"polluted":true}},"actors":[{"actor":"act-a","role":"lead","__proto__":{"admin":true}}]}`
    const full = JSON.stringify(minimalExport()).replace(JSON.stringify(opportunity('o2')), source)
    const r = partial(validateExportText(full))
    expect(r.setAside).toHaveLength(1)
    const record = r.setAside[0]
    expect(record?.id).toBe('o2')
    expect(record?.title).toBe('Saastunut')
    expect(record?.reasons.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        ['opportunities', 1, 'scores', '__proto__'],
        ['opportunities', 1, 'actors', 0, '__proto__'],
      ]),
    )
    expect(record?.reasons.every((p) => p.code === 'field.forbiddenKey')).toBe(true)
    // The raw record is exactly what came in, __proto__ keys included, for download.
    expect(JSON.stringify(record?.raw)).toBe(source)
    expect(r.data.opportunities.map((o) => o.id)).toEqual(['o1', 'o3'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('warns about unknown opportunity fields and keeps them in the loaded data', () => {
    const e = withExport((x) => {
      set(opp(x, 1), { owner: 'Matti Meikäläinen', extra: { nested: [1, 2] } })
      x.opportunities[2] = {
        ...opp(x, 2),
        actors: [{ actor: 'act-a', role: 'lead', note: 'x' } as never],
      }
    })
    const r = loaded(validateExportValue(e))
    expect(r.problems.map((p) => [p.code, p.path, p.params])).toEqual([
      ['warning.unknownField', ['opportunities', 1, 'owner'], { field: 'owner' }],
      ['warning.unknownField', ['opportunities', 1, 'extra'], { field: 'extra' }],
      ['warning.unknownField', ['opportunities', 2, 'actors', 0, 'note'], { field: 'note' }],
    ])
    expect(r.problems[0]?.opportunity).toEqual({
      index: 1,
      id: 'o2',
      title: { fi: 'Mahdollisuus o2', en: 'Opportunity o2' },
    })
    const o2 = opportunityWithId(r.data, 'o2')?.record as unknown as Record<string, unknown>
    expect(o2.owner).toBe('Matti Meikäläinen')
    expect(o2.extra).toEqual({ nested: [1, 2] })
    expect(opportunityWithId(r.data, 'o3')?.record.actors).toEqual([
      { actor: 'act-a', role: 'lead', note: 'x' },
    ])
  })

  it('gives set-aside records as they came: the same object, deep-equal to the text', () => {
    const e = withExport((x) => set(opp(x, 1), { status: 'done', owner: 'x' }))
    const raw = opp(e, 1)
    const before = structuredClone(raw)
    const r = partial(validateExportValue(e))
    expect(r.setAside[0]?.raw).toBe(raw)
    expect(raw).toEqual(before)
    // Read from text, the record deep-equals the one in the file, unknown fields and all.
    const fromText = partial(validateExportText(JSON.stringify(e)))
    expect(fromText.setAside[0]?.raw).toEqual(JSON.parse(JSON.stringify(e)).opportunities[1])
    expect(fromText.setAside[0]).toMatchObject({
      index: 1,
      id: 'o2',
      title: { fi: 'Mahdollisuus o2', en: 'Opportunity o2' },
    })
  })

  it('does not change the input, not even the loaded records', () => {
    const e = withExport((x) => {
      set(opp(x, 1), { status: 'done' })
      x.criteria = [
        { id: 'imp-a', axis: 'impact', name: 'A' },
        { id: 'fea-a', axis: 'feasibility', name: 'B' },
      ]
    })
    const before = structuredClone(e)
    validateExportValue(e)
    expect(e).toEqual(before)
  })
})

describe('text policy: plain text, shown as written', () => {
  const htmlLike: [string, (e: ExportInput) => void, JsonPath, string][] = [
    [
      'theme description with a paragraph',
      (e) => (at(e.themes, 0).description = '<p>Kuvaus</p>'),
      ['themes', 0, 'description'],
      '<p>',
    ],
    [
      'source location in bold',
      (e) => (at(e.sources, 0).location = '<b>Rovaniemi</b>'),
      ['sources', 0, 'location'],
      '<b>',
    ],
    [
      'title with a line break tag',
      (e) => (opp(e, 0).title = 'Testi <br/> rivi'),
      ['opportunities', 0, 'title'],
      '<br/>',
    ],
    [
      'summary with a script',
      (e) => (opp(e, 0).summary = { fi: '<script>alert(1)</script>' }),
      ['opportunities', 0, 'summary', 'fi'],
      '<script>',
    ],
    [
      'description with a comment',
      (e) => (opp(e, 0).description = 'Kuvaus <!-- piilossa -->'),
      ['opportunities', 0, 'description'],
      '<!-- piilossa -->',
    ],
    [
      'tag in italics',
      (e) => (opp(e, 0).tags = ['<i>x</i>']),
      ['opportunities', 0, 'tags', 0],
      '<i>',
    ],
    [
      'link label with a link',
      (e) => (opp(e, 0).links = [{ label: '<a href="x">x</a>', url: 'https://example.org/' }]),
      ['opportunities', 0, 'links', 0, 'label'],
      '<a href="x">',
    ],
    [
      'svg with an onload handler',
      (e) => (opp(e, 0).title = '<svg/onload=alert(1)>'),
      ['opportunities', 0, 'title'],
      '<svg/onload=alert(1)>',
    ],
    [
      'unclosed image with an error handler',
      (e) => (opp(e, 0).title = '<img src=x onerror=alert(1)'),
      ['opportunities', 0, 'title'],
      '<img src=x onerror=alert(1)',
    ],
  ]

  it.each(htmlLike)('loads %s with a warning naming the field', (_name, change, path, tag) => {
    const report = validateExportValue(withExport(change))
    expect(report.outcome).toBe('loaded')
    expect(report.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'warning.htmlText',
        path,
        params: expect.objectContaining({ tag }),
      }),
    ])
  })

  it.each([
    ['a<b ja x>y'],
    ['Kaava: <tuotenimi> korvataan'],
    ['Raportti <2026> ja <Q3>'],
    ['CO2 < 50 g/kWh'],
  ])('loads %s as it is, with no warning', (text) => {
    const report = validateExportValue(withExport((e) => (opp(e, 1).title = text)))
    expect(report.outcome).toBe('loaded')
    expect(report.problems).toEqual([])
    if (!('data' in report)) return
    expect(opportunityWithId(report.data, 'o2')?.record.title).toBe(text)
  })

  it('keeps a text that looks like HTML exactly as written in the loaded data', () => {
    const text = '<img src=x onerror=alert(1)>'
    const report = validateExportValue(withExport((e) => (opp(e, 0).summary = text)))
    if (!('data' in report)) throw new Error('must load')
    expect(opportunityWithId(report.data, 'o1')?.record.summary).toBe(text)
  })
})

describe('4. warnings', () => {
  it('warns about unscored criteria, naming them', () => {
    const e = withExport((x) => {
      opp(x, 1).scores = { 'imp-a': null }
      opp(x, 2).scores = { 'fea-a': 2 }
    })
    const r = loaded(validateExportValue(e))
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'warning.noScores',
        params: {},
        path: ['opportunities', 1, 'scores'],
        opportunity: { index: 1, id: 'o2', title: { fi: 'Mahdollisuus o2', en: 'Opportunity o2' } },
      },
      {
        severity: 'warning',
        code: 'warning.unscored',
        params: { criteria: 'imp-a', count: 1 },
        path: ['opportunities', 2, 'scores'],
        opportunity: { index: 2, id: 'o3', title: { fi: 'Mahdollisuus o3', en: 'Opportunity o3' } },
      },
    ])
  })

  it('warns that nothing is scored, whether scores are absent, empty or all null', () => {
    const e = withExport((x) => {
      unset(opp(x, 0), 'scores')
      opp(x, 1).scores = {}
      opp(x, 2).scores = { 'imp-a': null, 'fea-a': null }
    })
    const r = loaded(validateExportValue(e))
    expect(r.problems.map((p) => [p.code, p.opportunity?.id])).toEqual([
      ['warning.noScores', 'o1'],
      ['warning.noScores', 'o2'],
      ['warning.noScores', 'o3'],
    ])
  })

  it('treats criterion ids named like Object.prototype members as plain ids', () => {
    const e = withExport((x) => {
      x.criteria = [
        { id: 'toString', axis: 'impact', name: 'A' },
        { id: 'constructor', axis: 'feasibility', name: 'B' },
      ]
      opp(x, 0).scores = {}
      opp(x, 1).scores = { toString: 5 }
      opp(x, 2).scores = { toString: 3, constructor: 1 }
    })
    const r = loaded(validateExportValue(e))
    expect(r.problems.map((p) => [p.code, p.opportunity?.id, p.params])).toEqual([
      ['warning.noScores', 'o1', {}],
      ['warning.unscored', 'o2', { criteria: 'constructor', count: 1 }],
    ])
    expect(normalisedRows(r.data)).toEqual([
      [null, null],
      [1, null],
      [0.5, 0],
    ])
    expect([0, 1, 2].map((i) => rankAt(r.data.scores, i))).toEqual([null, 1, 2])
  })

  it('warns about milestones outside the horizon, and not about those overlapping it', () => {
    const e = withExport((x) => {
      opp(x, 0).horizon = { start: '2024-Q2', end: '2026-Q1' }
      opp(x, 0).milestones = [
        { date: '2024-03-31', name: 'Ennen' },
        { date: '2024-04-01', name: 'Alussa' },
        { date: '2024', name: 'Vuosi, osin sisällä' },
        { date: '2026-Q1', name: 'Lopussa' },
        { date: '2026-04', name: 'Jälkeen' },
        { date: '2030', name: 'Paljon jälkeen' },
      ]
      // Without a horizon there is nothing to be outside of.
      opp(x, 1).milestones = [{ date: '1999', name: 'Kauan sitten' }]
    })
    const r = loaded(validateExportValue(e))
    expect(r.problems.map((p) => [p.code, p.path, p.params])).toEqual([
      [
        'warning.milestoneOutsideHorizon',
        ['opportunities', 0, 'milestones', 0, 'date'],
        { date: '2024-03-31', start: '2024-Q2', end: '2026-Q1' },
      ],
      [
        'warning.milestoneOutsideHorizon',
        ['opportunities', 0, 'milestones', 4, 'date'],
        { date: '2026-04', start: '2024-Q2', end: '2026-Q1' },
      ],
      [
        'warning.milestoneOutsideHorizon',
        ['opportunities', 0, 'milestones', 5, 'date'],
        { date: '2030', start: '2024-Q2', end: '2026-Q1' },
      ],
    ])
  })

  it('warns about texts missing in the current language, once per record', () => {
    const e = withExport((x) => {
      opp(x, 0).title = 'Vain suomeksi'
      opp(x, 0).summary = { fi: 'Tiivistelmä', sv: 'Sammanfattning' }
      opp(x, 1).description = { en: 'Only in English' }
    })
    const options: ValidateOptions = { language: 'en' }
    const r = loaded(validateExportValue(e, options))
    expect(r.problems.map((p) => [p.path, p.params, p.opportunity?.id])).toEqual([
      [['themes', 0], { language: 'en', fields: 'name' }, undefined],
      [['criteria', 0], { language: 'en', fields: 'name' }, undefined],
      [['criteria', 1], { language: 'en', fields: 'name' }, undefined],
      [['opportunities', 0], { language: 'en', fields: 'title, summary' }, 'o1'],
    ])
    expect(r.problems.every((p) => p.code === 'warning.missingTranslation')).toBe(true)
    // Plain strings are in the default language (fi): nothing is missing in Finnish.
    const fi = loaded(validateExportValue(e, { language: 'fi' }))
    expect(fi.problems.map((p) => [p.path, p.params])).toEqual([
      [['opportunities', 1], { language: 'fi', fields: 'description' }],
    ])
    // Without a language, no translation warnings at all.
    expect(loaded(validateExportValue(e)).problems).toEqual([])
    // Swedish: the dataset title and every opportunity lack it.
    const sv = loaded(validateExportValue(e, { language: 'sv' }))
    expect(sv.problems.map((p) => p.path)).toContainEqual(['dataset'])
    // Added after validation (a language switch), the warnings are the same, in the same
    // order, and the same report object comes back for the same language.
    const once = validateExportValue(e)
    for (const language of ['fi', 'sv', 'en'] as const) {
      const after = reportForLanguage(once, language)
      expect(after.problems).toEqual(validateExportValue(e, { language }).problems)
      expect(reportForLanguage(once, language)).toBe(after)
    }
  })

  it('warns when every weight on an axis is zero', () => {
    const e = withExport((x) => (at(x.criteria, 1).weight = 0))
    const r = loaded(validateExportValue(e))
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'warning.zeroWeights',
        params: { axis: 'feasibility' },
        path: ['criteria'],
      },
    ])
    expect(opportunityScoreAt(r.data.scores, 0).feasibility?.equalWeights).toBe(true)
  })

  it('keeps warnings with a partial outcome, after the reasons for setting aside', () => {
    const e = withExport((x) => {
      set(opp(x, 0), { status: 'done' })
      opp(x, 2).scores = {}
    })
    const r = partial(validateExportValue(e))
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([
      ['error', 'field.notAllowed'],
      ['warning', 'warning.noScores'],
    ])
  })
})

describe('problem locations', () => {
  it('gives every problem a JSON path from the root and, for opportunities, index, id and title', () => {
    const e = withExport((x) => {
      opp(x, 0).scores = { 'imp-a': 9 }
      set(opp(x, 1), { title: 7 })
      opp(x, 2).scores = {}
      set(opp(x, 2), { extra: true })
    })
    const r = partial(validateExportValue(e, { language: 'sv' }))
    for (const p of r.problems) {
      expect(Array.isArray(p.path)).toBe(true)
      expect(p.path.every((k) => typeof k === 'string' || typeof k === 'number')).toBe(true)
      if (p.path[0] === 'opportunities' && p.path.length > 1) {
        expect(p.opportunity?.index).toBe(p.path[1])
      }
    }
    expect(problemWith(r, 'score.outOfRange')).toEqual({
      severity: 'error',
      code: 'score.outOfRange',
      params: { criterion: 'imp-a', value: 9, min: 1, max: 5 },
      path: ['opportunities', 0, 'scores', 'imp-a'],
      opportunity: { index: 0, id: 'o1', title: { fi: 'Mahdollisuus o1', en: 'Opportunity o1' } },
    })
    // A title that is not text is not quoted back as one.
    expect(problemWith(r, 'field.wrongType').opportunity).toEqual({ index: 1, id: 'o2' })
    expect(problemWith(r, 'warning.unknownField').opportunity?.id).toBe('o3')
  })

  it('locates problems in records without a usable id by position', () => {
    const e = withExport((x) => set(opp(x, 2), { id: 12, title: 'Numeroitu' }))
    const r = partial(validateExportValue(e))
    expect(r.setAside).toEqual([
      expect.objectContaining({ index: 2, title: 'Numeroitu', reasons: expect.any(Array) }),
    ])
    expect(r.setAside[0]).not.toHaveProperty('id')
    expect(r.setAside[0]?.reasons[0]?.opportunity).toEqual({ index: 2, title: 'Numeroitu' })
  })
})

describe('normalised data', () => {
  function richExport(): ExportInput {
    return withExport((x) => {
      x.criteria = [
        { id: 'imp-a', axis: 'impact', name: 'A', weight: 2, min: 1, max: 5 },
        { id: 'imp-b', axis: 'impact', name: 'B', weight: 1, min: 1, max: 5 },
        { id: 'fea-a', axis: 'feasibility', name: 'C', weight: 1, min: 0, max: 10 },
      ]
      x.opportunities = [
        opportunity('o1', {
          scores: { 'imp-a': 5, 'imp-b': 3, 'fea-a': 10 },
          horizon: { start: '2024-Q2', end: '2025' },
          actors: [
            { actor: 'act-b', role: 'partner' },
            { actor: 'act-a', role: 'lead' },
          ],
          funding: [
            { instrument: 'ERDF', amountEur: 100_000 },
            { instrument: 'private' },
            { instrument: 'JTF', amountEur: 50_000 },
          ],
          sources: ['src-a'],
        }),
        opportunity('o2', {
          scores: { 'imp-a': 3, 'imp-b': null },
          horizon: { start: '2026-02', end: '2026-02' },
          dependsOn: ['o1'],
        }),
        opportunity('o3', { scores: {}, dependsOn: ['o1', 'o2'] }),
        opportunity('o4', { status: 'done' as never }),
        opportunity('o5', {
          scores: { 'imp-a': 3, 'imp-b': null },
          funding: [{ instrument: 'ERDF' }],
        }),
      ]
    })
  }

  it('indexes the loaded data by id, leaving set-aside records out', () => {
    const r = partial(validateExportValue(richExport()))
    const d = r.data
    expect(d.opportunities.map((o) => [o.id, o.index])).toEqual([
      ['o1', 0],
      ['o2', 1],
      ['o3', 2],
      ['o5', 4],
    ])
    expect(d.opportunities.map((o) => o.id)).toEqual(['o1', 'o2', 'o3', 'o5'])
    expect(opportunityWithId(d, 'o2')).toBe(d.opportunities[1])
    expect([...d.themeById.keys()]).toEqual(['th-a', 'th-b'])
    expect(d.clusterById.get('cl-a')?.name).toBe('Klusteri A')
    expect(d.sourceById.get('src-a')?.kind).toBe('workshop')
    expect(d.actorById.get('act-b')?.name).toBe('Lapin AMK')
    expect(d.criterionById.get('fea-a')?.max).toBe(10)
    expect(d.exportedAt).toBe('2026-11-20T09:30:00+02:00')
    expect(d.dataset.id).toBe('test-dataset')
    expect(d.frame).not.toHaveProperty('opportunities')
  })

  it('lists dependents: who depends on each opportunity', () => {
    const d = partial(validateExportValue(richExport())).data
    expect(Object.fromEntries(d.dependents)).toEqual({ o1: ['o2', 'o3'], o2: ['o3'] })
  })

  it('turns horizons into day ranges', () => {
    const d = partial(validateExportValue(richExport())).data
    expect(d.opportunities.map((o) => o.horizonRange)).toEqual([
      { start: '2024-04-01', end: '2025-12-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      null,
      null,
    ])
  })

  it('maps scores to 0..1 in criteria order, null where unscored', () => {
    const d = partial(validateExportValue(richExport())).data
    expect(normalisedRows(d)).toEqual([
      [1, 0.5, 1],
      [0.5, null, null],
      [null, null, null],
      [0.5, null, null],
    ])
  })

  it('derives the lead actor, funding total and source count', () => {
    const d = partial(validateExportValue(richExport())).data
    const derived = d.opportunities.map(({ record }) => [
      leadActorOf(record),
      fundingTotalOf(record),
      sourceCountOf(record),
    ])
    expect(derived).toEqual([
      ['act-a', 150_000, 1],
      [null, null, 0],
      [null, null, 0],
      [null, null, 0],
    ])
  })

  it('scores with the export’s weights and ranks highest first, ties by id', () => {
    const d = partial(validateExportValue(richExport())).data
    const [s1, s2, s3, s5] = [0, 1, 2, 3].map((i) => opportunityScoreAt(d.scores, i))
    // o1: impact (2·1 + 1·0.5) / 3; feasibility 1; priority (2·1 + 1·0.5 + 1·1) / 4
    expect(s1?.impact).toEqual({ value: 2.5 / 3, partial: false, equalWeights: false })
    expect(s1?.feasibility).toEqual({ value: 1, partial: false, equalWeights: false })
    expect(s1?.priority?.value).toBeCloseTo(3.5 / 4, 12)
    expect(s1?.rank).toBe(1)
    // o2 and o5: impact 0.5 from imp-a alone, partial; no feasibility; equal priority.
    expect(s2).toEqual({
      impact: { value: 0.5, partial: true, equalWeights: false },
      feasibility: null,
      priority: { value: 0.5, partial: true, equalWeights: false },
      rank: 2,
    })
    expect(s5?.rank).toBe(3)
    // o3: nothing scored, no rank.
    expect(s3).toEqual({ impact: null, feasibility: null, priority: null, rank: null })
  })

  it('survives structured cloning (the worker posts it to the page)', () => {
    const d = partial(validateExportValue(richExport())).data
    const copy = structuredClone(d)
    expect(normalisedRows(copy)[0]).toEqual([1, 0.5, 1])
    expect(copy.normalisedScores.codes).toBeInstanceOf(Uint8Array)
    expect(copy.scores).toEqual(d.scores)
  })
})

describe('robustness', () => {
  it('gives the same report for the same value validated twice (say, for another language)', () => {
    const e = withExport((x) => {
      set(opp(x, 0), { status: 'done' })
      opp(x, 1).title = 'Vain suomeksi'
    })
    const before = structuredClone(e)
    const first = validateExportValue(e, { language: 'en' })
    const second = validateExportValue(e, { language: 'en' })
    expect(second).toEqual(first)
    expect(e).toEqual(before)
    expect(codes(validateExportValue(e, { language: 'fi' }))).toEqual(['field.notAllowed'])
  })

  const deep = (depth: number, inner: string) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`

  it('refuses nesting deeper than 64 levels as not readable, naming where, without parsing it', () => {
    const n = 100_000
    const base = JSON.stringify(minimalExport())
    const inStatus = base.replace('"status":"identified"', `"status":${deep(n, '1')}`)
    const report = validateExportText(inStatus)
    expect(codes(report)).toEqual(['unreadable.tooDeep'])
    const path = report.problems[0]?.path ?? []
    expect(path.slice(0, 3)).toEqual(['opportunities', 0, 'status'])
    // Root object, the list, the record: the 65th level is 61 levels into the status.
    expect(path).toHaveLength(64)
    const inVersion = base.replace('"schemaVersion":"1.0"', `"schemaVersion":${deep(n, '"1.0"')}`)
    expect(codes(validateExportText(inVersion))).toEqual(['unreadable.tooDeep'])
    const inUnknownField = base.replace('"exportedAt"', `"extra":${deep(n, '{}')},"exportedAt"`)
    expect(codes(validateExportText(inUnknownField))).toEqual(['unreadable.tooDeep'])
  })

  it('refuses too deep a value given already parsed, as the text readers do', () => {
    let nested: unknown = 1
    for (let i = 0; i < 70; i++) nested = [nested]
    const report = validateExportValue(withExport((e) => set(opp(e, 0), { extra: nested })))
    expect(codes(report)).toEqual(['unreadable.tooDeep'])
    expect(report.problems[0]?.path.slice(0, 3)).toEqual(['opportunities', 0, 'extra'])
  })

  it('reads nesting up to the limit', () => {
    const base = JSON.stringify(minimalExport())
    // The record is the third level; 61 more make 64.
    const text = base.replace('"id":"o2"', `"id":"o2","extra":${deep(61, '1')}`)
    expect(loaded(validateExportText(text)).problems.map((p) => p.code)).toEqual([
      'warning.unknownField',
    ])
  })

  it('finds a nested __proto__ key and names its whole path', () => {
    const n = 40
    const nested = `${'{"a":'.repeat(n)}{"__proto__":{"polluted":true}}${'}'.repeat(n)}`
    const t = JSON.stringify(minimalExport()).replace('"id":"o2"', `"id":"o2","extra":${nested}`)
    const r = partial(validateExportText(t))
    const path = r.setAside[0]?.reasons[0]?.path ?? []
    expect(path).toHaveLength(n + 4)
    expect(path.slice(0, 4)).toEqual(['opportunities', 1, 'extra', 'a'])
    expect(path.at(-1)).toBe('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('names a bounded number of __proto__ keys however many there are', () => {
    const n = 20_000
    const wide = `[${Array(n).fill('{"__proto__":1}').join(',')}]`
    const t = JSON.stringify(minimalExport()).replace('"id":"o2"', `"id":"o2","extra":${wide}`)
    const r = partial(validateExportText(t))
    const reasons = r.setAside[0]?.reasons ?? []
    expect(reasons.length).toBeGreaterThan(0)
    expect(reasons.length).toBeLessThanOrEqual(20)
  })
})
