import { useCallback, useId, useRef, useState, type RefObject } from 'react'
import { activeSession, useSessions } from '../../data/sessions/session-store.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import type { ScoreTable } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { useFullscreen } from '../../ui/use-fullscreen.ts'
import { useSetTitleDetail } from '../../ui/title-detail.ts'
import { APP_BASE, useSearchString } from '../../url-state/location.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import { recordDecision } from '../shared/decisions/record-decision.ts'
import type { PresentAction } from './model/present-keys.ts'
import { clampSlide, parseSlideNumber, type Slide } from './model/slides.ts'
import { presentCatalog, type PresentTranslate } from './present-catalog.ts'
import { SlideView } from './slide-view.tsx'
import { slideQrValue } from './slide-qr.ts'
import { useDeckKeys } from './use-deck-keys.ts'
import { useQrPrefetch } from './use-qr-prefetch.ts'

/** Focus for what the presenter opened by a key (the "go to" field, the help), once shown. */
const focusOnShow = (el: HTMLElement | null) => el?.focus()

export interface DeckProps {
  data: NormalisedExport
  state: ViewState
  /** The opportunities the filters leave, for the matrices. */
  shown: readonly number[]
  /** Scores under the weights in use. */
  scores: ScoreTable
  /** The shown opportunities as the slide matrices' dots (dotsPath), made once per deck. */
  dots: string
  agenda: readonly number[]
  slides: readonly Slide[]
  /** Opportunities the export's check set aside as invalid. */
  setAside: number
}

/** A slide's title in words, for the announcement and the document title. */
function slideTitle(
  slide: Slide,
  data: NormalisedExport,
  lang: ViewState['lang'],
  t: PresentTranslate,
) {
  const dl = data.dataset.defaultLanguage
  switch (slide.kind) {
    case 'title':
      return resolveText(data.dataset.title, lang, dl)?.text ?? ''
    case 'matrix':
      return t('matrix.heading')
    case 'opportunity': {
      const record = data.opportunities[slide.position]?.record
      return record ? (resolveText(record.title, lang, dl)?.text ?? record.id) : ''
    }
    case 'roadmap':
      return t('roadmap.heading')
    case 'summary':
      return t('summary.heading')
  }
}

/**
 * The slides, full window, one at a time, with the keys of a presentation clicker, the
 * slide's number in the address, and a polite announcement of each slide change.
 */
export function SlideDeck(props: DeckProps) {
  const { data, state, slides } = props
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const setViewState = useSetViewState()
  const deckRef = useRef<HTMLDivElement>(null)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const fullscreen = useFullscreen(deckRef)
  const [dark, setDark] = useState(false)
  const [qr, setQr] = useState(true)
  const [help, setHelp] = useState(false)
  const [goto, setGoto] = useState<string | null>(null)
  const sessions = useSessions()
  const session = activeSession(sessions)
  const count = slides.length
  const n = clampSlide(state.slide ?? 1, count)
  const slide = slides[n - 1] ?? { kind: 'title' }
  const title = slideTitle(slide, data, lang, t)
  useSetTitleDetail(t('deck.announce', { n, count, title }))
  const search = useSearchString()
  const root = `${location.origin}${APP_BASE}`
  useQrPrefetch(
    qr
      ? [slides[n], slides[n - 2]].map((s) => (s ? slideQrValue(s, data, root, search) : null))
      : [],
  )

  const go = useCallback(
    (k: number) => setViewState({ slide: clampSlide(k, count) }, { replace: true }),
    [setViewState, count],
  )
  const act = (action: PresentAction) => {
    switch (action.type) {
      case 'next':
        return go(n + 1)
      case 'previous':
        return go(n - 1)
      case 'first':
        return go(1)
      case 'last':
        return go(count)
      case 'goto':
        return setGoto('')
      case 'fullscreen':
        return fullscreen.toggle()
      case 'qr':
        return setQr((v) => !v)
      case 'theme':
        return setDark((v) => !v)
      case 'help':
        return setHelp((v) => !v)
      case 'agenda':
        return setViewState({ slide: null })
      case 'escape':
        if (help) return setHelp(false)
        if (fullscreen.active) return fullscreen.toggle()
        return setViewState({ slide: null })
      case 'note':
        return noteRef.current?.focus()
      case 'decide':
        if (slide.kind === 'opportunity' && session)
          recordDecision(session, data, slide.position, { decision: action.decision })
        return
    }
  }
  useDeckKeys(slide.kind === 'opportunity', act)

  return (
    <div ref={deckRef} className="present-deck" data-theme={dark ? 'dark' : 'light'}>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('deck.announce', { n, count, title })}
      </p>
      <div className="slide-stage">
        <SlideView
          key={n}
          {...props}
          slide={slide}
          number={n}
          title={title}
          qr={qr}
          noteRef={noteRef}
        />
      </div>
      <DeckControls
        n={n}
        count={count}
        fullscreen={fullscreen}
        goto={goto}
        onGoto={setGoto}
        onGo={go}
        act={act}
      />
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
    </div>
  )
}

function DeckControls({
  n,
  count,
  fullscreen,
  goto,
  onGoto,
  onGo,
  act,
}: {
  n: number
  count: number
  fullscreen: { active: boolean; supported: boolean }
  goto: string | null
  onGoto: (text: string | null) => void
  onGo: (n: number) => void
  act: (action: PresentAction) => void
}) {
  const t = useFeatureTranslate(presentCatalog)
  const gotoId = useId()
  return (
    <nav className="deck-controls" aria-label={t('deck.controls')}>
      <p className="deck-progress">{t('deck.progress', { n, count })}</p>
      {goto !== null ? (
        <p className="deck-goto">
          <label htmlFor={gotoId}>{t('goto.label', { count })}</label>{' '}
          <input
            id={gotoId}
            type="text"
            inputMode="numeric"
            size={4}
            ref={focusOnShow}
            value={goto}
            onChange={(e) => onGoto(e.target.value)}
            onBlur={() => onGoto(null)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                const k = parseSlideNumber(goto, count)
                if (k !== null) onGo(k)
                onGoto(null)
              } else if (e.key === 'Escape') onGoto(null)
            }}
          />
        </p>
      ) : null}
      <button
        type="button"
        aria-label={t('deck.previous')}
        title={t('deck.previous')}
        disabled={n <= 1}
        onClick={() => act({ type: 'previous' })}
      >
        ←
      </button>
      <button
        type="button"
        aria-label={t('deck.next')}
        title={t('deck.next')}
        disabled={n >= count}
        onClick={() => act({ type: 'next' })}
      >
        →
      </button>
      {fullscreen.supported ? (
        <KeyButton
          label={fullscreen.active ? t('deck.fullscreenExit') : t('deck.fullscreen')}
          pressed={fullscreen.active}
          onClick={() => act({ type: 'fullscreen' })}
        >
          F
        </KeyButton>
      ) : null}
      <KeyButton label={t('deck.qr')} onClick={() => act({ type: 'qr' })}>
        Q
      </KeyButton>
      <KeyButton label={t('deck.theme')} onClick={() => act({ type: 'theme' })}>
        T
      </KeyButton>
      <KeyButton label={t('deck.agenda')} onClick={() => act({ type: 'agenda' })}>
        A
      </KeyButton>
      <KeyButton label={t('deck.help')} onClick={() => act({ type: 'help' })}>
        ?
      </KeyButton>
    </nav>
  )
}

/** A control shown by its key's letter, named in full for screen readers and on hover. */
function KeyButton({
  label,
  pressed,
  onClick,
  children,
}: {
  label: string
  pressed?: boolean
  onClick: () => void
  children: string
}) {
  return (
    <button type="button" aria-label={label} title={label} aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  )
}

function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useFeatureTranslate(presentCatalog)
  const headingId = useId()
  return (
    <div className="deck-help" role="dialog" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('help.heading')}</h2>
      <ul>
        <li>{t('help.move')}</li>
        <li>{t('help.ends')}</li>
        <li>{t('help.goto')}</li>
        <li>{t('help.decide')}</li>
        <li>{t('help.view')}</li>
        <li>{t('help.leave')}</li>
      </ul>
      <button type="button" ref={focusOnShow} onClick={onClose}>
        {t('help.close')}
      </button>
    </div>
  )
}

export type NoteRef = RefObject<HTMLTextAreaElement | null>
