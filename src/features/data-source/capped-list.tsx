import type { ReactNode } from 'react'

/**
 * The first `max` items as a list, then how many more there are: a report of thousands of
 * records or problems stays quick to render and quick to read.
 */
export function CappedList<T>({
  items,
  max,
  omitted = 0,
  className,
  more,
  children,
}: {
  items: readonly T[]
  max: number
  /** Items counted but not given (a report lists a bounded number). */
  omitted?: number
  className: string
  /** The sentence that says how many are not listed. */
  more: (count: number) => string
  /** One item's `<li>`. */
  children: (item: T, index: number) => ReactNode
}) {
  const shown = items.slice(0, max)
  return (
    <>
      <ul className={className}>{shown.map(children)}</ul>
      {items.length + omitted > shown.length ? (
        <p>{more(items.length + omitted - shown.length)}</p>
      ) : null}
    </>
  )
}
