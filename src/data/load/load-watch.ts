import type { ExportPreview, LoadProgress } from './load-progress.ts'

/**
 * What a running load tells the page while it runs: which attempt, which step and how far,
 * and the overview once the worker has it. Kept outside React, per query, so the load can be
 * started at boot (start-early.ts) before any component exists, and every page that shows it
 * reads the same state.
 */
export interface LoadWatchState {
  attempt: number
  progress: LoadProgress | null
  preview: ExportPreview | null
}

const IDLE: LoadWatchState = { attempt: 1, progress: null, preview: null }

/** A large download reports hundreds of chunks: a step change always shows, the rest ~10/s. */
const PROGRESS_INTERVAL_MS = 100

class LoadWatch {
  private readonly states = new Map<string, LoadWatchState>()
  private readonly listeners = new Set<() => void>()
  private lastProgress = 0

  get(key: string): LoadWatchState {
    return this.states.get(key) ?? IDLE
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  start(key: string): void {
    this.set(key, IDLE)
  }

  attempt(key: string, attempt: number): void {
    this.set(key, { ...this.get(key), attempt })
  }

  progress(key: string, progress: LoadProgress): void {
    const prev = this.get(key).progress
    const now = performance.now()
    if (prev?.phase === progress.phase && now - this.lastProgress < PROGRESS_INTERVAL_MS) return
    this.lastProgress = now
    this.set(key, { ...this.get(key), progress })
  }

  preview(key: string, preview: ExportPreview): void {
    this.set(key, { ...this.get(key), preview })
  }

  private set(key: string, state: LoadWatchState): void {
    this.states.set(key, state)
    for (const listener of this.listeners) listener()
  }
}

/** The page's one watch over its loads, as long as the page. */
export const loadWatch = new LoadWatch()
