/**
 * node scripts/run-ts.mjs scripts/derive-earlier-demo.ts: writes mocks/demo-export-earlier.json,
 * the demo dataset as it stood one round earlier, from mocks/demo-export.json. Each edit is one
 * kind of change the comparison names, so the pair shows every one of them; rerun it when the
 * demo changes, and commit both files.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { ExportInput, OpportunityInput } from '../src/domain/format/export-schema.ts'

const SOURCE = 'mocks/demo-export.json'
const TARGET = 'mocks/demo-export-earlier.json'

/** New in the current round: absent from the earlier export. */
const NEW_NOW = ['kk-058', 'kk-060', 'kk-061', 'kk-062', 'kk-063', 'kk-064']

/** The stage each opportunity was at one round earlier. */
const EARLIER_STATUS: Record<string, OpportunityInput['status']> = {
  'kk-001': 'planned',
  'kk-004': 'planned',
  'kk-008': 'inProgress',
  'kk-009': 'inProgress',
  'kk-010': 'inProgress',
  'kk-011': 'identified',
  'kk-014': 'identified',
  'kk-021': 'identified',
  'kk-025': 'prioritised',
}

/** Scores the autumn workshops revised (the earlier value per criterion). */
const EARLIER_SCORES: Record<string, Record<string, number>> = {
  'kk-003': { 'imp-business': 3, 'fea-funding': 2 },
  'kk-005': { 'imp-business': 4.5, 'fea-readiness': 4, 'fea-actors': 4 },
  'kk-012': { 'imp-rdi': 3, 'fea-funding': 2 },
  'kk-020': { 'imp-business': 2, 'imp-wellbeing': 2 },
  'kk-033': { 'imp-business': 4, 'fea-funding': 4, 'fea-readiness': 4 },
  'kk-040': { 'imp-business': 2.5, 'fea-actors': 2 },
  'kk-051': { 'imp-rdi': 2, 'fea-time': 1 },
}

/** Horizons that slipped since: the earlier plan. */
const EARLIER_HORIZON: Record<string, { start: string; end: string }> = {
  'kk-002': { start: '2025-Q1', end: '2027-Q2' },
  'kk-005': { start: '2025-Q4', end: '2028-Q2' },
  'kk-012': { start: '2026-Q1', end: '2028-Q2' },
}

/** Two opportunities of the earlier round that the autumn workshops dropped. */
const DROPPED: OpportunityInput[] = [
  {
    id: 'kk-065',
    title: {
      fi: 'Turvetuotantoalueiden jälkikäyttö energiantuotannossa',
      sv: 'Efterbehandling av torvtäkter för energiproduktion',
      en: 'After-use of peat extraction areas for energy production',
    },
    summary: {
      fi: 'Selvitetään käytöstä poistuvien turvetuotantoalueiden soveltuvuus aurinko- ja tuulivoimalle.',
      sv: 'Det utreds om torvtäkter som tas ur bruk lämpar sig för sol- och vindkraft.',
      en: 'Study whether peat extraction areas going out of use suit solar and wind power.',
    },
    theme: 'th-arctic-industry',
    clusters: ['cl-industry'],
    growthGoals: ['business'],
    innovationTypes: ['process'],
    status: 'identified',
    scores: { 'imp-business': 2.5, 'imp-rdi': 2, 'imp-wellbeing': 2, 'fea-readiness': 2.5 },
    horizon: { start: '2026', end: '2028' },
    sources: ['int-2022-03-rovaniemi'],
    updatedAt: '2025-09-12',
  },
  {
    id: 'kk-066',
    title: {
      fi: 'Revontulimatkailun ennustepalvelu',
      sv: 'Prognostjänst för norrskensturism',
      en: 'Aurora forecast service for tourism',
    },
    summary: {
      fi: 'Matkailuyrityksille tarkka revontuli- ja pilvisyysennuste ohjelmapalvelujen suunnitteluun.',
      sv: 'En noggrann norrskens- och molnighetsprognos för turistföretagens programtjänster.',
      en: 'A precise aurora and cloud forecast for tourism companies planning their activities.',
    },
    theme: 'th-tourism',
    clusters: ['cl-tourism'],
    growthGoals: ['business', 'rdi'],
    innovationTypes: ['service'],
    status: 'prioritised',
    scores: {
      'imp-business': 3.5,
      'imp-rdi': 3,
      'imp-wellbeing': 2,
      'fea-readiness': 4,
      'fea-funding': 3,
      'fea-actors': 3.5,
      'fea-time': 4,
    },
    horizon: { start: '2025-Q4', end: '2026-Q4' },
    actors: [{ actor: 'fmi', role: 'lead' }],
    sources: ['ws-2022-09-levi'],
    updatedAt: '2025-10-30',
  },
]

function earlierOpportunity(current: OpportunityInput): OpportunityInput {
  const o = structuredClone(current)
  const status = EARLIER_STATUS[o.id]
  if (status) o.status = status
  const scores = EARLIER_SCORES[o.id]
  if (scores) o.scores = { ...o.scores, ...scores }
  const horizon = EARLIER_HORIZON[o.id]
  if (horizon) o.horizon = horizon
  if (o.updatedAt) o.updatedAt = o.updatedAt.replace(/^2026/, '2025')
  // Evidence heard since: the forum of December is not yet behind these.
  if (o.id === 'kk-001' || o.id === 'kk-003')
    o.sources = o.sources?.filter((s) => !s.startsWith('forum-'))
  if (o.id === 'kk-001') {
    // The joint bids were planned for the spring and not yet in.
    const bids = o.milestones?.[1]
    if (bids) Object.assign(bids, { date: '2025-03', done: false })
  }
  if (o.id === 'kk-002') o.milestones = o.milestones?.slice(0, 1)
  if (o.id === 'kk-006') {
    o.milestones = [
      ...(o.milestones ?? []),
      {
        date: '2026-Q4',
        name: { fi: 'Tulvaennustemalli testattu', en: 'Flood forecast model tested' },
      },
    ]
    o.budgetEur = 2_300_000
  }
  if (o.id === 'kk-007' && typeof o.title !== 'string')
    o.title = { ...o.title, fi: 'Sivukiven hyötykäyttö' }
  if (o.id === 'kk-056') delete o.dependsOn
  return o
}

export function main(): number {
  const current = JSON.parse(readFileSync(SOURCE, 'utf8')) as ExportInput
  const earlier: ExportInput = {
    ...current,
    exportedAt: '2025-11-14T15:00:00+02:00',
    themes: current.themes.map((t) =>
      t.id === 'th-testing-safety'
        ? {
            ...t,
            name: { fi: 'Arktinen testaus ja turvallisuus', en: 'Arctic testing and safety' },
          }
        : t,
    ),
    criteria: current.criteria.map((c) => (c.id === 'fea-time' ? { ...c, weight: 1 } : c)),
    opportunities: [
      ...current.opportunities.filter((o) => !NEW_NOW.includes(o.id)).map(earlierOpportunity),
      ...DROPPED,
    ],
  }
  writeFileSync(TARGET, `${JSON.stringify(earlier, null, 2)}\n`)
  console.log(`wrote ${TARGET}: ${earlier.opportunities.length} opportunities`)
  return 0
}
