import { useCallback, useEffect, useState, type RefObject } from 'react'

/**
 * Full screen for one element (a projector in a workshop) through the Fullscreen API;
 * `supported` is false without it. `active` follows the document's `fullscreenchange`, since
 * Escape or the browser's own controls can leave full screen too.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(false)
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement === ref.current)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [ref])
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void ref.current?.requestFullscreen().catch(() => undefined)
  }, [ref])
  return {
    active,
    toggle,
    supported: typeof document !== 'undefined' && document.fullscreenEnabled,
  }
}
