import { useCallback, useState } from 'react'

const NONE: ReadonlySet<string> = new Set()

/**
 * The lanes the reader has collapsed, by key. They belong to one grouping: another grouping
 * has other lanes, so switching starts with every lane open.
 */
export function useCollapsedLanes(grouping: string): {
  collapsed: ReadonlySet<string>
  onToggleLane: (key: string) => void
} {
  const [collapsedBy, setCollapsedBy] = useState<{ grouping: string; keys: Set<string> }>({
    grouping,
    keys: new Set(),
  })
  const collapsed = collapsedBy.grouping === grouping ? collapsedBy.keys : NONE
  const onToggleLane = useCallback(
    (key: string) =>
      setCollapsedBy((prev) => {
        const keys = new Set(prev.grouping === grouping ? prev.keys : [])
        if (keys.has(key)) keys.delete(key)
        else keys.add(key)
        return { grouping, keys }
      }),
    [grouping],
  )
  return { collapsed, onToggleLane }
}
