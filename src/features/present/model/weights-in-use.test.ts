import { describe, expect, it } from 'vitest'
import { weightsInUse } from './weights-in-use.ts'

const criteria = [
  { id: 'imp-a', axis: 'impact' as const, weight: 2 },
  { id: 'fea-b', axis: 'feasibility' as const, weight: 1 },
]

describe('the weights in use', () => {
  it('are the export’s own when the link changes none', () => {
    const w = weightsInUse(criteria, { 'imp-a': 2 })
    expect(w.kind).toBe('export')
    expect(w.items.map((i) => [i.id, i.weight, i.exportWeight])).toEqual([
      ['imp-a', 2, null],
      ['fea-b', 1, null],
    ])
  })

  it('name the export’s weight beside each one the link changed', () => {
    const w = weightsInUse(criteria, { 'fea-b': 0.5 })
    expect(w.kind).toBe('whatIf')
    expect(w.items[1]).toEqual({ id: 'fea-b', axis: 'feasibility', weight: 0.5, exportWeight: 1 })
  })

  it('say "equal" when every weight is the same', () => {
    expect(weightsInUse(criteria, { 'imp-a': 1 }).kind).toBe('equal')
  })
})
