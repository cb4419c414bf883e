/**
 * Export text is plain text (spec, Conventions): angle brackets are ordinary characters and
 * nothing in a text is ever interpreted as markup. The views put texts into the page as text
 * only, so no text can run as code whatever it holds. What this module finds is text that
 * looks like HTML copied from a web page, so the producer can be told (a warning, never a
 * reason to set a record aside), and links whose scheme is not allowed.
 */

/** HTML elements a web page is made of: `<tuotenimi>` or `<Q3>` are not among them. */
const HTML_ELEMENTS =
  'a|abbr|b|blockquote|body|br|button|code|del|details|div|em|embed|font|form|h[1-6]|head|hr|' +
  'html|i|iframe|img|input|ins|label|li|link|meta|object|ol|option|p|pre|s|script|section|' +
  'select|small|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|textarea|tfoot|th|' +
  'thead|title|tr|u|ul|video|audio|source|math'

/**
 * A tag of a known element, as a web page writes it: `<p>`, `</div>`, `<br/>`, or with an
 * attribute that has a value (`<a href="…">`, `<svg/onload=…>`, even unclosed); a comment or
 * a doctype. `a<b ja x>y` (no attribute value) is a comparison in prose, not a tag.
 */
const HTML_TAG = new RegExp(
  `</(?:${HTML_ELEMENTS})\\s*>|<(?:${HTML_ELEMENTS})\\s*/?>|<(?:${HTML_ELEMENTS})[\\s/]+[^<>]*?[\\w-]\\s*=|<!--|<!doctype`,
  'i',
)

/** The first piece of text that looks like an HTML tag, for the warning; null if none. */
export function findHtmlTag(text: string): string | null {
  // Most text has no "<" at all; skipping the regex for it keeps validation linear and cheap.
  if (!text.includes('<')) return null
  const m = HTML_TAG.exec(text)
  if (!m) return null
  // The warning quotes the tag up to its end (or a little of it, when unclosed).
  const end = text.indexOf('>', m.index)
  const tag = end < 0 ? text.slice(m.index, m.index + 40) : text.slice(m.index, end + 1)
  return tag.length > 40 ? `${tag.slice(0, 39)}…` : tag
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/**
 * Links in data may only be http(s) or mailto. The raw text must itself start with the scheme,
 * so nothing a browser would strip first (spaces, tabs, control characters) can hide another.
 */
export function isSafeLinkUrl(url: string): boolean {
  if (!/^(https?:\/\/|mailto:)/i.test(url)) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(url)) return false
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol)
  } catch {
    return false
  }
}

/** The scheme a link claims, for the message that refuses it. */
export function linkScheme(url: string): string {
  const m = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)
  return m?.[1] ? `${m[1].toLowerCase()}:` : url.slice(0, 20)
}
