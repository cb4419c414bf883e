import type { MessageKey } from '../i18n/messages-en.ts'

/** What names a page in its document title: a shell word, or the opportunity it shows. */
export type PageName = { kind: 'message'; key: MessageKey } | { kind: 'opportunity'; id: string }

const PAGE_NAMES: Readonly<Record<string, MessageKey>> = {
  '/': 'nav.overview',
  '/matrix': 'nav.matrix',
  '/roadmap': 'nav.roadmap',
  '/opportunities': 'nav.opportunities',
  '/sessions': 'nav.sessions',
  '/present': 'nav.present',
  '/changes': 'nav.changes',
  '/data': 'nav.data',
  '/accessibility': 'nav.accessibility',
}

/** The name of the page at an app path; an unknown path is the not-found page. */
export function pageName(path: string): PageName {
  const key = PAGE_NAMES[path]
  if (key) return { kind: 'message', key }
  if (/^\/sessions\/[^/]+\/minutes$/.test(path)) return { kind: 'message', key: 'nav.minutes' }
  const opportunity = /^\/opportunities\/([^/]+)$/.exec(path)
  if (opportunity?.[1] !== undefined) {
    return { kind: 'opportunity', id: safeDecode(opportunity[1]) }
  }
  return { kind: 'message', key: 'page.notFound.heading' }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The document title, most specific first, so that tabs and history tell pages apart by
 * what they show: "page – dataset – app". A part not known yet (the dataset while it loads)
 * is left out rather than shown empty; repeated whitespace from data is flattened, as a tab
 * would show it anyway.
 */
export function composeDocumentTitle(parts: readonly (string | null | undefined)[]): string {
  const clean = parts
    .map((part) => (part ?? '').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
  return clean.filter((part, i) => clean.indexOf(part) === i).join(' – ')
}
