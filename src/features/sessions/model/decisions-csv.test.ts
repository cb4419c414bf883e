import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { DecisionEntry } from '../../../domain/decisions/decision-record-schema.ts'
import { decisionsCsv, type DecisionCsvWords } from './decisions-csv.ts'

const entry = (over: Partial<DecisionEntry>): DecisionEntry => ({
  opportunityId: 'kk-001',
  title: { fi: 'Arktinen testaus', en: 'Arctic testing' },
  rank: 2,
  impact: 0.754,
  feasibility: 0.5,
  decision: 'prioritise',
  note: '',
  responsible: 'Lapin liitto',
  decidedAt: '2026-12-03T10:00:00.000Z',
  ...over,
})

const words: DecisionCsvWords = {
  header: (c) => `H:${c}`,
  decision: (d) => (d === 'prioritise' ? 'Priorisoidaan' : d === 'discard' ? 'Hylätään' : d),
  title: (t) => (typeof t === 'string' ? t : (t.fi ?? '')),
}

describe('decisionsCsv', () => {
  it('writes a BOM, the header and one row per decision, ranked first, in words', () => {
    const csv = decisionsCsv(
      [
        entry({ opportunityId: 'kk-009', rank: null, decision: 'discard' }),
        entry({ opportunityId: 'kk-003', rank: 7 }),
        entry({ due: '2027-03-31' }),
      ],
      words,
      { delimiter: ';' },
    )
    expect(csv.startsWith('\ufeffH:rank;H:id;H:title;H:decision;')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[5], r[7]])).toEqual([
      ['2', 'kk-001', 'Priorisoidaan', '2027-03-31', '75'],
      ['7', 'kk-003', 'Priorisoidaan', '', '75'],
      ['', 'kk-009', 'Hylätään', '', '75'],
    ])
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('neutralises formulas and keeps markup, quotes and line breaks as text', () => {
    const note = '=HYPERLINK("http://evil","x")\n<b>bold</b>; "quoted"'
    const csv = decisionsCsv([entry({ note, responsible: '@SUM(A1)' })], words, { delimiter: ';' })
    const row = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data[1] as string[]
    expect(row[6]).toBe(`'${note}`)
    expect(row[4]).toBe("'@SUM(A1)")
  })

  it('uses the comma when asked, with decimal points', () => {
    const csv = decisionsCsv([entry({ title: 'A, B' })], words, { delimiter: ',' })
    expect(csv.split('\r\n')[1]).toContain(',"A, B",')
  })
})
