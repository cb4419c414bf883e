/**
 * Export text is plain text. These checks find what would only make sense as markup or as an
 * unsafe link, so a producer learns about it instead of seeing it silently shown raw.
 */

// A tag (<p>, </div>, <img src=…>, <br/>), a comment or a doctype. "<5 MW" or "a < b" are not.
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!doctype/i

/** The first piece of markup in a text, or null. */
export function findMarkup(text: string): string | null {
  // Most text has no "<" at all; skipping the regex for it keeps validation linear and cheap.
  if (!text.includes('<')) return null
  const m = MARKUP.exec(text)
  return m ? m[0].slice(0, 40) : null
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
