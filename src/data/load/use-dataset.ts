import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { UiLanguage } from '../../domain/format/languages.ts'
import { useExportLoad, type ExportLoad } from './use-export-load.ts'

/** The loaded dataset for pages that show it (null while loading or when nothing loaded). */
export function useDataset(
  language: UiLanguage,
  dataParam: string | null = null,
): { data: NormalisedExport | null; load: ExportLoad } {
  const load = useExportLoad(language, dataParam)
  const report = load.phase === 'done' ? load.fetched.report : null
  return { data: report && 'data' in report ? report.data : null, load }
}
