import { periodOrDateRange, rangesOverlap } from '../format/calendar.ts'
import type { Problem } from '../format/problems.ts'
import {
  normalisedScoreAt,
  type NormalisedExport,
  type NormalisedOpportunity,
} from '../dataset/normalise-export.ts'
import type { Accepted } from './check-dependencies.ts'
import { refOf, type Candidate } from './check-records.ts'
import { problem } from './report-parts.ts'

/** Step 5's warnings: a dependency on a record that was set aside. */
export function dependencyWarnings(accepted: Accepted): Problem[] {
  const out: Problem[] = []
  for (const c of accepted.records) {
    const deps = c.value.dependsOn
    if (deps)
      for (let i = 0; i < deps.length; i++) {
        const dep = deps[i] as string
        if (!accepted.ids.has(dep))
          out.push(
            problem(
              'warning',
              'warning.dependencySetAside',
              ['opportunities', c.index, 'dependsOn', i],
              { id: dep },
              refOf(c),
            ),
          )
      }
  }
  return out
}

/**
 * Loaded, but worth knowing: unscored criteria, milestones outside the horizon, zero weights.
 * Reads the normalised opportunities (aligned with `accepted`), whose scores and horizon are
 * already worked out.
 */
export function contentWarnings(data: NormalisedExport, accepted: readonly Candidate[]): Problem[] {
  const out: Problem[] = []
  for (const axis of ['impact', 'feasibility'] as const) {
    const onAxis = data.criteria.filter((c) => c.axis === axis)
    if (onAxis.every((c) => c.weight === 0))
      out.push(problem('warning', 'warning.zeroWeights', ['criteria'], { axis }))
  }
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k] as Candidate
    const scoring = scoringWarning(data, k, c)
    if (scoring) out.push(scoring)
    milestoneWarnings(c, data.opportunities[k] as NormalisedOpportunity, out)
  }
  return out
}

function scoringWarning(data: NormalisedExport, k: number, c: Candidate): Problem | null {
  const criteria = data.criteria
  let unscored = 0
  for (let i = 0; i < criteria.length; i++) if (normalisedScoreAt(data, k, i) === null) unscored++
  if (unscored === 0) return null
  const path = ['opportunities', c.index, 'scores']
  if (unscored === criteria.length)
    return problem('warning', 'warning.noScores', path, {}, refOf(c))
  const names = criteria.filter((_, i) => normalisedScoreAt(data, k, i) === null).map((cr) => cr.id)
  return problem(
    'warning',
    'warning.unscored',
    path,
    { criteria: names.join(', '), count: unscored },
    refOf(c),
  )
}

function milestoneWarnings(c: Candidate, n: NormalisedOpportunity, out: Problem[]): void {
  const h = n.horizonRange
  const milestones = c.value.milestones
  if (!h || !milestones) return
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i] as { date: string }
    const r = periodOrDateRange(m.date)
    if (r && !rangesOverlap(r, h)) {
      out.push(
        problem(
          'warning',
          'warning.milestoneOutsideHorizon',
          ['opportunities', c.index, 'milestones', i, 'date'],
          {
            date: m.date,
            start: c.value.horizon?.start ?? '',
            end: c.value.horizon?.end ?? '',
          },
          refOf(c),
        ),
      )
    }
  }
}
