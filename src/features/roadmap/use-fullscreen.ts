import { useEffect, useState, type RefObject } from 'react'

/**
 * Full screen for one element (a projector in a workshop). The state follows the document's
 * `fullscreenchange`, since Escape or the browser's own controls can leave full screen too.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>): {
  fullscreen: boolean
  toggle: () => void
} {
  const [fullscreen, setFullscreen] = useState(false)
  useEffect(() => {
    const on = () => setFullscreen(document.fullscreenElement === ref.current)
    document.addEventListener('fullscreenchange', on)
    return () => document.removeEventListener('fullscreenchange', on)
  }, [ref])
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void ref.current?.requestFullscreen?.()
  }
  return { fullscreen, toggle }
}
