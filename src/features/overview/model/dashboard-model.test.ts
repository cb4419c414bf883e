import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreOpportunities } from '../../../domain/scoring/scoring.ts'
import { validateExportText } from '../../../domain/validate/validate-export.ts'
import { loadTestExport, testExport } from '../../../../tests/fixtures/export-fixture.ts'
import { dashboardModel, percent, strategyDays, type DashboardInput } from './dashboard-model.ts'

const text = readFileSync('mocks/demo-export.json', 'utf8')
const report = validateExportText(text)
if (!('data' in report)) throw new Error('the demo export must load')
const data = report.data

interface RawOpportunity {
  id: string
  theme: string
  status: string
  growthGoals: string[]
  budgetEur?: number
  horizon?: { start: string; end: string }
  actors?: { actor: string; role: string }[]
  funding?: { amountEur?: number; status?: string }[]
  milestones?: { date: string; done?: boolean }[]
}
const raw = (JSON.parse(text) as { opportunities: RawOpportunity[] }).opportunities
const sum = (list: readonly RawOpportunity[], f: (o: RawOpportunity) => number) =>
  list.reduce((n, o) => n + f(o), 0)

const all = data.opportunities.map((_, i) => i)
const input = (over: Partial<DashboardInput> = {}): DashboardInput => ({
  data,
  positions: all,
  scores: data.scores,
  today: '2026-12-03',
  setAside: 0,
  warnings: 0,
  ...over,
})

describe('dashboardModel on the demo export', () => {
  const d = dashboardModel(input({ setAside: 2, warnings: 5 }))

  it('gives the headline figures as the raw records have them', () => {
    const h = d.headline
    expect(h.loaded).toBe(64)
    expect(h.shown).toBe(64)
    expect(h.setAside).toBe(2)
    expect(h.byStatus.map((r) => r.key)).toEqual([
      'identified',
      'prioritised',
      'planned',
      'inProgress',
      'completed',
      'onHold',
      'discarded',
    ])
    for (const r of h.byStatus)
      expect(r.count, r.key).toBe(raw.filter((o) => o.status === r.key).length)
    expect(h.fundingNeed).toBe(sum(raw, (o) => o.budgetEur ?? 0))
    expect(h.fundingNeed).toBeGreaterThan(0)
    for (const s of ['identified', 'applied', 'granted'] as const)
      expect(h.funding[s], s).toBe(
        sum(raw, (o) =>
          (o.funding ?? []).reduce(
            (n, f) => n + (f.status === s && f.amountEur !== undefined ? f.amountEur : 0),
            0,
          ),
        ),
      )
    expect(h.withLead).toBe(raw.filter((o) => o.actors?.some((a) => a.role === 'lead')).length)
    expect(h.scored).toBe(64 - d.attention.unscored)
    // Unscheduled ones are never in the period; every demo horizon lies within 2023–2027.
    expect(h.scheduledInPeriod).toBe(raw.filter((o) => o.horizon).length)
  })

  it('sums count and funding need by theme and by growth goal', () => {
    expect(d.byTheme.map((r) => r.key)).toEqual(data.themes.map((t) => t.id))
    for (const r of d.byTheme) {
      const mine = raw.filter((o) => o.theme === r.key)
      expect(r.count).toBe(mine.length)
      expect(r.need).toBe(sum(mine, (o) => o.budgetEur ?? 0))
    }
    expect(d.byGoal.map((r) => r.key)).toEqual(['business', 'rdi', 'wellbeing'])
    for (const r of d.byGoal) {
      const mine = raw.filter((o) => o.growthGoals.includes(r.key))
      expect(r.count).toBe(mine.length)
      expect(r.need).toBe(sum(mine, (o) => o.budgetEur ?? 0))
    }
  })

  it('lists the top ten by priority, best first, with ranks 1 to 10', () => {
    expect(d.topTen.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const priorities = d.topTen.map((r) => r.priority)
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities)
  })

  it('counts what needs attention', () => {
    expect(d.attention.setAside).toBe(2)
    expect(d.attention.warnings).toBe(5)
    expect(d.attention.unscheduled).toBe(raw.filter((o) => !o.horizon).length)
    expect(d.attention.unscored).toBeGreaterThan(0)
    const overdue = raw.filter((o) =>
      o.milestones?.some((m) => !m.done && m.date.slice(0, 4) < '2026'),
    ).length
    expect(d.attention.overdueMilestones).toBeGreaterThanOrEqual(overdue)
  })

  it('follows the current weights: another weighting reorders the top ten', () => {
    const impactOnly = Object.fromEntries(
      data.criteria.map((c) => [c.id, c.axis === 'impact' ? 1 : 0]),
    )
    const reweighted = dashboardModel(input({ scores: scoreOpportunities(data, impactOnly) }))
    expect(reweighted.topTen.map((r) => r.id)).not.toEqual(d.topTen.map((r) => r.id))
  })

  it('counts only what the filters leave', () => {
    const wellbeing = all.filter((i) =>
      data.opportunities[i]?.record.growthGoals.includes('wellbeing'),
    )
    const f = dashboardModel(input({ positions: wellbeing }))
    expect(f.headline.loaded).toBe(64)
    expect(f.headline.shown).toBe(wellbeing.length)
    expect(f.byGoal.find((r) => r.key === 'wellbeing')?.count).toBe(wellbeing.length)
    expect(f.headline.byStatus.reduce((n, r) => n + r.count, 0)).toBe(wellbeing.length)
  })
})

describe('dashboardModel on small exports', () => {
  const theme = { id: 't', name: 'T' }
  const base = { theme: 't', growthGoals: ['business'] as 'business'[], status: 'planned' as const }
  const small = loadTestExport(
    testExport({
      themes: [theme],
      criteria: [
        { id: 'imp', axis: 'impact', name: 'I' },
        { id: 'fea', axis: 'feasibility', name: 'F' },
      ],
      opportunities: [
        {
          ...base,
          id: 'a',
          title: 'A',
          horizon: { start: '2026-Q1', end: '2026-Q4' },
          milestones: [
            { date: '2026-03-01', name: 'done', done: true },
            { date: '2026-06', name: 'late' },
          ],
        },
        { ...base, id: 'b', title: 'B', horizon: { start: '2025', end: '2026' }, dependsOn: ['a'] },
        { ...base, id: 'c', title: 'C', horizon: { start: '2030', end: '2031' } },
        { ...base, id: 'd', title: 'D', milestones: [{ date: '2027-01', name: 'later' }] },
      ],
    }),
  )
  const d = dashboardModel({
    data: small,
    positions: [0, 1, 2, 3],
    scores: small.scores,
    today: '2026-07-01',
    setAside: 0,
    warnings: 0,
  })

  it('marks a prerequisite that starts after its dependent as a conflict', () => {
    expect(d.attention.dependencyConflicts).toBe(1)
  })

  it('counts an unfinished milestone past today as overdue, a done or future one not', () => {
    expect(d.attention.overdueMilestones).toBe(1)
  })

  it('counts a horizon outside the strategy period as scheduled but not within it', () => {
    expect(d.attention.unscheduled).toBe(1)
    expect(d.headline.scheduledInPeriod).toBe(2)
  })

  it('has no top ten and all unscored without scores', () => {
    expect(d.topTen).toEqual([])
    expect(d.attention.unscored).toBe(4)
    expect(d.headline.scored).toBe(0)
  })
})

describe('helpers', () => {
  it('percent rounds, and 0 of 0 is 0', () => {
    expect(percent(1, 3)).toBe(33)
    expect(percent(0, 0)).toBe(0)
  })
  it('strategyDays spans whole years', () => {
    expect(strategyDays({ start: 2023, end: 2027 })).toEqual({
      start: '2023-01-01',
      end: '2027-12-31',
    })
  })
})
