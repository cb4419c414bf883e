import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateExportText } from '../../../domain/validate/validate-export.ts'
import { opportunityFacts, shorten } from './opportunity-facts.ts'

const report = validateExportText(readFileSync('mocks/demo-export.json', 'utf8'))
if (!('data' in report)) throw new Error('the demo export must load')
const data = report.data

describe('an opportunity slide’s facts', () => {
  it('are the record’s texts in the UI language, names resolved from the export', () => {
    const at = data.opportunities.findIndex((o) => o.id === 'kk-001')
    const facts = opportunityFacts(data, at, 'sv')
    expect(facts?.summary).toMatch(/^Förädlingen av batterimineraler/)
    expect(facts?.horizon).toBe('2023-Q3 – 2027-Q4')
    // A phase without Swedish falls back to the dataset's language, Finnish.
    expect(facts?.phases).toEqual([
      'Förstudie 2023-Q3 – 2024-Q1',
      'Pilotointi 2024-Q2 – 2025-Q4',
      'Laajentaminen 2026-Q1 – 2027-Q4',
    ])
    expect(facts?.partners).toHaveLength(3)
    expect(facts?.lead).not.toBeNull()
    expect(facts?.sources).toHaveLength(3)
    expect(facts?.criteria.map((c) => c.score)).toEqual([5, 4, 3, 3.5, 4, 4, 2.5])
  })

  it('are null outside the export', () => {
    expect(opportunityFacts(data, data.opportunities.length, 'fi')).toBeNull()
  })
})

describe('shortening a long name', () => {
  it('cuts at a word and says so with an ellipsis', () => {
    expect(shorten('Arctic Smartness -klusterien työpaja: klusteritoiminnan suunta', 30)).toBe(
      'Arctic Smartness -klusterien…',
    )
    expect(shorten('lyhyt', 30)).toBe('lyhyt')
  })
})
