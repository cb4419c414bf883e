import type { ContextSvgLayout } from './context-svg-layout.ts'

const SVG_NS = 'http://www.w3.org/2000/svg'

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, name)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v))
  return e
}

/** The context block as SVG elements, for a picture built from the page's own layers (the matrix). */
export function contextSvgGroup(layout: ContextSvgLayout, y: number, width: number): SVGGElement {
  const g = el('g', { transform: `translate(0 ${y})` }) as SVGGElement
  g.append(
    el('rect', { width, height: layout.height, fill: '#ffffff' }),
    el('line', { x1: 0, x2: width, y1: 0.5, y2: 0.5, stroke: '#6b6b6b' }),
  )
  for (const t of layout.texts) {
    const text = el('text', {
      x: t.x,
      y: t.y,
      fill: '#1a1a1a',
      'font-weight': t.bold ? '700' : '400',
    })
    text.textContent = t.text
    g.append(text)
  }
  const { qr } = layout
  const code = el('g', {
    transform: `translate(${qr.x} ${qr.y}) scale(${qr.scale})`,
    'shape-rendering': 'crispEdges',
  })
  code.append(
    el('rect', { width: qr.modules, height: qr.modules, fill: '#ffffff' }),
    el('path', { d: qr.d, fill: '#000000' }),
  )
  g.append(code)
  return g
}
