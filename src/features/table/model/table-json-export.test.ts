import { describe, expect, it } from 'vitest'
import { exportRowsJson } from './table-json-export.ts'
import { loadFixture, tableFixture } from '../../../../tests/fixtures/table-fixture.ts'
import { validateExportText } from '../../../domain/validate/validate-export.ts'

describe('exportRowsJson', () => {
  it('writes the frame with the rows in view, in view order, as a valid export', () => {
    const data = loadFixture()
    const text = exportRowsJson(data, [3, 0])
    const report = validateExportText(text)
    expect(report.outcome).toBe('loaded')
    const parsed = JSON.parse(text) as { opportunities: { id: string }[]; themes: unknown }
    expect(parsed.opportunities.map((o) => o.id)).toEqual(['op-4', 'op-1'])
    expect(parsed.themes).toEqual(tableFixture.themes)
    expect(parsed.opportunities[1]).toEqual(tableFixture.opportunities[0])
  })

  it('drops dependencies on opportunities left out, so the file still loads', () => {
    const value = structuredClone(tableFixture)
    const [a, b, c] = value.opportunities
    if (!a || !b || !c) throw new Error('fixture too short')
    b.dependsOn = ['op-1']
    c.dependsOn = ['op-1', 'op-2']
    const data = loadFixture(value)
    const parsed = JSON.parse(exportRowsJson(data, [1, 2])) as {
      opportunities: { id: string; dependsOn?: string[] }[]
    }
    expect(parsed.opportunities[0]?.dependsOn).toBeUndefined()
    expect(parsed.opportunities[1]?.dependsOn).toEqual(['op-2'])
    expect(validateExportText(JSON.stringify(parsed)).outcome).toBe('loaded')
  })
})
