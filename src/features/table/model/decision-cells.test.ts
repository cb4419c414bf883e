import { describe, expect, it } from 'vitest'
import type { Decision } from '../../../domain/decisions/decision-vocabulary.ts'
import { loadFixture, testLabels } from '../../../../tests/fixtures/table-fixture.ts'
import type { TableDecisions } from './decision-cells.ts'
import { createTableModel } from './table-row-model.ts'
import { defaultColumns, tableColumns } from './table-columns.ts'
import { sortPositions } from './table-sort.ts'

const data = loadFixture()
const decisions = (entries: [string, Decision][]): TableDecisions => ({
  byId: new Map(entries),
  label: (d) => `said ${d}`,
})
const ids = (order: ArrayLike<number>) =>
  Array.from(order, (p) => data.opportunities[p]?.id as string)

describe('the decision column', () => {
  it('exists only while a session is active, and is then shown by default', () => {
    expect(tableColumns([]).map((c) => c.id)).not.toContain('decision')
    expect(tableColumns([], false, true).map((c) => c.id)).toContain('decision')
    expect(defaultColumns(false, false)).not.toContain('decision')
    expect(defaultColumns(false, true).at(-1)).toBe('decision')
    expect(defaultColumns(true, true)).toContain('changedFields')
  })

  it('shows the decision in words, empty when undecided', () => {
    const m = createTableModel(
      data,
      data.scores,
      'fi',
      testLabels,
      null,
      decisions([['op-2', 'hold']]),
    )
    const at = (id: string) => data.opportunities.findIndex((o) => o.id === id)
    expect(m.value('decision', at('op-2'))).toBe('said hold')
    expect(m.value('decision', at('op-1'))).toBeNull()
    const none = createTableModel(data, data.scores, 'fi', testLabels)
    expect(none.columnById.has('decision')).toBe(false)
  })

  it('sorts in the vocabulary order, the undecided last either way', () => {
    const m = createTableModel(
      data,
      data.scores,
      'fi',
      testLabels,
      null,
      decisions([
        ['op-1', 'discard'],
        ['op-3', 'prioritise'],
        ['op-2', 'hold'],
      ]),
    )
    const n = data.opportunities.length
    const asc = ids(sortPositions(n, [m.keys('decision')], [false]))
    const desc = ids(sortPositions(n, [m.keys('decision')], [true]))
    expect(asc.slice(0, 3)).toEqual(['op-3', 'op-2', 'op-1'])
    expect(desc.slice(0, 3)).toEqual(['op-1', 'op-2', 'op-3'])
    expect(asc.length).toBeGreaterThan(3)
  })
})
