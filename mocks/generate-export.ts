import type { ExportInput, OpportunityInput } from '../src/domain/format/export-schema.ts'
import {
  GROWTH_GOALS,
  INNOVATION_TYPES,
  type Status,
} from '../src/domain/format/export-vocabulary.ts'
import demo from './demo-export.json'

/**
 * A seeded, valid format-v1 export of any size, for benchmarks and the large MSW scenarios.
 *
 * The frame (dataset, themes, clusters, sources, actors, criteria) is the demo export's, so every
 * reference points at something real. Opportunities are built from small word lists: Finnish
 * always, English in about two of five, Swedish in a fifth and Northern Sámi in a few, so that
 * collation and search meet ä ö å and á č đ ŋ š ŧ ž. Output depends only on `count` and `seed`,
 * and the first n opportunities are the same whatever the count.
 *
 * Kept compact, about 490 bytes an opportunity as JSON (a complete `scores` alone takes some
 * 115, the demo's seven criterion ids being long), so 100 000 make some 47 MB, well below the
 * 64 MB limit; and fast (100 000 in under a second), so benchmarks measure the app and not this
 * file. Repeated texts are shared strings for the same reason.
 */

export interface GenerateOptions {
  count: number
  seed?: number
}

type Rng = () => number

/** mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n)
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)] as T

/** `k` distinct items in their original order (k ≤ items.length). */
function pickSome<T>(rng: Rng, items: readonly T[], k: number): T[] {
  if (k === 1) return [pick(rng, items)]
  // Lists here are short (at most ~20), so a bit mask avoids building a Set per call.
  let mask = 0
  let chosen = 0
  while (chosen < k) {
    const bit = 1 << int(rng, items.length)
    if ((mask & bit) === 0) {
      mask |= bit
      chosen++
    }
  }
  const out: T[] = []
  for (let i = 0; i < items.length; i++) if (mask & (1 << i)) out.push(items[i] as T)
  return out
}

/** An item of a table of [item, share] whose shares add up to 1. */
function pickWeighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let r = rng()
  for (const [item, share] of table) {
    if (r < share) return item
    r -= share
  }
  return (table[table.length - 1] as readonly [T, number])[0]
}

// Parallel word lists, one row per meaning: [fi, sv, en, se].
type Words = readonly [fi: string, sv: string, en: string, se: string]
const FI = 0
const SV = 1
const EN = 2
const SE = 3

const ADJECTIVES: readonly Words[] = [
  ['Arktinen', 'Arktisk', 'Arctic', 'Árktalaš'],
  ['Älykäs', 'Smart', 'Smart', 'Áŋgiris'],
  ['Kestävä', 'Hållbar', 'Sustainable', 'Bistevaš'],
  ['Pohjoinen', 'Nordlig', 'Northern', 'Davvi'],
  ['Digitaalinen', 'Digital', 'Digital', 'Digitála'],
  ['Yhteisöllinen', 'Gemensam', 'Community-led', 'Searvevuođalaš'],
  ['Uusi', 'Ny', 'New', 'Ođđa'],
  ['Ympärivuotinen', 'Helårs', 'Year-round', 'Birrajagi'],
]

/** Topics with the index of their theme among the demo's themes. */
const TOPICS: readonly (readonly [theme: number, words: Words])[] = [
  [0, ['akkumineraalit', 'batterimineraler', 'battery minerals', 'bátteriminerálat']],
  [0, ['vetytalous', 'vätgasekonomi', 'hydrogen economy', 'hydrogenekonomiija']],
  [0, ['sivuvirrat', 'sidoströmmar', 'side streams', 'ruovttoluottaávdnasat']],
  [0, ['tuulivoiman huolto', 'vindkraftsunderhåll', 'wind power upkeep', 'bieggafámu fuolahus']],
  [1, ['porotalous', 'renskötsel', 'reindeer herding', 'boazodoallu']],
  [1, ['luonnontuotteet', 'naturprodukter', 'wild products', 'luondduávdnasat']],
  [1, ['puurakentaminen', 'träbyggande', 'wood building', 'muorrahuksen']],
  [2, ['ruokamatkailu', 'matturism', 'food tourism', 'biebmomátkeealáhus']],
  [2, ['kulttuurimatkailu', 'kulturturism', 'cultural tourism', 'kulturmátkeealáhus']],
  [3, ['kylmätestaus', 'köldtestning', 'cold testing', 'galmmasgeahččaleapmi']],
  [3, ['testausympäristö', 'testmiljö', 'test environment', 'geahččalanbiras']],
  [3, ['vesien seuranta', 'vattenövervakning', 'water monitoring', 'čáhcebearráigeahčču']],
  [4, ['datakeskus', 'datacenter', 'data centre', 'dáhtaguovddáš']],
  [4, ['hyvinvointipalvelut', 'välfärdstjänster', 'wellbeing services', 'buresbirgejupmi']],
  [4, ['kylien palvelut', 'bytjänster', 'village services', 'gilážiid bálvalusat']],
  [4, ['rajaliikenne', 'gränstrafik', 'border traffic', 'johtolat Ruŧŧii']],
]

const PLACES: readonly Words[] = [
  ['Rovaniemi', 'Rovaniemi', 'Rovaniemi', 'Roavvenjárga'],
  ['Kemi', 'Kemi', 'Kemi', 'Giepma'],
  ['Tornio', 'Torneå', 'Tornio', 'Duortnos'],
  ['Sodankylä', 'Sodankylä', 'Sodankylä', 'Soađegilli'],
  ['Inari', 'Enare', 'Inari', 'Anár'],
  ['Kittilä', 'Kittilä', 'Kittilä', 'Gihttel'],
  ['Salla', 'Salla', 'Salla', 'Sálla'],
  ['Enontekiö', 'Enontekis', 'Enontekiö', 'Eanodat'],
  ['Utsjoki', 'Utsjoki', 'Utsjoki', 'Ohcejohka'],
  ['Äkäslompolo', 'Äkäslompolo', 'Äkäslompolo', 'Ákkasluoppal'],
  ['Pello', 'Pello', 'Pello', 'Bealdovuopmi'],
  ['Kemijärvi', 'Kemijärvi', 'Kemijärvi', 'Giemajávri'],
]

// Short on purpose: a summary is in most records, and 100 000 of them must stay compact.
const SUMMARIES: readonly (readonly [fi: (t: string) => string, en: (t: string) => string])[] = [
  [(t) => `${capitalise(t)} tuo työtä Lappiin.`, (t) => `${capitalise(t)} bring jobs to Lapland.`],
  [(t) => `${capitalise(t)}: kasvua pk-yrityksille.`, (t) => `${capitalise(t)}: growth for SMEs.`],
  [(t) => `Kehitetään yhdessä: ${t}.`, (t) => `Developed together: ${t}.`],
]

const TAGS = [
  'matkailu',
  'porotalous',
  'boazodoallu',
  'kiertotalous',
  'vety',
  'testaus',
  'sähkö',
  'hyvinvointi',
  'Meri-Lappi',
  'Tunturi-Lappi',
  'Ruŧŧa',
  'čáhci',
]

const MILESTONE_NAMES = ['Rahoitus myönnetty', 'Pilotti käynnissä', 'Tulokset julkaistu']
const INSTRUMENTS = ['ERDF', 'JTF', 'Interreg', 'BusinessFinland', 'national', 'private'] as const
const FUNDING_STATUSES = ['identified', 'applied', 'granted'] as const
const OTHER_ROLES = ['partner', 'funder', 'beneficiary'] as const

// Most opportunities are early in their life; every status occurs.
const STATUS_WEIGHTS: readonly (readonly [Status, number])[] = [
  ['identified', 0.3],
  ['prioritised', 0.15],
  ['planned', 0.15],
  ['inProgress', 0.2],
  ['completed', 0.08],
  ['onHold', 0.07],
  ['discarded', 0.05],
]
const GOAL_COUNTS: readonly (readonly [number, number])[] = [
  [1, 0.55],
  [2, 0.3],
  [3, 0.15],
]
const SOURCE_COUNTS: readonly (readonly [number, number])[] = [
  [1, 0.75],
  [2, 0.2],
  [3, 0.05],
]

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** A period of the year: the whole year, a quarter or a month. */
function periodIn(rng: Rng, year: number): string {
  const r = rng()
  if (r < 0.3) return String(year)
  if (r < 0.8) return `${year}-Q${1 + int(rng, 4)}`
  return `${year}-${pad2(1 + int(rng, 12))}`
}

/** The same string for the same key: 100 000 titles share a few thousand distinct texts. */
function memo(cache: Map<number, string>, key: number, make: () => string): string {
  let s = cache.get(key)
  if (s === undefined) {
    s = make()
    cache.set(key, s)
  }
  return s
}

/** The demo's frame without its opportunities. JSON imports widen literal types, hence the cast. */
function demoFrame(): Omit<ExportInput, 'opportunities'> {
  const { opportunities: _opportunities, ...frame } = demo as unknown as ExportInput
  // A copy per call: callers may change the result, and the imported module is shared.
  return structuredClone(frame)
}

export function generateExport({ count, seed = 1 }: GenerateOptions): ExportInput {
  const rng = mulberry32(seed)
  const frame = demoFrame()
  const themeIds = frame.themes.map((t) => t.id)
  const clusterIds = (frame.clusters ?? []).map((c) => c.id)
  const sourceIds = (frame.sources ?? []).map((s) => s.id)
  const actorIds = (frame.actors ?? []).map((a) => a.id)
  const criteria = frame.criteria.map((c) => ({ id: c.id, min: c.min ?? 1, max: c.max ?? 5 }))
  const titles = new Map<number, string>()
  const summaries = new Map<number, string>()
  const ids: string[] = []

  // Mostly whole points, a quarter on half points, always within min..max.
  const score = (c: { min: number; max: number }) =>
    rng() < 0.75
      ? c.min + int(rng, c.max - c.min + 1)
      : c.min + int(rng, 2 * (c.max - c.min) + 1) / 2

  const opportunities: OpportunityInput[] = new Array<OpportunityInput>(count)
  for (let i = 0; i < count; i++) {
    const id = `gen-${String(i + 1).padStart(6, '0')}`
    ids.push(id)
    const a = int(rng, ADJECTIVES.length)
    const t = int(rng, TOPICS.length)
    const [themeIndex, topic] = TOPICS[t] as (typeof TOPICS)[number]
    const p = rng() < 0.5 ? int(rng, PLACES.length) : -1
    const titleIn = (lang: number) =>
      memo(titles, ((a * TOPICS.length + t) * (PLACES.length + 1) + p + 1) * 4 + lang, () => {
        const adjective = (ADJECTIVES[a] as Words)[lang] as string
        const text = `${adjective} ${topic[lang]}`
        return p === -1 ? text : `${text}, ${(PLACES[p] as Words)[lang]}`
      })

    // A plain Finnish string (the default language) or texts by language.
    const l = rng()
    const title: OpportunityInput['title'] =
      l < 0.2
        ? { fi: titleIn(FI), sv: titleIn(SV), en: titleIn(EN) }
        : l < 0.23
          ? { fi: titleIn(FI), se: titleIn(SE) }
          : l < 0.45
            ? { fi: titleIn(FI), en: titleIn(EN) }
            : titleIn(FI)

    const o: OpportunityInput = {
      id,
      title,
      theme: themeIds[themeIndex] ?? (themeIds[0] as string),
      growthGoals: pickSome(rng, GROWTH_GOALS, pickWeighted(rng, GOAL_COUNTS)),
      status: pickWeighted(rng, STATUS_WEIGHTS),
    }

    const s = rng()
    if (s < 0.72) {
      const k = int(rng, SUMMARIES.length)
      const [fi, en] = SUMMARIES[k] as (typeof SUMMARIES)[number]
      const key = (k * TOPICS.length + t) * 2
      const fiText = memo(summaries, key, () => fi(topic[FI]))
      o.summary =
        s < 0.66 ? fiText : { fi: fiText, en: memo(summaries, key + 1, () => en(topic[EN])) }
    }
    if (clusterIds.length > 1 && rng() < 0.2) {
      o.clusters = pickSome(rng, clusterIds, rng() < 0.8 ? 1 : 2)
    }
    if (rng() < 0.1) o.innovationTypes = [pick(rng, INNOVATION_TYPES)]

    // Scores: ~87 % complete, ~10 % partial (some null, some absent), ~3 % none at all.
    const sc = rng()
    if (sc < 0.87) {
      const scores: Record<string, number> = {}
      for (const c of criteria) scores[c.id] = score(c)
      o.scores = scores
    } else if (sc < 0.97) {
      const scores: Record<string, number | null> = {}
      const unscored = int(rng, criteria.length)
      criteria.forEach((c, k) => {
        const r = rng()
        if (k === unscored || r < 0.2) scores[c.id] = null
        else if (r >= 0.4) scores[c.id] = score(c)
        // else: absent, which also means unscored
      })
      o.scores = scores
    } else if (rng() < 0.5) {
      o.scores = {}
    }

    if (rng() < 0.85) o.budgetEur = Math.round(Math.exp(10 + rng() * 6.8) / 1000) * 1000

    if (rng() < 0.92) {
      const sy = 2023 + int(rng, 7)
      const ey = sy + int(rng, 2031 - sy)
      // An end in the start's own year is the whole year, so it never ends before it starts.
      const horizon = { start: periodIn(rng, sy), end: ey === sy ? String(ey) : periodIn(rng, ey) }
      o.horizon = horizon
      if (rng() < 0.06) {
        o.phases =
          ey > sy
            ? [
                { name: 'Pilotointi', start: horizon.start, end: String(sy) },
                { name: 'Laajentaminen', start: String(sy + 1), end: horizon.end },
              ]
            : [{ name: 'Pilotointi', start: horizon.start, end: horizon.end }]
      }
      if (rng() < 0.08) {
        // A day of a year strictly inside the horizon lies inside it; the first and last years
        // may be cut short by a quarter or a month, so there the milestone is the whole year.
        const year = sy + int(rng, ey - sy + 1)
        const date =
          year === sy || year === ey ? String(year) : `${year}-${pad2(1 + int(rng, 12))}-15`
        o.milestones = [
          rng() < 0.4
            ? { date, name: pick(rng, MILESTONE_NAMES), done: true }
            : { date, name: pick(rng, MILESTONE_NAMES) },
        ]
      }
    }

    if (sourceIds.length > 0 && rng() < 0.65) {
      o.sources = pickSome(rng, sourceIds, pickWeighted(rng, SOURCE_COUNTS))
    }
    // Newly identified opportunities often have nobody committed yet; otherwise one lead.
    if (actorIds.length > 1 && rng() < 0.6) {
      const [lead, other] = pickSome(rng, actorIds, 2) as [string, string]
      o.actors =
        rng() < 0.75
          ? [{ actor: lead, role: 'lead' }]
          : [
              { actor: lead, role: 'lead' },
              { actor: other, role: pick(rng, OTHER_ROLES) },
            ]
    }
    if (rng() < 0.25) {
      const r = rng()
      const instrument = pick(rng, INSTRUMENTS)
      const amountEur = 10_000 * (1 + int(rng, 200))
      o.funding = [
        r < 0.5
          ? { instrument, amountEur, status: pick(rng, FUNDING_STATUSES) }
          : r < 0.8
            ? { instrument, amountEur }
            : { instrument },
      ]
    }
    if (rng() < 0.03) {
      o.indicators = [
        {
          code: 'RCO01',
          name: { fi: 'Tuetut yritykset', en: 'Enterprises supported' },
          target: 5 * (1 + int(rng, 20)),
          targetYear: 2027,
        },
      ]
    }
    if (rng() < 0.25) o.tags = pickSome(rng, TAGS, rng() < 0.7 ? 1 : 2)
    // Only on earlier ids, so the graph has no cycles however the ids are drawn.
    if (i > 0 && rng() < 0.1) {
      const first = ids[int(rng, i)] as string
      const second = ids[int(rng, i)] as string
      o.dependsOn = rng() < 0.7 || first === second ? [first] : [first, second]
    }
    if (rng() < 0.1) o.updatedAt = `2026-${pad2(1 + int(rng, 11))}-${pad2(1 + int(rng, 28))}`

    opportunities[i] = o
  }

  return { ...frame, opportunities }
}
