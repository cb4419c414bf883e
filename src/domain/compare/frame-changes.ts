import type { NormalisedExport } from '../dataset/normalise-export.ts'
import type { Criterion } from '../format/export-schema.ts'
import type { CriterionChange, FrameChanges, ListChange } from './comparison.ts'
import { sameValue } from './same-value.ts'

type FrameOf = Pick<NormalisedExport, 'criteria' | 'themes' | 'clusters' | 'actors'>

/** Named things (themes, clusters, actors) added, removed or renamed, by id. */
export function listChanges(
  then: readonly { id: string; name: unknown }[],
  now: readonly { id: string; name: unknown }[],
): ListChange[] {
  const changes: ListChange[] = []
  const before = new Map(then.map((x) => [x.id, x]))
  const after = new Set<string>()
  for (const x of now) {
    after.add(x.id)
    const old = before.get(x.id)
    if (!old) changes.push({ kind: 'added', id: x.id })
    else if (!sameValue(old.name, x.name)) changes.push({ kind: 'renamed', id: x.id })
  }
  for (const x of then) if (!after.has(x.id)) changes.push({ kind: 'removed', id: x.id })
  return changes
}

export function criterionChanges(
  then: readonly Criterion[],
  now: readonly Criterion[],
): CriterionChange[] {
  const changes: CriterionChange[] = []
  const before = new Map(then.map((c) => [c.id, c]))
  const after = new Set<string>()
  for (const c of now) {
    after.add(c.id)
    const old = before.get(c.id)
    if (!old) {
      changes.push({ kind: 'added', id: c.id })
      continue
    }
    if (old.axis !== c.axis) changes.push({ kind: 'axis', id: c.id })
    if (old.weight !== c.weight) changes.push({ kind: 'weight', id: c.id })
    if (old.min !== c.min || old.max !== c.max) changes.push({ kind: 'scale', id: c.id })
  }
  for (const c of then) if (!after.has(c.id)) changes.push({ kind: 'removed', id: c.id })
  return changes
}

export function frameChanges(baseline: FrameOf, current: FrameOf): FrameChanges {
  const criteria = criterionChanges(baseline.criteria, current.criteria)
  return {
    criteria,
    themes: listChanges(baseline.themes, current.themes),
    clusters: listChanges(baseline.clusters, current.clusters),
    actors: listChanges(baseline.actors, current.actors),
    differentCriteria: criteria.some(
      (c) => c.kind === 'added' || c.kind === 'removed' || c.kind === 'axis',
    ),
  }
}
