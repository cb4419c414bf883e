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

  it('makes the accepted opportunities from its own records, in slices', async () => {
    const opportunities = Array.from({ length: 3_000 }, (_, i) => ({
      id: `op-${i}`,
      horizon: { start: '2026', end: '2027-Q2' },
      actors: [
        { actor: 'luke', role: 'partner' },
        { actor: `a-${i % 3}`, role: 'lead' },
      ],
      funding: [{ amountEur: 100 }, { instrument: 'x' }, { amountEur: i }],
      sources: ['s'],
    }))
    const records = new PageRecords(encode({ opportunities }))
    // Every record but the second, as a worker would accept them.
    const accepted = Int32Array.from(opportunities.keys()).filter((i) => i !== 1)
    const made: { id: string; index: number }[] = []
    const fractions: number[] = []
    await records.wrapAccepted(accepted, (slice, fraction) => {
      made.push(...slice)
      fractions.push(fraction)
    })
    expect(made.map((o) => o.index)).toEqual([...accepted])
    expect(made[2]).toMatchObject({
      id: 'op-3',
      index: 3,
      record: { id: 'op-3' },
      horizonRange: { start: '2026-01-01', end: '2027-06-30' },
    })
    expect(fractions.at(-1)).toBe(1)
    // A position the page has no record at is a bug, said as one.
    await expect(records.wrapAccepted(Int32Array.from([3_000]), () => undefined)).rejects.toThrow(
      /no record at position 3000/,
    )
  })

  it('stops when cancelled', async () => {
    const opportunities = Array.from({ length: 5_000 }, (_, i) => ({ id: `op-${i}` }))
    const records = new PageRecords(encode({ opportunities }))
    records.cancel()
    await expect(records.records).resolves.toBeNull()
  })
})
