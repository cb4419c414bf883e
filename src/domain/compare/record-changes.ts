import { leadActorOf } from '../dataset/normalised-opportunity.ts'
import type { Opportunity } from '../format/export-schema.ts'
import type { ChangeField, FieldChange } from './comparison.ts'
import { sameList, sameSet, sameValue } from './same-value.ts'

/** A criterion's score as the record gives it; unscored (null or missing) as null. */
function scoreOf(record: Opportunity, criterion: string): number | null {
  const v = record.scores?.[criterion]
  return typeof v === 'number' ? v : null
}

// Most matched records differ in nothing: they share these rather than each making an empty
// list. Callers only read them.
const NO_FIELDS: readonly ChangeField[] = []
const NO_SCORES: readonly FieldChange[] = []

/**
 * The record's own fields that differ, before the scores: each field at most once, in
 * `CHANGE_FIELDS` order.
 */
export function recordFieldsBeforeScores(
  then: Opportunity,
  now: Opportunity,
): readonly ChangeField[] {
  let fields: ChangeField[] | null = null
  if (!sameValue(then.title, now.title)) (fields ??= []).push('title')
  if (!sameValue(then.summary, now.summary)) (fields ??= []).push('summary')
  if (then.status !== now.status) (fields ??= []).push('status')
  if (then.theme !== now.theme) (fields ??= []).push('theme')
  if (!sameSet(then.clusters, now.clusters)) (fields ??= []).push('clusters')
  if (!sameSet(then.growthGoals, now.growthGoals)) (fields ??= []).push('growthGoals')
  if (!sameSet(then.innovationTypes, now.innovationTypes)) (fields ??= []).push('innovationTypes')
  return fields ?? NO_FIELDS
}

/** The scores that differ, on the criteria both exports have (`shared`, in current order). */
export function scoreFieldChanges(
  then: Opportunity,
  now: Opportunity,
  shared: readonly string[],
): readonly FieldChange[] {
  let changes: FieldChange[] | null = null
  for (const id of shared)
    if (scoreOf(then, id) !== scoreOf(now, id))
      (changes ??= []).push({ field: 'score', criterion: id })
  return changes ?? NO_SCORES
}

/** The record's fields after the scores: horizon, plan, money, people, evidence. */
export function recordFieldsAfterScores(
  then: Opportunity,
  now: Opportunity,
): readonly ChangeField[] {
  let fields: ChangeField[] | null = null
  if (then.horizon?.start !== now.horizon?.start) (fields ??= []).push('horizonStart')
  if (then.horizon?.end !== now.horizon?.end) (fields ??= []).push('horizonEnd')
  if (!sameList(then.phases, now.phases)) (fields ??= []).push('phases')
  if (!sameList(then.milestones, now.milestones)) (fields ??= []).push('milestones')
  if (then.budgetEur !== now.budgetEur) (fields ??= []).push('budget')
  if (!sameList(then.funding, now.funding)) (fields ??= []).push('funding')
  if (leadActorOf(then) !== leadActorOf(now)) (fields ??= []).push('leadActor')
  if (!sameSet(then.sources, now.sources)) (fields ??= []).push('sources')
  if (!sameSet(then.dependsOn, now.dependsOn)) (fields ??= []).push('dependencies')
  return fields ?? NO_FIELDS
}
