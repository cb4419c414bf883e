import { describe, expect, it } from 'vitest'
import { createScoreTable } from '../../../domain/scoring/score-table.ts'
import { agendaPositions, moveItem, rankedPositions } from './agenda.ts'

function scoresWithRanks(ranks: number[]) {
  const t = createScoreTable(ranks.length)
  ranks.forEach((r, i) => (t.rank[i] = r))
  return t
}

describe('the agenda', () => {
  const scores = scoresWithRanks([3, 0, 1, 2, 4])
  const ids = ['a', 'b', 'c', 'd', 'e']
  const positionOf = (id: string) => {
    const i = ids.indexOf(id)
    return i < 0 ? undefined : i
  }

  it('ranks the shown opportunities, leaving out the unranked', () => {
    expect(rankedPositions([0, 1, 2, 3, 4], scores)).toEqual([2, 3, 0, 4])
    expect(rankedPositions([4, 0], scores)).toEqual([0, 4])
  })

  it('takes the top N in rank order when nothing is picked', () => {
    const ranked = rankedPositions([0, 1, 2, 3, 4], scores)
    expect(agendaPositions(positionOf, ranked, [], 2)).toEqual([2, 3])
    expect(agendaPositions(positionOf, ranked, [], 10)).toEqual([2, 3, 0, 4])
  })

  it('keeps a picked list in its own order, without unknown or repeated ids', () => {
    expect(agendaPositions(positionOf, [2, 3], ['e', 'zz', 'a', 'e'], 1)).toEqual([4, 0])
  })

  it('moves one item a step, and leaves the list as it is at its ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})
