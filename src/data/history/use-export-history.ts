import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../load/query-keys.ts'
import { listHistory } from './export-history.ts'
import type { HistoryEntry } from './history-plan.ts'

const NONE: HistoryEntry[] = []

/**
 * The exports of this browser's history, newest first; empty while reading or when IndexedDB
 * is not at hand. Read again each time a page showing it opens: a load keeps its export there
 * in the background, after it is shown.
 */
export function useExportHistory(): HistoryEntry[] {
  const history = useQuery({
    queryKey: queryKeys.history(),
    queryFn: listHistory,
    staleTime: 0,
    refetchOnMount: 'always',
    retry: false,
  })
  return history.data ?? NONE
}
