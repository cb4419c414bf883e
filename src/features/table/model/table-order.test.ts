import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../url-state/view-state.ts'
import { loadFixture, testLabels } from '../../../../tests/fixtures/table-fixture.ts'
import { tableOrder } from './table-order.ts'

const data = loadFixture()
const all = data.opportunities.map((_, i) => i)
const state = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial })
const ids = (order: ArrayLike<number>) =>
  Array.from(order, (p) => data.opportunities[p]?.id as string)

describe('tableOrder', () => {
  it('follows the table’s sort', () => {
    const order = tableOrder(
      data,
      state({ sort: [{ column: 'budget', desc: true }] }),
      all,
      'fi',
      testLabels,
    )
    expect(ids(order).slice(0, 3)).toEqual(['op-4', 'op-1', 'op-2'])
    expect(order).toHaveLength(5)
  })

  it('keeps only the rows the shared filters and the range filters leave', () => {
    const s = state({
      sort: [{ column: 'budget', desc: false }],
      range: { budget: { min: 100000, max: null } },
    })
    expect(ids(tableOrder(data, s, all, 'fi', testLabels))).toEqual(['op-1', 'op-4'])
    expect(ids(tableOrder(data, s, [3], 'fi', testLabels))).toEqual(['op-4'])
  })

  it('lists the rows group by group, as the grouped table shows them, without the headers', () => {
    const order = ids(tableOrder(data, state({ group: 'theme' }), all, 'fi', testLabels))
    expect(order).toHaveLength(5)
    const themes = order.map((id) => data.opportunities.find((o) => o.id === id)?.record.theme)
    // Each theme's rows together.
    expect(themes).toEqual([...themes].sort((a, b) => themes.indexOf(a) - themes.indexOf(b)))
  })

  it('ignores a sort on a column the table does not have', () => {
    const order = tableOrder(
      data,
      state({ sort: [{ column: 'nope', desc: true }] }),
      all,
      'fi',
      testLabels,
    )
    expect(ids(order)).toEqual(['op-1', 'op-2', 'op-3', 'op-4', 'op-5'])
  })
})
