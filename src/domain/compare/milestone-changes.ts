import type { Opportunity } from '../format/export-schema.ts'
import type { MilestoneChange } from './comparison.ts'
import { sameValue } from './same-value.ts'

type Milestone = NonNullable<Opportunity['milestones']>[number]

/** A milestone's identity across exports: its name (in every language it has). */
function nameKey(m: Milestone): string {
  const n = m.name
  if (typeof n === 'string') return n
  return JSON.stringify(
    Object.keys(n)
      .sort()
      .map((k) => [k, n[k]]),
  )
}

/**
 * Milestones added, removed, moved (a new date) and done (done now, not then), matched by
 * name. A milestone whose name was reworded reads as one removed and one added: the
 * exports carry no milestone ids, and a guessed match would be worse than none.
 */
export function milestoneChanges(
  then: readonly Milestone[] | undefined,
  now: readonly Milestone[] | undefined,
): MilestoneChange[] {
  const changes: MilestoneChange[] = []
  const before = new Map<string, Milestone>()
  for (const m of then ?? []) if (!before.has(nameKey(m))) before.set(nameKey(m), m)
  const seen = new Set<string>()
  for (const m of now ?? []) {
    const key = nameKey(m)
    if (seen.has(key)) continue
    seen.add(key)
    const old = before.get(key)
    if (!old) {
      changes.push({ kind: 'added', name: m.name, dateThen: null, dateNow: m.date })
      continue
    }
    if (old.date !== m.date)
      changes.push({ kind: 'moved', name: m.name, dateThen: old.date, dateNow: m.date })
    if ((old.done ?? false) !== (m.done ?? false))
      changes.push({ kind: 'done', name: m.name, dateThen: old.date, dateNow: m.date })
  }
  for (const [key, m] of before)
    if (!seen.has(key))
      changes.push({ kind: 'removed', name: m.name, dateThen: m.date, dateNow: null })
  return changes
}

/** Whether anything about the milestones changed, beyond what `milestoneChanges` names. */
export function milestonesDiffer(
  then: readonly Milestone[] | undefined,
  now: readonly Milestone[] | undefined,
): boolean {
  return !sameValue(then ?? [], now ?? [])
}
