import { describe, expect, it } from 'vitest'
import { flattenGroups, groupRows, headerGroupIndex } from './table-group.ts'
import { createTableModel } from './table-row-model.ts'
import { loadFixture, testLabels } from '../../../../tests/fixtures/table-fixture.ts'

const data = loadFixture()
const model = createTableModel(data, data.scores, 'fi', testLabels)
const all = Int32Array.from([0, 1, 2, 3, 4])
const group = (by: 'theme' | 'cluster' | 'status' | 'goal', order = all) =>
  groupRows(data, order, by, model.keys('budget'), model.keys('priority'))

describe('groupRows', () => {
  it('groups by theme in the export order with counts, budget sums and mean priority', () => {
    const groups = group('theme')
    expect(groups.map((g) => [g.value, g.positions])).toEqual([
      ['th-energy', [0, 3, 4]],
      ['th-tourism', [1, 2]],
    ])
    const energy = groups[0]
    expect(energy?.budgetSum).toBe(1_200_000)
    expect(energy?.budgetCount).toBe(2)
    // Priorities 100, 12.5 and 50 (0–100).
    expect(energy?.priorityMean).toBeCloseTo((100 + 12.5 + 50) / 3)
    expect(groups[1]?.priorityMean).toBeCloseTo(50)
  })

  it('lists a row under each of its clusters, and those with none last', () => {
    expect(group('cluster').map((g) => [g.value, g.positions])).toEqual([
      ['cl-a', [0]],
      ['cl-b', [0, 2]],
      [null, [1, 3, 4]],
    ])
  })

  it('keeps the sorted order within groups and leaves out empty groups', () => {
    const groups = group('status', Int32Array.from([4, 3, 0]))
    expect(groups.map((g) => [g.value, g.positions])).toEqual([
      ['planned', [3, 0]],
      ['inProgress', [4]],
    ])
    expect(groups.find((g) => g.value === 'inProgress')?.priorityMean).toBeCloseTo(50)
  })

  it('flattens groups with their header rows, leaving out collapsed groups rows', () => {
    const groups = group('theme')
    expect([...flattenGroups(groups, new Set())]).toEqual([-1, 0, 3, 4, -2, 1, 2])
    expect([...flattenGroups(groups, new Set(['th-energy']))]).toEqual([-1, -2, 1, 2])
  })

  it('reads a display entry back as a group header or a row', () => {
    const groups = group('theme')
    const display = [...flattenGroups(groups, new Set())]
    expect(display.map(headerGroupIndex)).toEqual([0, null, null, null, 1, null, null])
  })
})
