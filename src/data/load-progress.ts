/**
 * Where a load is. `reading` is the download or the file read (bytes `loaded` of `total`, when
 * the size is known); the next three happen in the worker; `done` comes once, last.
 *
 * The domain validator has no progress hooks: validating and normalising run as one step, so
 * `normalising` is reserved for when it gets one and is never sent today.
 */
export type LoadPhase = 'reading' | 'parsing' | 'validating' | 'normalising' | 'done'

export interface LoadProgress {
  phase: LoadPhase
  /** 0…1 within the phase, when known. */
  fraction?: number
  /** `reading` only: bytes so far, and the expected total when known. */
  loaded?: number
  total?: number
}

export type OnLoadProgress = (progress: LoadProgress) => void
