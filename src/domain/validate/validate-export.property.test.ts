import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ExportInput, OpportunityInput } from '../format/export-schema.ts'
import { isProblemCode } from '../format/problems.ts'
import { variedExport } from '../../../tests/fixtures/varied-records.ts'
import { validateExportBytes, validateExportText, validateExportValue } from './validate-export.ts'
import type { ValidationReport } from './validation-report.ts'

/**
 * Properties of the validator over inputs nobody wrote by hand: it never throws, every problem
 * is located, a broken opportunity never takes a valid one down with it, and `__proto__` keys
 * never reach Object.prototype.
 */

const RUNS = { numRuns: 200 }

/** What every report must satisfy, whatever the input. */
function expectWellFormed(r: ValidationReport): void {
  expect(['unreadable', 'brokenFrame', 'partial', 'loaded']).toContain(r.outcome)
  for (const p of r.problems) {
    expect(isProblemCode(p.code)).toBe(true)
    expect(['error', 'warning']).toContain(p.severity)
    expect(Array.isArray(p.path)).toBe(true)
    for (const key of p.path) expect(['string', 'number']).toContain(typeof key)
    for (const v of Object.values(p.params)) expect(['string', 'number']).toContain(typeof v)
  }
  const errors = r.problems.filter((p) => p.severity === 'error')
  switch (r.outcome) {
    case 'unreadable':
      expect(r.problems).toHaveLength(1)
      expect(errors).toHaveLength(1)
      break
    case 'brokenFrame':
      expect(errors.length).toBeGreaterThan(0)
      break
    case 'partial':
      expect(r.setAside.length).toBeGreaterThan(0)
      for (const s of r.setAside) expect(s.reasons.length).toBeGreaterThan(0)
      break
    case 'loaded':
      expect(errors).toEqual([])
  }
}

const nothingPolluted = () => {
  const probe = {} as Record<string, unknown>
  expect(probe.polluted).toBeUndefined()
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
}

/**
 * A small valid export, its parts reusable by arbitraries: the varied fixture's frame, which
 * names every kind of reference the format has, with four plain records.
 */
function minimalExport(): ExportInput {
  return {
    ...variedExport(0),
    opportunities: ['o1', 'o2', 'o3', 'o4'].map((id) => ({
      id,
      title: `Mahdollisuus ${id}`,
      theme: 'th-a',
      clusters: ['cl-a'],
      growthGoals: ['rdi'],
      status: 'planned',
      scores: { 'imp-a': 3, 'fea-a': 7 },
      horizon: { start: '2024', end: '2026-Q2' },
      sources: ['src-a'],
      actors: [{ actor: 'act-a', role: 'lead' }],
    })),
  }
}

describe('any input gets an outcome, without throwing', () => {
  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(validateExportValue(value))),
      RUNS,
    )
  })

  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) =>
        expectWellFormed(validateExportText(s)),
      ),
      RUNS,
    )
  })

  it('any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) =>
        expectWellFormed(validateExportBytes(b)),
      ),
      RUNS,
    )
  })

  it('JSON text cut or spliced at any point', () => {
    const full = JSON.stringify(minimalExport(), null, 1)
    fc.assert(
      fc.property(
        fc.nat({ max: full.length }),
        fc.nat({ max: full.length }),
        fc.string({ maxLength: 3 }),
        (from, to, insert) => {
          const [a, b] = from <= to ? [from, to] : [to, from]
          expectWellFormed(validateExportText(full.slice(0, a) + insert + full.slice(b)))
        },
      ),
      RUNS,
    )
  })

  it('objects shaped like exports whose every part may be anything', () => {
    const e = minimalExport()
    const part = <T>(valid: T) =>
      fc.oneof({ weight: 3, arbitrary: fc.constant(valid) }, fc.jsonValue())
    const exportLike = fc.record(
      {
        schemaVersion: fc.oneof(fc.constantFrom('1.0', '1.4', '2.0', '01.0', '1'), fc.jsonValue()),
        exportedAt: part(e.exportedAt),
        dataset: part(e.dataset),
        themes: part(e.themes),
        clusters: part(e.clusters),
        sources: part(e.sources),
        actors: part(e.actors),
        criteria: part(e.criteria),
        opportunities: fc.oneof(
          {
            weight: 3,
            arbitrary: fc.array(fc.oneof(fc.constantFrom(...e.opportunities), fc.jsonValue())),
          },
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(
        exportLike,
        fc.constantFrom(undefined, 'fi', 'sv', 'en', 'se'),
        (value, language) =>
          expectWellFormed(
            validateExportValue(structuredClone(value), language ? { language } : {}),
          ),
      ),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Mutated valid exports: one opportunity is broken at random; none of the others may be lost.

type Mutation = (o: Record<string, unknown>, ids: readonly string[]) => void

const OPPORTUNITY_FIELDS = [
  'id',
  'title',
  'summary',
  'description',
  'theme',
  'clusters',
  'growthGoals',
  'innovationTypes',
  'status',
  'scores',
  'budgetEur',
  'horizon',
  'phases',
  'milestones',
  'sources',
  'actors',
  'funding',
  'indicators',
  'dependsOn',
  'tags',
  'links',
  'updatedAt',
]

/** A field to change, and a value for it: a field of the format, or any name. */
const fieldName = (exclude: readonly string[]) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(...OPPORTUNITY_FIELDS.filter((f) => !exclude.includes(f))),
    },
    fc.string({ maxLength: 8 }).filter((k) => !exclude.includes(k) && k !== '__proto__'),
  )

/** Walks to a random object or list inside `root` and changes it there. */
function atRandomDepth(
  root: Record<string, unknown>,
  steps: readonly number[],
  exclude: readonly string[],
) {
  let target: Record<string, unknown> | unknown[] = root
  for (const step of steps) {
    const keys = Object.keys(target).filter((k) => target !== root || !exclude.includes(k))
    if (keys.length === 0) break
    const key = keys[step % keys.length] as string
    const child = (target as Record<string, unknown>)[key]
    if (typeof child !== 'object' || child === null) break
    target = child as Record<string, unknown> | unknown[]
  }
  return target
}

function mutation(exclude: readonly string[]): fc.Arbitrary<Mutation> {
  const deleteField = fieldName(exclude).map((key): Mutation => (o) => {
    Reflect.deleteProperty(o, key)
  })
  const setField = fc
    .tuple(fieldName(exclude), fc.jsonValue())
    .map(([key, value]): Mutation => (o) => {
      o[key] = value
    })
  const setNested = fc
    .tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.string({ maxLength: 8 }), fc.jsonValue())
    .map(([steps, key, value]): Mutation => (o) => {
      const target = atRandomDepth(o, steps, exclude)
      if (Array.isArray(target))
        target[target.length === 0 ? 0 : key.length % target.length] = value
      else if (target !== o || !exclude.includes(key)) {
        Object.defineProperty(target, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
    })
  const addProto = fc
    .tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.jsonValue())
    .map(([steps, value]): Mutation => (o) => {
      const target = atRandomDepth(o, steps, exclude)
      // An own "__proto__" key, as JSON.parse makes one (plain assignment would set the prototype).
      Object.defineProperty(target, '__proto__', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    })
  const brokenReference = fc.constantFrom<Mutation>(
    (o) => (o.theme = 'th-missing'),
    (o) => (o.clusters = ['cl-missing']),
    (o) => (o.sources = ['src-missing']),
    (o) => (o.actors = [{ actor: 'act-missing', role: 'lead' }]),
    (o) => (o.scores = { 'crit-missing': 1 }),
    (o) => (o.scores = { 'imp-a': 99 }),
    (o) => (o.horizon = { start: '2027', end: '2024' }),
    (o) => (o.links = [{ label: 'x', url: 'javascript:void 0' }]),
    (o) => (o.title = '<b>otsikko</b>'),
  )
  const dependencies = fc.constantFrom<Mutation>(
    (o) => (o.dependsOn = ['gen-999999']),
    (o) => (o.dependsOn = [o.id as string]),
    (o, ids) => (o.dependsOn = ids.filter((id) => id !== o.id).slice(0, 3)),
  )
  const all = [deleteField, setField, setNested, addProto, brokenReference]
  return exclude.includes('dependsOn') ? fc.oneof(...all) : fc.oneof(...all, dependencies)
}

function checkOnlyMutatedLost(
  e: ExportInput,
  index: number,
  mutated: unknown,
  r: ValidationReport,
) {
  expectWellFormed(r)
  expect(['partial', 'loaded']).toContain(r.outcome)
  if (r.outcome !== 'partial' && r.outcome !== 'loaded') return
  const expected = e.opportunities.filter((_, i) => i !== index).map((o) => o.id)
  const loadedIds = r.data.opportunities.filter((o) => o.index !== index).map((o) => o.id)
  expect(loadedIds).toEqual(expected)
  if (r.outcome === 'partial') {
    expect(r.setAside.map((s) => s.index)).toEqual([index])
    expect(r.setAside[0]?.raw).toBe(mutated)
  }
  nothingPolluted()
}

/**
 * The minimal export's frame with `count` records that between them use every field of the
 * format, and (with `dependencies`) depend on earlier ones. (src/ may not import mocks/, so
 * the large generator is not used here.)
 */
function richExport(count: number, dependencies: boolean): ExportInput {
  const e = minimalExport()
  e.criteria.push({
    id: 'imp-b',
    axis: 'impact',
    name: { fi: 'Hyvinvointi', se: 'Buresbirgejupmi' },
  })
  e.actors?.push({ id: 'act-b', name: 'Lapin yliopisto', type: 'university' })
  const statuses = [
    'identified',
    'prioritised',
    'planned',
    'inProgress',
    'completed',
    'onHold',
    'discarded',
  ] as const
  e.opportunities = Array.from({ length: count }, (_, i): OpportunityInput => {
    const id = `r-${i}`
    const o: OpportunityInput = {
      id,
      title:
        i % 3 === 0
          ? `Mahdollisuus ${i}`
          : { fi: `Mahdollisuus ${i}`, en: `Opportunity ${i}`, se: `Vejolašvuohta ${i}` },
      theme: 'th-a',
      growthGoals: i % 2 ? ['business', 'wellbeing'] : ['rdi'],
      status: statuses[i % statuses.length] as (typeof statuses)[number],
      scores:
        i % 4 === 3
          ? { 'imp-a': null, 'fea-a': 2 }
          : { 'imp-a': 1 + (i % 5), 'imp-b': 4, 'fea-a': i % 11 },
    }
    if (i % 2 === 0) {
      Object.assign(o, {
        summary: { fi: 'Lyhyt kuvaus.', sv: 'Kort beskrivning.' },
        description: 'Pidempi kuvaus.\nToinen rivi.',
        clusters: ['cl-a'],
        innovationTypes: ['service', 'process'],
        budgetEur: 250_000 * (i + 1),
        horizon: { start: '2024-Q2', end: '2027' },
        phases: [{ name: 'Pilotointi', start: '2024-Q2', end: '2025-06' }],
        milestones: [{ date: '2025-06-30', name: { fi: 'Pilotti valmis' }, done: i % 4 === 0 }],
      })
    }
    if (i % 3 !== 2) {
      Object.assign(o, {
        sources: ['src-a'],
        actors: [
          { actor: 'act-a', role: 'lead' },
          { actor: 'act-b', role: 'partner' },
        ],
        funding: [
          { instrument: 'ERDF', amountEur: 100_000, status: 'granted' },
          { instrument: 'private' },
        ],
        indicators: [
          {
            code: 'RCO01',
            name: 'Tuetut yritykset',
            unit: 'kpl',
            baseline: 0,
            target: 10,
            targetYear: 2027,
          },
        ],
        tags: ['matkailu', 'čáhci'],
        links: [{ label: 'Hanke', url: 'https://example.org/hanke' }],
        updatedAt: '2026-10-14',
      })
    }
    if (dependencies && i > 0 && i % 3 !== 1) o.dependsOn = [`r-${Math.floor(i / 2)}`, `r-${i - 1}`]
    return o
  })
  return e
}

describe('a broken opportunity never takes others with it', () => {
  // Without dependencies, any field may change, the id included.
  const independent = richExport(12, false)

  it('the records used are valid', () => {
    for (const deps of [false, true]) {
      const r = validateExportValue(richExport(40, deps))
      expect(r.outcome).toBe('loaded')
      expect(r.problems.filter((p) => p.code !== 'warning.unscored')).toEqual([])
    }
  })

  it('mutating any field of one opportunity of an export without dependencies', () => {
    const ids = independent.opportunities.map((o) => o.id)
    fc.assert(
      fc.property(fc.nat({ max: ids.length - 1 }), mutation([]), (index, mutate) => {
        const e = structuredClone(independent)
        const o = e.opportunities[index] as unknown as Record<string, unknown>
        mutate(o, ids)
        checkOnlyMutatedLost(e, index, o, validateExportValue(e))
      }),
      RUNS,
    )
  })

  it('mutating anything but id and dependsOn in an export with dependencies', () => {
    const e0 = richExport(40, true)
    expect(e0.opportunities.some((o) => o.dependsOn?.length)).toBe(true)
    const ids = e0.opportunities.map((o) => o.id)
    fc.assert(
      fc.property(
        fc.nat({ max: ids.length - 1 }),
        mutation(['id', 'dependsOn']),
        (index, mutate) => {
          const e = structuredClone(e0)
          const o = e.opportunities[index] as unknown as Record<string, unknown>
          mutate(o, ids)
          const r = validateExportValue(e)
          checkOnlyMutatedLost(e, index, o, r)
          // Whoever depended on it is still loaded, told that a dependency was set aside.
          if (r.outcome === 'partial') {
            const dependents = e.opportunities.filter((x) =>
              x.dependsOn?.includes(ids[index] as string),
            )
            const warned = r.problems
              .filter((p) => p.code === 'warning.dependencySetAside')
              .map((p) => p.opportunity?.id)
            for (const d of dependents) expect(warned).toContain(d.id)
          }
        },
      ),
      RUNS,
    )
  })

  it('replacing one record of the minimal export with any JSON value', () => {
    const base = minimalExport()
    fc.assert(
      fc.property(fc.nat({ max: 3 }), fc.jsonValue(), (index, value) => {
        const e = structuredClone(base)
        e.opportunities[index] = value as OpportunityInput
        const r = validateExportValue(e)
        expectWellFormed(r)
        if (r.outcome !== 'partial' && r.outcome !== 'loaded') throw new Error(r.outcome)
        const others = base.opportunities.filter((_, i) => i !== index).map((o) => o.id)
        expect(r.data.opportunities.filter((o) => o.index !== index).map((o) => o.id)).toEqual(
          others,
        )
      }),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------

describe('__proto__ keys never pollute Object.prototype', () => {
  const proto = '"__proto__":{"polluted":true}'

  /**
   * Places in the minimal export's text after which a key can go (the first match), whether the
   * frame holds them, and which opportunity otherwise.
   */
  const places: readonly { find: string; frame: boolean; opportunity?: string }[] = [
    { find: '{', frame: true }, // the root: the first "{" of the text
    { find: '"dataset":{', frame: true },
    { find: '"themes":[{', frame: true },
    { find: '"criteria":[{', frame: true },
    { find: '{"id":"o1",', frame: false, opportunity: 'o1' },
    {
      find: '{"id":"o2","title":"Mahdollisuus o2","theme":"th-a","clusters":["cl-a"],"growthGoals":["rdi"],"status":"planned","scores":{',
      frame: false,
      opportunity: 'o2',
    },
    {
      find: '{"id":"o3","title":"Mahdollisuus o3","theme":"th-a","clusters":["cl-a"],"growthGoals":["rdi"],"status":"planned","scores":{"imp-a":3,"fea-a":7},"horizon":{',
      frame: false,
      opportunity: 'o3',
    },
    {
      find: '{"id":"o4","title":"Mahdollisuus o4","theme":"th-a","clusters":["cl-a"],"growthGoals":["rdi"],"status":"planned","scores":{"imp-a":3,"fea-a":7},"horizon":{"start":"2024","end":"2026-Q2"},"sources":["src-a"],"actors":[{',
      frame: false,
      opportunity: 'o4',
    },
  ]

  it('after validating text or parsed values with __proto__ at several depths', () => {
    const base = JSON.stringify(minimalExport())
    for (const p of places) expect(base, p.find).toContain(p.find)
    fc.assert(
      fc.property(
        fc.subarray([...places.keys()], { minLength: 1 }),
        fc.nat({ max: 3 }),
        (chosen, depth) => {
          // The key itself, wrapped in `depth` levels of an unknown field.
          const key = '{"x":'.repeat(depth) + `{${proto}}` + '}'.repeat(depth)
          const entry = depth === 0 ? proto : `"extra":${key}`
          let t = base
          for (const i of chosen) {
            const { find } = places[i] as (typeof places)[number]
            t = t.replace(find, `${find}${entry},`)
          }
          const parsed: unknown = JSON.parse(t)
          for (const r of [
            validateExportText(t),
            validateExportValue(parsed),
            validateExportValue(parsed),
          ]) {
            nothingPolluted()
            expectWellFormed(r)
            const inFrame = chosen.some((i) => places[i]?.frame)
            if (inFrame) {
              expect(r.outcome).toBe('brokenFrame')
              expect(r.problems.every((x) => x.code === 'field.forbiddenKey')).toBe(true)
              continue
            }
            if (r.outcome !== 'partial') throw new Error(`expected partial, got ${r.outcome}`)
            const struck = chosen.map((i) => places[i]?.opportunity).sort()
            expect(r.setAside.map((s) => s.id).sort()).toEqual(struck)
            for (const s of r.setAside) {
              expect(s.reasons.map((x) => x.code)).toContain('field.forbiddenKey')
            }
            for (const o of r.data.opportunities)
              expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
          }
        },
      ),
      RUNS,
    )
  })
})
