import { describe, expect, it } from 'vitest'
import type { ExportInput, OpportunityInput } from '../../../domain/format/export-schema.ts'
import { compareExports } from '../../../domain/compare/compare-exports.ts'
import { loadTestExport, testExport } from '../../../../tests/fixtures/export-fixture.ts'
import { changeValues, type ValueNames } from './change-values.ts'

const criteria: ExportInput['criteria'] = [
  { id: 'imp', axis: 'impact', name: 'Vaikutus' },
  { id: 'fea', axis: 'feasibility', name: 'Toteutettavuus' },
]
const base: OpportunityInput = {
  id: 'a',
  title: 'Vanha',
  theme: 't',
  growthGoals: ['business'],
  status: 'planned',
  scores: { imp: 3, fea: 3 },
  milestones: [{ date: '2025-06', name: 'Pilotti' }],
}
const load = (o: OpportunityInput) =>
  loadTestExport(testExport({ themes: [{ id: 't', name: 'Teema' }], criteria, opportunities: [o] }))

const names: ValueNames = {
  text: (v) => (typeof v === 'string' ? v : (v?.fi ?? '')),
  status: (s) => `status:${s}`,
  theme: (id) => id,
  cluster: (id) => id,
  actor: (id) => id,
  source: (id) => id,
  goal: (g) => g,
  type: (x) => x,
  number: (n, digits) => n.toFixed(digits),
  done: 'valmis',
}

describe('changeValues', () => {
  const change = compareExports(
    load(base),
    load({
      ...base,
      title: 'Uusi',
      status: 'inProgress',
      scores: { imp: 5, fea: 3 },
      milestones: [{ date: '2025-09', name: 'Pilotti', done: true }],
    }),
  ).changes[0]
  if (!change) throw new Error('no change')
  const values = (field: string) => {
    const f = change.fields.find((x) => `${x.field}:${x.criterion ?? ''}` === field)
    if (!f) throw new Error(`${field} not changed`)
    return changeValues(change, f, names)
  }

  it('gives each changed field then and now in the words of the UI', () => {
    expect(values('title:')).toEqual({ then: 'Vanha', now: 'Uusi' })
    expect(values('status:')).toEqual({ then: 'status:planned', now: 'status:inProgress' })
    expect(values('score:imp')).toEqual({ then: '3.00', now: '5.00' })
    expect(values('impact:')).toEqual({ then: '50.0', now: '100.0' })
    expect(values('milestones:')).toEqual({
      then: 'Pilotti 2025-06',
      now: 'Pilotti 2025-09 (valmis)',
    })
  })
})
