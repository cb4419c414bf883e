const PRESENTATION_PARAMS = new Set(['slide', 'agenda', 'top', 'via'])

/**
 * The absolute address a slide's QR code opens: the app's own origin and base path, the
 * opportunity's page or the matrix, and the view's query without the presentation's own
 * parameters (a phone opens the view, not the slides). The other parameters are kept byte for
 * byte, so the code holds the same address the view's own links would.
 */
export function qrAddress(appRoot: string, path: string, search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (part === '') return false
      const name = decodeURIComponent(part.split('=')[0] ?? '')
      return !PRESENTATION_PARAMS.has(name)
    })
  const root = appRoot.replace(/\/+$/, '')
  return `${root}${path}${kept.length === 0 ? '' : `?${kept.join('&')}`}`
}
