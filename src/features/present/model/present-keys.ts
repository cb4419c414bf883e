import { DECISIONS, type Decision } from '../../../domain/decisions/decision-vocabulary.ts'

/** What a key does in the presentation. */
export type PresentAction =
  | { type: 'next' | 'previous' | 'first' | 'last' | 'goto' | 'fullscreen' | 'qr' | 'theme' }
  | { type: 'escape' | 'agenda' | 'help' | 'note' }
  | { type: 'decide'; decision: Decision }

export interface KeyInput {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

const MOVES: Readonly<Record<string, PresentAction['type']>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'escape',
}

const LETTERS: Readonly<Record<string, PresentAction['type']>> = {
  g: 'goto',
  f: 'fullscreen',
  q: 'qr',
  t: 'theme',
  a: 'agenda',
  '?': 'help',
}

/**
 * The action of a key pressed on a slide, or null for keys the presentation leaves alone
 * (with Ctrl, Cmd or Alt held they are the browser's). The decision keys 1–6 follow the
 * vocabulary's order and, like `N` for the note, only act on an opportunity's slide.
 */
export function presentAction(e: KeyInput, onOpportunity: boolean): PresentAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  const move = MOVES[e.key]
  if (move) return { type: move } as PresentAction
  const letter = LETTERS[e.key.toLowerCase()]
  if (letter) return { type: letter } as PresentAction
  if (!onOpportunity) return null
  if (e.key.toLowerCase() === 'n') return { type: 'note' }
  const digit = /^[1-9]$/.test(e.key) ? Number(e.key) : 0
  const decision = DECISIONS[digit - 1]
  return decision ? { type: 'decide', decision } : null
}
