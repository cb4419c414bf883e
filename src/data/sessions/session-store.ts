import { get, set } from 'idb-keyval'
import { useSyncExternalStore } from 'react'
import type { Decision } from '../../domain/decisions/decision-vocabulary.ts'
import {
  decisionOf,
  recordText,
  withDecision,
  type Session,
} from '../../domain/decisions/session.ts'
import { validateRecordText } from '../../domain/decisions/validate-decision-record.ts'
import { appStore } from '../cache/idb-store.ts'

/**
 * The forum sessions kept in the browser (IndexedDB, the app's one store), with the active
 * one. Each session is stored as its decision record's text, so what is read back passes the
 * same checks as a record loaded from a file; one that no longer does is left out rather than
 * shown broken. Changes show at once (the state is in memory) and are written behind, the
 * newest state winning, so typing a note never waits for storage.
 *
 * Deleted sessions stay in memory until the page is closed, so a deletion can be undone for
 * the rest of the visit.
 */

export interface SessionsState {
  /** False until IndexedDB has been read. */
  ready: boolean
  sessions: readonly Session[]
  activeId: string | null
  /** Deleted in this visit, newest first. */
  deleted: readonly Session[]
}

const KEY = 'sessions'
const VERSION = 1

interface Stored {
  version: typeof VERSION
  activeId: string | null
  records: string[]
}

let state: SessionsState = { ready: false, sessions: [], activeId: null, deleted: [] }
const listeners = new Set<() => void>()
let reading: Promise<void> | null = null
let writing: Promise<void> | null = null
let dirty = false

function emit(next: SessionsState): void {
  state = next
  for (const l of listeners) l()
}

function isStored(v: unknown): v is Stored {
  if (typeof v !== 'object' || v === null) return false
  const s = v as Partial<Stored>
  return s.version === VERSION && Array.isArray(s.records)
}

async function read(): Promise<void> {
  let stored: unknown = null
  try {
    stored = await get(KEY, appStore())
  } catch {
    // No IndexedDB (a private window in some browsers): sessions live for the visit only.
  }
  const sessions: Session[] = []
  if (isStored(stored))
    for (const text of stored.records) {
      const report = typeof text === 'string' ? validateRecordText(text) : null
      if (report && 'session' in report) sessions.push(report.session)
    }
  const activeId =
    isStored(stored) && sessions.some((s) => s.id === stored.activeId) ? stored.activeId : null
  emit({ ...state, ready: true, sessions: [...sessions, ...state.sessions], activeId })
}

function ensureRead(): Promise<void> {
  reading ??= read()
  return reading
}

/** Writes the current state; while a write runs, the next one waits and takes the newest. */
function persist(): Promise<void> {
  dirty = true
  writing ??= (async () => {
    await ensureRead()
    while (dirty) {
      dirty = false
      const savedAt = new Date().toISOString()
      const value: Stored = {
        version: VERSION,
        activeId: state.activeId,
        records: state.sessions.map((s) => recordText(s, savedAt)),
      }
      try {
        await set(KEY, value, appStore())
      } catch {
        // Storage refused (quota, private mode): the session stays in memory for the visit.
      }
    }
    writing = null
  })()
  return writing
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  void ensureRead()
  return () => listeners.delete(listener)
}

export function useSessions(): SessionsState {
  return useSyncExternalStore(subscribe, () => state)
}

export function activeSession(s: SessionsState = state): Session | null {
  return s.sessions.find((x) => x.id === s.activeId) ?? null
}

/** Adds a session (or replaces the one with its id) and makes it active. */
export function saveSession(session: Session, makeActive = true): Promise<void> {
  const exists = state.sessions.some((s) => s.id === session.id)
  const sessions = exists
    ? state.sessions.map((s) => (s.id === session.id ? session : s))
    : [...state.sessions, session]
  emit({ ...state, sessions, activeId: makeActive ? session.id : state.activeId })
  return persist()
}

/** Changes one session in place (a decision recorded); nothing when it is gone. */
export function updateSession(id: string, change: (s: Session) => Session): Promise<void> {
  if (!state.sessions.some((s) => s.id === id)) return Promise.resolve()
  emit({ ...state, sessions: state.sessions.map((s) => (s.id === id ? change(s) : s)) })
  return persist()
}

export function setActiveSession(id: string | null): Promise<void> {
  emit({ ...state, activeId: id })
  return persist()
}

export function deleteSession(id: string): Promise<void> {
  const gone = state.sessions.find((s) => s.id === id)
  if (!gone) return Promise.resolve()
  emit({
    ...state,
    sessions: state.sessions.filter((s) => s.id !== id),
    activeId: state.activeId === id ? null : state.activeId,
    deleted: [gone, ...state.deleted],
  })
  return persist()
}

/** Brings a session deleted in this visit back (in place of one that took its id since). */
export function undoDelete(id: string): Promise<void> {
  const back = state.deleted.find((s) => s.id === id)
  if (!back) return Promise.resolve()
  const current = state.sessions.find((s) => s.id === id)
  emit({
    ...state,
    sessions: [...state.sessions.filter((s) => s.id !== id), back],
    deleted: [...(current ? [current] : []), ...state.deleted.filter((s) => s !== back)],
  })
  return persist()
}

/**
 * Adds a session read from a record and makes it active. One with the same id is replaced,
 * and can be brought back with undoDelete for the rest of the visit.
 */
export function importSession(session: Session): Promise<void> {
  const current = state.sessions.find((s) => s.id === session.id)
  emit({
    ...state,
    sessions: [...state.sessions.filter((s) => s.id !== session.id), session],
    activeId: session.id,
    deleted: current ? [current, ...state.deleted] : state.deleted,
  })
  return persist()
}

/** Resolves once the sessions have been read from storage (for tests and first renders). */
export function sessionsReady(): Promise<void> {
  return ensureRead()
}

// `npm run bench` times a decision reaching the table's column, and the table has no decision
// control of its own: its build (VITE_KK_BENCH=1) alone can change one through this store.
if (import.meta.env.VITE_KK_BENCH === '1')
  (globalThis as unknown as { __kkBench: unknown }).__kkBench = {
    redecide(id: string, decision: Decision): void {
      const s = activeSession()
      const entry = s && decisionOf(s, id)
      if (s && entry) void updateSession(s.id, (x) => withDecision(x, { ...entry, decision }))
    },
  }
