import { describe, expect, it } from 'vitest'
import { dependencyLinks, linksById } from './roadmap-dependencies.ts'

describe('dependencyLinks', () => {
  it('links prerequisites to dependents and flags a prerequisite that starts later', () => {
    const links = dependencyLinks([
      { id: 'a', start: 10 },
      { id: 'b', start: 20, dependsOn: ['a'] },
      { id: 'c', start: 5, dependsOn: ['a', 'b'] },
    ])
    expect(links).toEqual([
      { from: 'a', to: 'b', conflict: false },
      { from: 'a', to: 'c', conflict: true },
      { from: 'b', to: 'c', conflict: true },
    ])
  })
  it('starting on the same day is no conflict', () => {
    expect(
      dependencyLinks([
        { id: 'a', start: 3 },
        { id: 'b', start: 3, dependsOn: ['a'] },
      ])[0],
    ).toMatchObject({ conflict: false })
  })
  it('leaves out prerequisites that are not scheduled (or filtered out)', () => {
    expect(dependencyLinks([{ id: 'b', start: 20, dependsOn: ['gone'] }])).toEqual([])
  })
  it('indexes links by both ends', () => {
    const map = linksById(
      dependencyLinks([
        { id: 'a', start: 1 },
        { id: 'b', start: 2, dependsOn: ['a'] },
      ]),
    )
    expect(map.get('a')).toHaveLength(1)
    expect(map.get('b')).toHaveLength(1)
  })
})
