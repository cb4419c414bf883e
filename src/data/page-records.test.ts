import { describe, expect, it } from 'vitest'
import { PageRecords } from './page-records.ts'

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 1))

describe('PageRecords', () => {
  it('parses the export’s opportunities in slices, equal to JSON.parse', async () => {
    const opportunities = Array.from({ length: 1_234 }, (_, i) => ({
      id: `op-${i}`,
      title: { fi: `Mahdollisuus ${i} [ja] {muuta}, "lainaus"` },
      scores: { a: i % 5 },
    }))
    const records = new PageRecords(encode({ schemaVersion: '1.0', opportunities, tail: [1] }))
    await expect(records.scanned).resolves.toBe(true)
    await expect(records.records).resolves.toEqual(opportunities)
  })

  it('does without when the bytes are not an export it can read', async () => {
    for (const bytes of [new TextEncoder().encode('{"opportunities": [1, '), encode([1, 2])]) {
      const records = new PageRecords(bytes)
      await expect(records.scanned).resolves.toBe(false)
      await expect(records.records).resolves.toBeNull()
    }
  })

  it('stops when cancelled', async () => {
    const opportunities = Array.from({ length: 5_000 }, (_, i) => ({ id: `op-${i}` }))
    const records = new PageRecords(encode({ opportunities }))
    records.cancel()
    await expect(records.records).resolves.toBeNull()
  })
})
