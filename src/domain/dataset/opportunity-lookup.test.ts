import { describe, expect, it } from 'vitest'
import type { NormalisedOpportunity } from './normalise-export.ts'
import { opportunityWithId } from './opportunity-lookup.ts'

const opportunity = (id: string, index: number) =>
  ({ id, index, record: { id } }) as unknown as NormalisedOpportunity

describe('opportunityWithId', () => {
  it('finds a loaded opportunity by its id and nothing for another id', () => {
    const opportunities = [opportunity('o1', 0), opportunity('o3', 2)]
    expect(opportunityWithId({ opportunities }, 'o3')).toBe(opportunities[1])
    expect(opportunityWithId({ opportunities }, 'o2')).toBeUndefined()
    // Not Object.prototype's members either.
    expect(opportunityWithId({ opportunities }, 'toString')).toBeUndefined()
  })

  it('finds the same opportunities through a shallow copy of the export', () => {
    const data = { opportunities: [opportunity('a', 0)], title: 'x' }
    expect(opportunityWithId({ ...data }, 'a')).toBe(data.opportunities[0])
  })

  it('sees opportunities added to the list after an earlier lookup', () => {
    const opportunities = [opportunity('a', 0)]
    expect(opportunityWithId({ opportunities }, 'b')).toBeUndefined()
    opportunities.push(opportunity('b', 1))
    expect(opportunityWithId({ opportunities }, 'b')).toBe(opportunities[1])
  })
})
