/**
 * A promise that carries its outcome, the way React's `use()` looks for it: once settled, a
 * component reads it in the same render instead of suspending for one, so code started early
 * (a chunk imported when its page loads) shows with the content around it, not a frame later
 * (which moves that content: a layout shift).
 */
export type TrackedPromise<T> = Promise<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected'
  value?: T
  reason?: unknown
}

export function tracked<T>(promise: Promise<T>): TrackedPromise<T> {
  const p: TrackedPromise<T> = promise
  p.status = 'pending'
  p.then(
    (value) => {
      p.status = 'fulfilled'
      p.value = value
    },
    (reason: unknown) => {
      p.status = 'rejected'
      p.reason = reason
    },
  )
  return p
}
