import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../../../domain/dataset/filter-opportunities.ts'
import { recordText } from '../../../domain/decisions/session.ts'
import { validateRecordText } from '../../../domain/decisions/validate-decision-record.ts'
import { newSession } from './new-session.ts'

const fields = {
  forum: '  Strategiafoorumi ',
  date: '2026-12-03',
  place: 'Rovaniemi',
  chair: '',
  secretary: ' ',
  participants: 'Noin 30',
}
const basis = {
  datasetId: 'lapland-s3',
  exportedAt: '2026-11-20T09:30:00+02:00',
  sha256: 'e'.repeat(64),
  weights: { 'imp-jobs': 2 },
  filters: { ...NO_FILTERS, themes: ['th-energy'], q: 'vety' },
}

describe('newSession', () => {
  it('keeps the fields given, the weights and only the filters that narrow the view', () => {
    const s = newSession(fields, basis, 'a1b2')
    expect(s).toEqual({
      id: '2026-12-03-a1b2',
      forum: 'Strategiafoorumi',
      date: '2026-12-03',
      place: 'Rovaniemi',
      participants: 'Noin 30',
      basedOn: {
        datasetId: 'lapland-s3',
        exportedAt: '2026-11-20T09:30:00+02:00',
        sha256: 'e'.repeat(64),
        weights: { 'imp-jobs': 2 },
        filters: { themes: ['th-energy'], q: 'vety' },
      },
      decisions: [],
    })
  })

  it('makes a session whose record loads', () => {
    const report = validateRecordText(
      recordText(newSession(fields, basis, 'x'), '2026-12-03T10:00:00Z'),
    )
    expect(report.outcome).toBe('loaded')
  })
})
