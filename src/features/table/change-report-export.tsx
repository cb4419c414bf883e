import type { Comparison } from '../../domain/compare/comparison.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { downloadText, today } from '../../ui/file-download.ts'
import { writeCsv } from '../shared/csv/csv-text.ts'
import { useCompareLabels } from '../shared/compare/use-compare-labels.ts'
import { changeReportCatalog } from './change-report-catalog.ts'
import { REPORT_COLUMNS, reportJson, reportRows } from './model/change-report.ts'

/**
 * The change report's downloads: CSV in the UI language (semicolons and decimal commas, as
 * the table's CSV by default) and JSON for other tools. Made in the page; nothing is sent.
 */
export function ChangeReportExport({
  data,
  comparison,
}: {
  data: NormalisedExport
  comparison: Comparison
}) {
  const t = useFeatureTranslate(changeReportCatalog)
  const shell = useTranslate()
  const lang = useLanguage()
  const locale = useLocale()
  const { changeLabel, fieldLabel } = useCompareLabels(data)
  const base = `${data.dataset.id}-changes-${today()}`
  const csv = () => {
    const rows = reportRows(comparison, {
      title: (c) =>
        resolveText((c.now ?? c.then)?.title ?? {}, lang, data.dataset.defaultLanguage)?.text ?? '',
      changeLabel,
      fieldLabel,
      statusLabel: (s) => shell(`status.${s}`),
    })
    const header = REPORT_COLUMNS.map((c) => t(`col.${c}`))
    downloadText(
      writeCsv(header, rows, { delimiter: ';' }),
      `${base}.csv`,
      'text/csv;charset=utf-8',
    )
  }
  return (
    <p className="change-report-export">
      {t('label', { date: formatDay(comparison.baselineExportedAt, locale) })}{' '}
      <button type="button" onClick={csv}>
        {t('csv')}
      </button>{' '}
      <button
        type="button"
        onClick={() => downloadText(reportJson(comparison), `${base}.json`, 'application/json')}
      >
        {t('json')}
      </button>
    </p>
  )
}
