import { describe, expect, it } from 'vitest'
import current from './demo-export.json'
import earlier from './demo-export-earlier.json'
import { loadTestExport } from '../tests/fixtures/export-fixture.ts'
import { compareExports } from '../src/domain/compare/compare-exports.ts'

/** The earlier demo is only worth having if the pair shows every kind of change there is. */
describe('the earlier demo export', () => {
  const result = compareExports(loadTestExport(earlier), loadTestExport(current))
  const fieldsChanged = new Set(result.changes.flatMap((c) => c.fields.map((f) => f.field)))
  const milestoneKinds = new Set(result.changes.flatMap((c) => c.milestones.map((m) => m.kind)))

  it('is the same dataset, exported earlier', () => {
    expect(result.sameDataset).toBe(true)
    expect(Date.parse(earlier.exportedAt)).toBeLessThan(Date.parse(current.exportedAt))
  })

  it('differs from the current demo in every way the comparison names', () => {
    expect(result.counts).toMatchObject({ added: 6, removed: 2, statusChanged: 9 })
    expect(result.counts.moved).toBeGreaterThan(0)
    for (const f of ['title', 'status', 'score', 'rank', 'horizonEnd', 'milestones', 'budget'])
      expect(fieldsChanged).toContain(f)
    for (const f of ['sources', 'dependencies']) expect(fieldsChanged).toContain(f)
    expect([...milestoneKinds].sort()).toEqual(['added', 'done', 'moved', 'removed'])
    expect(result.frame.criteria).toEqual([{ kind: 'weight', id: 'fea-time' }])
    expect(result.frame.themes).toEqual([{ kind: 'renamed', id: 'th-testing-safety' }])
  })
})
