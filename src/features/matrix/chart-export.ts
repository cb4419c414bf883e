import type { ThemeSymbol } from '../../ui/theme-style.ts'
import { svgFile } from '../../ui/svg-serialize.ts'
import { symbolPath } from '../../ui/theme-symbols.ts'
import { contextSvgGroup } from '../shared/print-context/context-svg-dom.ts'
import { contextSvgLayout } from '../shared/print-context/context-svg-layout.ts'
import type { PrintContext } from '../shared/print-context/print-context.ts'

/**
 * The matrix as a standalone image: the on-screen layers (frame, canvas dots if any, marks)
 * merged into one SVG with their computed styles inlined, a heading above and the legend
 * below; and that SVG drawn on a canvas for PNG. Everything happens in the page: no request
 * leaves it.
 */

const SVG_NS = 'http://www.w3.org/2000/svg'

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const

/** Interactive-only parts that an image should not carry. */
const DROPPED = '.focus-ring, .mark-overlay, title, desc'

/**
 * The computed styles become presentation attributes, not a style attribute: the image needs
 * no stylesheet either way, and the app's Content-Security-Policy refuses style attributes.
 */
function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source)
  for (const p of STYLE_PROPERTIES) target.setAttribute(p, cs.getPropertyValue(p))
  target.removeAttribute('style')
  // Bubbles and true-position marks are placed with CSS (so they can glide): make it markup.
  if (cs.transform && cs.transform !== 'none') target.setAttribute('transform', cs.transform)
  const d = cs.getPropertyValue('d')
  const path = /^path\("(.*)"\)$/.exec(d)
  if (path?.[1]) target.setAttribute('d', path[1])
  for (const p of ['cx', 'cy'] as const) {
    const v = cs.getPropertyValue(p)
    if (v && v !== 'auto' && !target.hasAttribute(p)) target.setAttribute(p, String(parseFloat(v)))
  }
  for (const name of [...target.getAttributeNames()])
    if (
      name === 'role' ||
      name === 'tabindex' ||
      name === 'class' ||
      name.startsWith('aria-') ||
      name.startsWith('data-')
    )
      target.removeAttribute(name)
  const sourceChildren = source.children
  const targetChildren = target.children
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i]
    const t = targetChildren[i]
    if (s && t) inlineStyles(s, t)
  }
}

function copyLayer(svg: SVGSVGElement): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g')
  const clone = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, clone)
  for (const el of [...clone.querySelectorAll(DROPPED)]) el.remove()
  for (const p of STYLE_PROPERTIES) g.setAttribute(p, clone.getAttribute(p) ?? '')
  g.setAttribute('font-size', svg.getAttribute('font-size') ?? '16')
  for (const child of [...clone.childNodes]) g.append(child)
  return g
}

export interface LegendEntry {
  label: string
  colour: string
  symbol: ThemeSymbol
}

export interface ExportOptions {
  heading: string
  legend: readonly LegendEntry[]
  notes: readonly string[]
  fontSize: number
  /** What the picture shows, written below the legend so that the file says it by itself. */
  context?: PrintContext
}

function text(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string> = {},
): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text')
  el.setAttribute('x', String(x))
  el.setAttribute('y', String(y))
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  el.textContent = content
  return el
}

/** Builds the image of the chart inside `wrapper` (the element holding the chart's layers). */
export function chartSvgMarkup(
  wrapper: HTMLElement,
  options: ExportOptions,
): { markup: string; width: number; height: number } {
  const frame = wrapper.querySelector<SVGSVGElement>('svg.matrix-frame-svg')
  const marks = wrapper.querySelector<SVGSVGElement>('svg.matrix-marks-svg')
  const canvas = wrapper.querySelector<HTMLCanvasElement>('canvas.matrix-canvas')
  if (!frame || !marks) throw new Error('The chart is not drawn.')
  const width = Number(frame.getAttribute('width'))
  const chartHeight = Number(frame.getAttribute('height'))
  const fs = options.fontSize
  const top = fs * 2.6

  // The legend flows left to right in rows, with text widths estimated (no layout engine here).
  const legend = document.createElementNS(SVG_NS, 'g')
  let x = fs
  let y = top + chartHeight + fs * 1.8
  const lineHeight = fs * 1.7
  for (const entry of options.legend) {
    const w = fs * 2 + entry.label.length * fs * 0.56
    if (x + w > width - fs && x > fs) {
      x = fs
      y += lineHeight
    }
    const mark = document.createElementNS(SVG_NS, 'path')
    mark.setAttribute('d', symbolPath(entry.symbol, fs * 0.45))
    mark.setAttribute('transform', `translate(${x + fs * 0.5} ${y - fs * 0.35})`)
    mark.setAttribute('fill', entry.colour)
    mark.setAttribute('stroke', '#1a1a1a')
    mark.setAttribute('stroke-width', '1.25')
    legend.append(mark, text(x + fs * 1.3, y, entry.label))
    x += w + fs
  }
  for (const note of options.notes) {
    y += lineHeight
    legend.append(text(fs, y, note, { fill: '#4a4a4a' }))
  }
  const contextTop = Math.ceil(y + fs)
  const context = options.context ? contextSvgLayout(options.context, width, fs * 0.85) : null
  const height = contextTop + (context?.height ?? 0)

  const root = document.createElementNS(SVG_NS, 'svg')
  root.setAttribute('xmlns', SVG_NS)
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  root.setAttribute('font-family', getComputedStyle(frame).fontFamily)
  root.setAttribute('font-size', String(fs))
  const title = document.createElementNS(SVG_NS, 'title')
  title.textContent = options.heading
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('width', String(width))
  background.setAttribute('height', String(height))
  background.setAttribute('fill', '#ffffff')
  root.append(
    title,
    background,
    text(fs, fs * 1.7, options.heading, {
      'font-weight': '700',
      'font-size': String(fs * 1.3),
      fill: '#1a1a1a',
    }),
  )
  const chart = document.createElementNS(SVG_NS, 'g')
  chart.setAttribute('transform', `translate(0 ${top})`)
  chart.append(copyLayer(frame))
  if (canvas) {
    const image = document.createElementNS(SVG_NS, 'image')
    image.setAttribute('href', canvas.toDataURL('image/png'))
    image.setAttribute('width', String(width))
    image.setAttribute('height', String(chartHeight))
    chart.append(image)
  }
  chart.append(copyLayer(marks))
  root.append(chart, legend)
  legend.setAttribute('fill', '#1a1a1a')
  if (context) root.append(contextSvgGroup(context, contextTop, width))
  return { markup: svgFile(root), width, height }
}
