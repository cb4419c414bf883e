import { describe, expect, it } from 'vitest'
import { addDependents } from './reverse-dependencies.ts'

describe('addDependents', () => {
  it('lists each opportunity under every id it depends on, in the order added', () => {
    const dependents = new Map<string, string[]>()
    addDependents(dependents, 'b', ['a'])
    addDependents(dependents, 'c', ['a', 'b'])
    addDependents(dependents, 'd', undefined)
    expect([...dependents]).toEqual([
      ['a', ['b', 'c']],
      ['b', ['c']],
    ])
  })

  it('leaves out ids that did not load, when told which did', () => {
    const dependents = new Map<string, string[]>()
    addDependents(dependents, 'c', ['a', 'gone'], new Set(['a', 'c']))
    expect([...dependents]).toEqual([['a', ['c']]])
  })
})
