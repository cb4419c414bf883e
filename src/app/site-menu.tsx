import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslate } from '../i18n/language-context.tsx'

const MENU_ID = 'site-menu'

/**
 * The header's navigation and language links. On a wide screen they are always shown and the
 * button is not; on a phone (app.css) they fold behind a disclosure button so the header is
 * one line. Open for one address only: following a link closes it, with no effect needed.
 * Escape closes it and puts the focus back on the button.
 */
export function SiteMenu({ location, children }: { location: string; children: ReactNode }) {
  const t = useTranslate()
  const [openAt, setOpenAt] = useState<string | null>(null)
  const open = openAt === location
  const button = useRef<HTMLButtonElement>(null)

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.preventDefault()
    setOpenAt(null)
    button.current?.focus()
  }

  return (
    // The keydown only listens for Escape bubbling up from the links and the button.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="site-menu-frame" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={MENU_ID}
        onClick={() => setOpenAt(open ? null : location)}
      >
        <span aria-hidden="true" className="menu-icon" />
        {t('nav.menu')}
      </button>
      <div id={MENU_ID} className={open ? 'site-menu open' : 'site-menu'}>
        {children}
      </div>
    </div>
  )
}
