import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { FetchedExport } from '../load/fetch-export.ts'
import { isUsable } from '../load/load-with-fallback.ts'
import { queryKeys } from '../load/query-keys.ts'
import { readExportFile } from '../load/read-export-file.ts'
import { addToHistory } from './export-history.ts'
import type { HistoryEntry } from './history-plan.ts'

export interface BaselineFileRead {
  /** The file's report, as the data page shows an export's. */
  fetched: FetchedExport
  /** Its entry in the history, where the comparison finds it; null when it does not load. */
  entry: HistoryEntry | null
}

/**
 * Reading a file to compare with: checked exactly as an export file is (size, then the
 * worker), never the user's data source. One that loads goes into the history, so that the
 * comparison names it in the address like any export this browser has loaded.
 */
export function useReadBaselineFile(language: ContentLanguage) {
  const queryClient = useQueryClient()
  return useCallback(
    async (file: File): Promise<BaselineFileRead> => {
      const read = await readExportFile(file, { language })
      const fetched: FetchedExport = { report: read.report, url: file.name, fetchedAt: read.readAt }
      if (read.bytes === null || !isUsable(read.report)) return { fetched, entry: null }
      const entry = await addToHistory(read.report, read.bytes, read.readAt)
      await queryClient.invalidateQueries({ queryKey: queryKeys.history() })
      return { fetched, entry }
    },
    [queryClient, language],
  )
}
