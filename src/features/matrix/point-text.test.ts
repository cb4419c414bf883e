import { describe, expect, it } from 'vitest'
import { translateFeature } from '../../i18n/feature-catalog.ts'
import { matrixCatalog, type MatrixKey } from './matrix-catalog.ts'
import type { MatrixRow } from './model/matrix-model.ts'
import { pointName } from './point-text.ts'

const row: MatrixRow = {
  position: 0,
  id: 'kk-001',
  impact: 0.8,
  feasibility: 0.6,
  priority: 0.7,
  rank: 1,
  exportRank: 1,
  rankChange: 0,
  quadrant: 'actNow',
  partial: false,
  robust: true,
}
const t = (key: MatrixKey, params?: Record<string, string | number>) =>
  translateFeature(matrixCatalog, 'en', key, params)

describe("a point's accessible name", () => {
  it('ends with the forum decision in words when there is one', () => {
    expect(pointName(t, 'en', row, 'Batteries', 'Prioritise')).toMatch(
      /^Batteries: .*, robust, forum decision: Prioritise$/,
    )
  })

  it('says nothing of a decision when there is none', () => {
    expect(pointName(t, 'en', row, 'Batteries', null)).not.toMatch(/decision/)
  })
})
