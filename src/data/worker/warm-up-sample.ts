import type { ExportInput, OpportunityInput } from '../../domain/format/export-schema.ts'

/**
 * The made-up export the worker validates while the real one downloads (worker-warm-up.ts).
 * Its records take between them every shape the validator has a path for (plain and
 * per-language texts, partial and missing scores, each kind of period, every optional list),
 * so the engine has compiled those paths before the real export arrives. What the records
 * say does not matter; that they all load does.
 */
const SHAPES: readonly Omit<OpportunityInput, 'id'>[] = [
  {
    title: 'Näyte',
    theme: 'a',
    growthGoals: ['business'],
    status: 'identified',
    scores: { i: 3, f: 7 },
    horizon: { start: '2024', end: '2026-Q2' },
    tags: ['näyte', 'Ruŧŧa'],
  },
  {
    title: { fi: 'Näyte', sv: 'Prov', se: 'Ovdamearka' },
    summary: { fi: 'Lyhyesti', en: 'In short' },
    theme: 'b',
    clusters: ['c'],
    growthGoals: ['rdi', 'wellbeing'],
    innovationTypes: ['service', 'process'],
    status: 'planned',
    scores: { i: null, f: 2.5 },
    budgetEur: 120_000,
    horizon: { start: '2025-03', end: '2027' },
    phases: [{ name: 'Pilotti', start: '2025-03', end: '2026-Q1' }],
    milestones: [{ date: '2025-10-01', name: 'Välitavoite', done: true }],
  },
  {
    title: 'Näyte',
    description: 'Pidempi kuvaus < 5 MW',
    theme: 'a',
    growthGoals: ['wellbeing'],
    status: 'inProgress',
    sources: ['s'],
    actors: [{ actor: 'x', role: 'lead' }],
    funding: [
      { instrument: 'ERDF', amountEur: 50_000, status: 'applied' },
      { instrument: 'other' },
    ],
    indicators: [{ code: 'RCO01', name: 'Yritykset', unit: 'kpl', target: 5, targetYear: 2027 }],
    links: [{ label: 'Lisää', url: 'https://example.org/' }],
    updatedAt: '2026-02-28',
  },
  { title: { en: 'Sample' }, theme: 'b', growthGoals: ['business'], status: 'completed' },
]

/** `count` records cycling through SHAPES, each after the first depending on the one before. */
export function warmUpSample(count: number): ExportInput {
  const opportunities: OpportunityInput[] = []
  for (let i = 0; i < count; i++) {
    const shape = SHAPES[i % SHAPES.length] as Omit<OpportunityInput, 'id'>
    opportunities.push({ id: `w${i}`, ...shape, ...(i > 0 && { dependsOn: [`w${i - 1}`] }) })
  }
  return {
    schemaVersion: '1.0',
    exportedAt: '2026-01-01T00:00:00Z',
    dataset: {
      id: 'warm-up',
      title: 'Näyte',
      defaultLanguage: 'fi',
      strategyPeriod: { start: 2023, end: 2027 },
    },
    themes: [
      { id: 'a', name: 'A', color: '#225588' },
      { id: 'b', name: { fi: 'B', sv: 'B' } },
    ],
    clusters: [{ id: 'c', name: 'C' }],
    sources: [{ id: 's', kind: 'workshop', name: 'S', date: '2022-09-15' }],
    actors: [{ id: 'x', name: 'X', type: 'region' }],
    criteria: [
      { id: 'i', axis: 'impact', name: 'I' },
      { id: 'f', axis: 'feasibility', name: 'F', min: 0, max: 10, weight: 2 },
    ],
    opportunities,
  }
}
