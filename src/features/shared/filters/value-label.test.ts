import { describe, expect, it } from 'vitest'
import {
  GROWTH_GOALS,
  INNOVATION_TYPES,
  STATUSES,
} from '../../../domain/format/export-vocabulary.ts'
import { en } from '../../../i18n/messages-en.ts'
import { fi } from '../../../i18n/messages-fi.ts'
import { sv } from '../../../i18n/messages-sv.ts'
import { valueLabelKey } from './value-label.ts'

describe('valueLabelKey', () => {
  it('names every goal, innovation type and status in each UI language', () => {
    const values = { goal: GROWTH_GOALS, type: INNOVATION_TYPES, status: STATUSES } as const
    for (const [facet, list] of Object.entries(values) as [
      keyof typeof values,
      readonly string[],
    ][])
      for (const value of list) {
        const key = valueLabelKey(facet, value)
        expect(key, `${facet} ${value}`).not.toBeNull()
        for (const catalog of [en, fi, sv]) expect(catalog[key as keyof typeof en]).toBeTruthy()
      }
    expect(fi[valueLabelKey('status', 'planned') as keyof typeof fi]).toBe('Suunniteltu')
  })

  it('leaves themes, clusters and sources to the names in the export', () => {
    for (const facet of ['theme', 'cluster', 'source'] as const)
      expect(valueLabelKey(facet, 'th-energy')).toBeNull()
  })
})
