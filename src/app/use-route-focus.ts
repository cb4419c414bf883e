import { useEffect, useRef, useState } from 'react'

/**
 * After a navigation inside the app (not the first load, where the browser and the screen
 * reader start at the top themselves), focus goes to the new page's h1, so keyboard and
 * screen-reader users start reading the page they asked for. A page whose code is still
 * loading gets its h1 focused when it appears; until then, main holds the focus.
 */
export function useRouteFocus(path: string): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const main = document.getElementById('main')
    if (!main) return
    const focusHeading = (): boolean => {
      // While the new page's code loads, React keeps the old page hidden: skip its heading.
      const h1 = [...main.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0)
      if (!h1) return false
      if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1')
      // The browser keeps its own scroll (to the top, or back where Back left the reader).
      h1.focus({ preventScroll: true })
      return document.activeElement === h1
    }
    if (focusHeading()) return
    main.focus({ preventScroll: true })
    const observer = new MutationObserver(() => {
      // Only while the reader has not moved on from main in the meantime.
      if (document.activeElement !== main || focusHeading()) observer.disconnect()
    })
    // React shows the new page by changing the old one's style and adding its own nodes.
    observer.observe(main, { childList: true, subtree: true, attributes: true })
    return () => observer.disconnect()
  }, [path])
}

/**
 * The text of the shell's polite live region: the new page's title after a navigation or a
 * change of language, and nothing on the first load (the screen reader reads the title then).
 * Set while rendering, from the previous path and language, so it needs no effect.
 */
export function useRouteAnnouncement(path: string, language: string, title: string): string {
  const [seen, setSeen] = useState({ path, language })
  const [announcement, setAnnouncement] = useState('')
  if (seen.path !== path || seen.language !== language) {
    setSeen({ path, language })
    setAnnouncement(title)
  }
  return announcement
}
