/**
 * An SVG element as a standalone XML file. XMLSerializer writes XML (not HTML, which would
 * turn a no-break space into `&nbsp;`, an entity XML does not define), and the characters
 * XML 1.0 does not allow at all (control characters the export's plain text may hold, lone
 * surrogates) become U+FFFD, so the file always parses.
 */
export function svgFile(svg: Element): string {
  const markup = new XMLSerializer().serializeToString(svg)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(markup)}`
}

/** Characters XML 1.0 does not allow, and surrogates that are not part of a pair. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** `text` with every character XML 1.0 forbids replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd')
}
