import { describe, expect, it } from 'vitest'
import { demoComparison } from '../../../../tests/fixtures/demo-comparison.ts'
import { REPORT_COLUMNS, reportJson, reportRows, reportedChanges } from './change-report.ts'

const comparison = demoComparison
const words = {
  title: (c: { id: string }) => `T ${c.id}`,
  changeLabel: (c: string) => c.toUpperCase(),
  fieldLabel: (f: { field: string; criterion?: string }) => f.criterion ?? f.field,
  statusLabel: (s: string) => `s:${s}`,
}

describe('the change report', () => {
  it('has a row per new, dropped and changed opportunity, with a cell per column', () => {
    const rows = reportRows(comparison, words)
    const { added, removed, changed } = comparison.counts
    expect(rows).toHaveLength(added + removed + changed)
    for (const row of rows) expect(row).toHaveLength(REPORT_COLUMNS.length)
    const dropped = rows.filter((r) => r[2] === 'REMOVED')
    expect(dropped).toHaveLength(removed)
    // A dropped one has a status then and none now.
    expect(dropped.every((r) => r[4] !== null && r[5] === null)).toBe(true)
  })

  it('names the changed fields and gives rank then, now and the change', () => {
    const c = reportedChanges(comparison).find((x) => x.change === 'changed' && x.rank.delta)
    const row = reportRows(comparison, words).find((r) => r[0] === c?.id)
    expect(row?.[3]).toBe(c?.fields.map((f) => f.criterion ?? f.field).join(', '))
    expect(row?.slice(6, 9)).toEqual([c?.rank.then, c?.rank.now, c?.rank.delta])
  })

  it('is plain JSON with the counts and each change once', () => {
    const json = JSON.parse(reportJson(comparison)) as {
      counts: unknown
      changes: { id: string; fields: string[] }[]
    }
    expect(json.counts).toEqual(comparison.counts)
    const ids = json.changes.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(json.changes.flatMap((c) => c.fields).every((f) => typeof f === 'string')).toBe(true)
  })
})
