import type { ReactNode } from 'react'
import { QUADRANT_SPLIT } from '../../domain/scoring/quadrant.ts'

/** Percent across (feasibility) and down (impact, high at the top) inside the frame. */
export const across = (p: { feasibility: number }) => `${2 + p.feasibility * 96}%`
export const down = (p: { impact: number }) => `${2 + (1 - p.impact) * 96}%`

/**
 * The matrix drawn plainly for a slide: a frame split into quadrants and every placed
 * opportunity as a small dot. What a slide marks on it (numbers, the one discussed) is HTML
 * laid over it, so its text keeps the slide's font size at any screen size.
 */
export function SlideMatrixChart({
  dots,
  className,
  children,
}: {
  /** Every shown opportunity as one path (dotsPath), made once for the whole deck. */
  dots: string
  className: string
  children?: ReactNode
}) {
  const split = 2 + QUADRANT_SPLIT * 96
  return (
    <div className={`slide-matrix ${className}`}>
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="frame" x="0" y="0" width="100" height="100" />
        <line className="split" x1={split} x2={split} y1="0" y2="100" />
        <line className="split" y1={100 - split} y2={100 - split} x1="0" x2="100" />
        <path className="dot" d={dots} />
      </svg>
      {children}
    </div>
  )
}
