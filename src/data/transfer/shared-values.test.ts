import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SharedValues } from './shared-values.ts'
import { variedOpportunities } from '../../../tests/fixtures/varied-records.ts'

/** Records as the page gets them: each parsed on its own, so nothing is shared to begin with. */
function parsedRecords(count: number): Record<string, unknown>[] {
  return variedOpportunities(count).map(
    (o) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>,
  )
}

describe('SharedValues.shareRecordParts', () => {
  it('changes nothing a reader sees: every record serialises exactly as before', () => {
    const records = parsedRecords(400)
    const before = records.map((r) => JSON.stringify(r))
    const pool = new SharedValues()
    for (const r of records) pool.shareRecordParts(r)
    expect(records.map((r) => JSON.stringify(r))).toEqual(before)
    // … while the fixture's repeated horizons and lists did get shared.
    expect(records[12]?.horizon).toBe(records[0]?.horizon)
    expect(records[8]?.growthGoals).toBe(records[0]?.growthGoals)
    expect(records[5]?.actors).toBe(records[1]?.actors)
  })

  it('gives equal horizons, goal lists and actor lists one copy', () => {
    const a = JSON.parse(
      '{"id":"a","horizon":{"start":"2026","end":"2028-Q2"},"growthGoals":["rdi","wellbeing"],"actors":[{"actor":"luke","role":"lead"}]}',
    ) as Record<string, unknown>
    const b = JSON.parse(
      '{"id":"b","horizon":{"start":"2026","end":"2028-Q2"},"growthGoals":["rdi","wellbeing"],"actors":[{"actor":"luke","role":"lead"}]}',
    ) as Record<string, unknown>
    const pool = new SharedValues()
    pool.shareRecordParts(a)
    pool.shareRecordParts(b)
    expect(b.horizon).toBe(a.horizon)
    expect(b.growthGoals).toBe(a.growthGoals)
    expect(b.actors).toBe(a.actors)
  })

  it('keeps apart what only looks alike: key order, list length, other values', () => {
    const pool = new SharedValues()
    const records = [
      { horizon: { start: '2026', end: '2027' }, growthGoals: [''], tags: ['a\u0001b'] },
      { horizon: { end: '2027', start: '2026' }, growthGoals: [], tags: ['a', 'b'] },
      { horizon: { start: '2026', end: '2028' }, growthGoals: ['', ''], tags: ['a\u0001b'] },
    ] as Record<string, unknown>[]
    const before = records.map((r) => JSON.stringify(r))
    for (const r of records) pool.shareRecordParts(r)
    expect(records.map((r) => JSON.stringify(r))).toEqual(before)
    expect(records[1]?.horizon).not.toBe(records[0]?.horizon)
    expect(records[2]?.horizon).not.toBe(records[0]?.horizon)
    expect(records[1]?.growthGoals).not.toBe(records[0]?.growthGoals)
  })

  it('adds no field a record did not have, and leaves wrong types alone', () => {
    const pool = new SharedValues()
    const record: Record<string, unknown> = { id: 'x', theme: 7, growthGoals: 'rdi', actors: [3] }
    pool.shareRecordParts(record)
    expect(record).toEqual({ id: 'x', theme: 7, growthGoals: 'rdi', actors: [3] })
    expect(Object.keys(record)).toEqual(['id', 'theme', 'growthGoals', 'actors'])
    expect(() => pool.shareRecordParts(null)).not.toThrow()
    expect(() => pool.shareRecordParts(['a'])).not.toThrow()
  })

  it('never changes what any JSON record reads as (property)', () => {
    const field = fc.constantFrom(
      'theme',
      'status',
      'updatedAt',
      'horizon',
      'growthGoals',
      'tags',
      'sources',
      'actors',
      'funding',
      'phases',
    )
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(field, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 }),
        (records) => {
          const copies = records.map((r) => JSON.parse(JSON.stringify(r)) as unknown)
          const before = copies.map((r) => JSON.stringify(r))
          const pool = new SharedValues()
          for (const r of copies) pool.shareRecordParts(r)
          expect(copies.map((r) => JSON.stringify(r))).toEqual(before)
        },
      ),
    )
  })
})
