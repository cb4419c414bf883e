import type { ExportInput } from './export-schema.ts'
import type { NormalisedExport } from './normalise-export.ts'
import type { TableLabels } from './table-row-model.ts'
import { loadTestExport, testExport } from './test-export-fixture.ts'

/** A small export for the table's tests: collation-sensitive titles, gaps in every column. */
export const tableFixture: ExportInput = testExport({
  themes: [
    { id: 'th-energy', name: 'Energia' },
    { id: 'th-tourism', name: 'Matkailu' },
  ],
  clusters: [
    { id: 'cl-a', name: 'Teollisuus' },
    { id: 'cl-b', name: 'Matkailu' },
  ],
  actors: [{ id: 'ac-1', name: 'Lapin liitto' }],
  criteria: [
    { id: 'imp', axis: 'impact', name: 'Vaikutus', min: 1, max: 5 },
    { id: 'fea', axis: 'feasibility', name: 'Toteutettavuus', min: 1, max: 5 },
  ],
  opportunities: [
    {
      id: 'op-1',
      title: { fi: 'Öljyntorjunta', en: 'Oil spill response' },
      theme: 'th-energy',
      clusters: ['cl-a', 'cl-b'],
      growthGoals: ['business'],
      status: 'planned',
      scores: { imp: 5, fea: 5 },
      budgetEur: 200000,
      horizon: { start: '2025', end: '2026-Q2' },
      actors: [{ actor: 'ac-1', role: 'lead' }],
      updatedAt: '2026-03-01',
    },
    {
      id: 'op-2',
      title: 'Zeniitti',
      theme: 'th-tourism',
      growthGoals: ['wellbeing', 'rdi'],
      status: 'identified',
      scores: { imp: 1, fea: 5 },
      budgetEur: 50000,
    },
    {
      id: 'op-3',
      title: { fi: 'Åkerbär', sv: 'Åkerbär' },
      theme: 'th-tourism',
      clusters: ['cl-b'],
      growthGoals: ['rdi'],
      status: 'completed',
      horizon: { start: '2024-03', end: '2024' },
    },
    {
      id: 'op-4',
      title: 'Ŋuolla',
      theme: 'th-energy',
      growthGoals: ['business'],
      status: 'planned',
      scores: { imp: 2, fea: 1 },
      budgetEur: 1000000,
    },
    {
      id: 'op-5',
      title: 'Aapa',
      theme: 'th-energy',
      growthGoals: ['business'],
      status: 'inProgress',
      scores: { imp: 4, fea: 2 },
      updatedAt: '2025-12-31',
    },
  ],
})

export function loadFixture(value: unknown = tableFixture): NormalisedExport {
  return loadTestExport(value)
}

export const testLabels: TableLabels = {
  status: (s) => `status:${s}`,
  goal: (g) => `goal:${g}`,
  type: (t) => `type:${t}`,
  quadrant: (q) => `quadrant:${q}`,
}
