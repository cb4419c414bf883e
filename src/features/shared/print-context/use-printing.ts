import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the page is being printed: from `beforeprint` to `afterprint` (the print dialog,
 * rendered synchronously because the browser lays out the printout right after), or while the
 * print medium is in force otherwise (an emulated print, a PDF made without the dialog).
 * What exists only on paper is drawn only then.
 */
export function usePrinting(): boolean {
  const [dialog, setDialog] = useState(false)
  const [medium, setMedium] = useState(() => matchMedia('print').matches)
  useEffect(() => {
    const before = () => flushSync(() => setDialog(true))
    const after = () => setDialog(false)
    const query = matchMedia('print')
    const change = () => flushSync(() => setMedium(query.matches))
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    query.addEventListener('change', change)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      query.removeEventListener('change', change)
    }
  }, [])
  return dialog || medium
}
