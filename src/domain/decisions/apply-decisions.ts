import type { Status } from '../format/export-vocabulary.ts'
import { isPlainObject } from '../validate/report-parts.ts'
import type { DecisionEntry } from './decision-record-schema.ts'
import { statusAfterDecision } from './decision-vocabulary.ts'
import type { Session } from './session.ts'

/**
 * Closing the loop (issue 17): a session's decisions written into an export, which the
 * analysts then publish as the next one. Works on the export as parsed JSON, so every field it
 * does not change (unknown ones included) is kept exactly, in its place.
 *
 * A decided opportunity (any decision but `noDecision`) gets the status its decision sets, the
 * forum session among its `sources` and `updatedAt` set to the day applied; the forum session
 * is added to the export's `sources` once. `noDecision` changes nothing: the forum discussed
 * the opportunity but decided nothing to record in it.
 */

export type ApplyResult =
  | {
      ok: true
      /** The new export, a copy: the input is not changed. */
      next: Record<string, unknown>
      /** Ids of opportunities whose record changed. */
      changed: string[]
      /** Decisions on opportunities the export does not hold. */
      missing: DecisionEntry[]
    }
  | { ok: false; reason: 'otherDataset'; exportDataset: string; recordDataset: string }
  | { ok: false; reason: 'notAnExport' }

/** The id the session gets among the export's sources: `forum-` and the session's id. */
export function forumSourceId(session: Session): string {
  // Ids are at most 64 characters; the session's own id may already be 64.
  return `forum-${session.id}`.slice(0, 64)
}

function forumSource(session: Session): Record<string, unknown> {
  const source: Record<string, unknown> = {
    id: forumSourceId(session),
    kind: 'forum',
    name: session.forum,
    date: session.date,
  }
  if (session.place) source.location = session.place
  return source
}

function withSource(sources: unknown, source: Record<string, unknown>): unknown[] {
  const list = Array.isArray(sources) ? sources : []
  const at = list.findIndex((s) => isPlainObject(s) && s.id === source.id)
  return at < 0 ? [...list, source] : list.map((s, i) => (i === at ? source : s))
}

function decided(d: DecisionEntry): boolean {
  return d.decision !== 'noDecision'
}

/** `appliedOn`: the day the decisions are applied, YYYY-MM-DD (the opportunities' `updatedAt`). */
export function applyDecisions(
  exportValue: unknown,
  session: Session,
  appliedOn: string,
): ApplyResult {
  if (!isPlainObject(exportValue) || !isPlainObject(exportValue.dataset))
    return { ok: false, reason: 'notAnExport' }
  const exportDataset = String(exportValue.dataset.id)
  if (exportDataset !== session.basedOn.datasetId)
    return {
      ok: false,
      reason: 'otherDataset',
      exportDataset,
      recordDataset: session.basedOn.datasetId,
    }
  const opportunities = Array.isArray(exportValue.opportunities) ? exportValue.opportunities : []
  const byId = new Map<string, DecisionEntry>()
  for (const d of session.decisions) byId.set(d.opportunityId, d)
  const present = new Set<string>()
  const sourceId = forumSourceId(session)
  const changed: string[] = []
  const nextOpportunities = opportunities.map((o: unknown) => {
    if (!isPlainObject(o) || typeof o.id !== 'string') return o
    const d = byId.get(o.id)
    if (!d) return o
    present.add(o.id)
    if (!decided(d)) return o
    changed.push(o.id)
    const sources = Array.isArray(o.sources) ? (o.sources as unknown[]) : []
    return {
      ...o,
      status: statusAfterDecision(d.decision, o.status as Status),
      sources: sources.includes(sourceId) ? sources : [...sources, sourceId],
      updatedAt: appliedOn,
    }
  })
  const missing = session.decisions.filter((d) => !present.has(d.opportunityId))
  if (changed.length === 0) return { ok: true, next: { ...exportValue }, changed, missing }
  return {
    ok: true,
    next: {
      ...exportValue,
      sources: withSource(exportValue.sources, forumSource(session)),
      opportunities: nextOpportunities,
    },
    changed,
    missing,
  }
}
