import { useEffect } from 'react'
import { qrPath } from '../../ui/qr-path.ts'

/**
 * Makes the codes of the slides next to the current one while the browser is idle, so the
 * next slide change finds its code made and paints within its frame.
 */
export function useQrPrefetch(values: readonly (string | null)[]): void {
  const key = values.filter((v) => v !== null).join('\n')
  useEffect(() => {
    if (key === '') return
    const make = () => {
      for (const value of key.split('\n')) qrPath(value)
    }
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(make, 200)
      return () => clearTimeout(timer)
    }
    const id = requestIdleCallback(make, { timeout: 1_000 })
    return () => cancelIdleCallback(id)
  }, [key])
}
