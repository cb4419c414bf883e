import {
  RECORD_FORMAT,
  RECORD_VERSION,
  type DecisionEntry,
  type DecisionRecord,
  type SessionDetails,
} from './decision-record-schema.ts'

/**
 * A forum session as the browser keeps it: the meeting's details and the export it is based
 * on (SessionDetails), and its decisions, one per opportunity, in the order they were made.
 * The decision record (decision-record-schema.ts) is its file form.
 */
export interface Session extends SessionDetails {
  decisions: DecisionEntry[]
}

/** The session as a record, saved at `savedAt` (ISO date-time with a zone). */
export function sessionToRecord(session: Session, savedAt: string): DecisionRecord {
  const { decisions, ...details } = session
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    savedAt,
    session: details,
    decisions: decisions.map((d) => ({ ...d })),
  }
}

export function recordToSession(record: DecisionRecord): Session {
  return { ...record.session, decisions: record.decisions.map((d) => ({ ...d })) }
}

/** The record's file text: two-space indentation and a final newline, as the export's. */
export function recordText(session: Session, savedAt: string): string {
  return `${JSON.stringify(sessionToRecord(session, savedAt), null, 2)}\n`
}

/**
 * The session with `entry` as its decision on that opportunity: replaces an earlier one in
 * place, or adds it at the end.
 */
export function withDecision(session: Session, entry: DecisionEntry): Session {
  const at = session.decisions.findIndex((d) => d.opportunityId === entry.opportunityId)
  const decisions =
    at < 0 ? [...session.decisions, entry] : session.decisions.map((d, i) => (i === at ? entry : d))
  return { ...session, decisions }
}

/** The session without a decision on that opportunity. */
export function withoutDecision(session: Session, opportunityId: string): Session {
  return {
    ...session,
    decisions: session.decisions.filter((d) => d.opportunityId !== opportunityId),
  }
}

export function decisionOf(session: Session, opportunityId: string): DecisionEntry | undefined {
  return session.decisions.find((d) => d.opportunityId === opportunityId)
}
