import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { tablePrintCatalog } from './table-print-catalog.ts'

/** The browser's own print dialog: the print styles turn the table into paper. */
export function PrintButton() {
  const pt = useFeatureTranslate(tablePrintCatalog)
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {pt('print')}
    </button>
  )
}
