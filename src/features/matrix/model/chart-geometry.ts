import { scaleLinear, type ScaleLinear } from 'd3-scale'

/**
 * The matrix's frame: plot area, scales and text size for a chart of `width` × `height` CSS
 * pixels. Text grows with the chart, so the same view reads from across a room on a big
 * screen or in full screen.
 */

export interface PlotArea {
  x0: number
  x1: number
  /** Top. */
  y0: number
  /** Bottom. */
  y1: number
}

export interface ChartGeometry {
  width: number
  height: number
  /** Base text size in px. */
  fontSize: number
  plot: PlotArea
  /** Feasibility 0..1 → x. */
  x: ScaleLinear<number, number>
  /** Impact 0..1 → y (up is high). */
  y: ScaleLinear<number, number>
  /** Tick values on both axes, 0..1. */
  ticks: number[]
}

export const MIN_FONT_PX = 13
export const MAX_FONT_PX = 30

export function fontSizeFor(width: number): number {
  return Math.round(Math.min(MAX_FONT_PX, Math.max(MIN_FONT_PX, width / 72)))
}

export function chartGeometry(width: number, height: number): ChartGeometry {
  const fontSize = fontSizeFor(width)
  const plot: PlotArea = {
    x0: Math.round(fontSize * 2.6),
    x1: Math.round(width - fontSize * 1.2),
    y0: Math.round(fontSize * 2.4),
    y1: Math.round(height - fontSize * 3.6),
  }
  return {
    width,
    height,
    fontSize,
    plot,
    x: scaleLinear().domain([0, 1]).range([plot.x0, plot.x1]),
    y: scaleLinear().domain([0, 1]).range([plot.y1, plot.y0]),
    ticks: [0, 0.25, 0.5, 0.75, 1],
  }
}
