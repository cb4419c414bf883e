import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GROWTH_GOALS, STATUSES } from '../format/export-vocabulary.ts'
import { overviewStats, overviewSummary } from './overview-stats.ts'
import { priorityAt, rankAt } from '../scoring/score-table.ts'
import { validateExportText } from '../validate/validate-export.ts'

const report = validateExportText(readFileSync('mocks/demo-export.json', 'utf8'))
if (!('data' in report)) throw new Error('the demo export must load')
const data = report.data

describe('overviewStats', () => {
  const stats = overviewStats(data, data.scores, STATUSES, GROWTH_GOALS)

  it('counts every opportunity once by theme and by status, in a fixed order', () => {
    expect(stats.total).toBe(64)
    expect(stats.byTheme.map((r) => r.key)).toEqual(data.themes.map((t) => t.id))
    expect(stats.byTheme.reduce((n, r) => n + r.count, 0)).toBe(64)
    expect(stats.byStatus.map((r) => r.key)).toEqual([...STATUSES])
    expect(stats.byStatus.reduce((n, r) => n + r.count, 0)).toBe(64)
  })

  it('counts goals per opportunity that has them', () => {
    const expected = data.opportunities.filter((o) =>
      o.record.growthGoals.includes('wellbeing'),
    ).length
    expect(stats.byGrowthGoal.find((r) => r.key === 'wellbeing')?.count).toBe(expected)
  })

  it('lists the ten best ranked, best first, and counts the unscored', () => {
    expect(stats.topTen.map((i) => rankAt(data.scores, i))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(stats.unscored).toBe(data.scores.rank.filter((r) => r === 0).length)
    expect(stats.unscored).toBeGreaterThan(0)
  })

  it('restricts to the opportunities the filters leave', () => {
    const planned = data.opportunities.flatMap((o, i) => (o.record.status === 'planned' ? [i] : []))
    const s = overviewStats(data, data.scores, STATUSES, GROWTH_GOALS, planned)
    expect(s.total).toBe(planned.length)
    expect(s.byStatus.find((r) => r.key === 'planned')?.count).toBe(planned.length)
    expect(s.byStatus.filter((r) => r.key !== 'planned').every((r) => r.count === 0)).toBe(true)
  })

  it('picks the ten best ranked among the opportunities the filters leave', () => {
    // Every third, backwards: the best of them is not rank 1, and they come in no rank order.
    const some = data.opportunities.flatMap((_, i) => (i % 3 === 1 ? [i] : [])).reverse()
    const expected = some
      .filter((i) => rankAt(data.scores, i) !== null)
      .sort((a, b) => (rankAt(data.scores, a) as number) - (rankAt(data.scores, b) as number))
      .slice(0, 10)
    expect(expected).toHaveLength(10)
    expect(overviewStats(data, data.scores, STATUSES, GROWTH_GOALS, some).topTen).toEqual(expected)
  })
})

describe('overviewSummary', () => {
  const summary = overviewSummary(data, STATUSES, GROWTH_GOALS)
  const stats = overviewStats(data, data.scores, STATUSES, GROWTH_GOALS)

  it('holds the counts and the ten best, each with its title and priority score', () => {
    expect(summary).toMatchObject({
      total: stats.total,
      byTheme: stats.byTheme,
      byStatus: stats.byStatus,
      byGrowthGoal: stats.byGrowthGoal,
      unscored: stats.unscored,
    })
    expect(summary.topTen).toEqual(
      stats.topTen.map((i) => ({
        id: data.opportunities[i]?.id,
        title: data.opportunities[i]?.record.title,
        priority: priorityAt(data.scores, i),
      })),
    )
    expect(summary.themes.map((t) => t.id)).toEqual(data.themes.map((t) => t.id))
  })

  it('survives structured cloning unchanged (the worker posts it to the page)', () => {
    expect(structuredClone(summary)).toEqual(summary)
  })
})
