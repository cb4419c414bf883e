import type { HistoryEntry } from '../../data/history/history-plan.ts'
import { useExportHistory } from '../../data/history/use-export-history.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { formatNumber } from '../../ui/format.ts'
import { baselineChoiceCatalog } from './baseline-choice-catalog.ts'
import type { BaselineOffer } from './use-baseline-choice.ts'

/** What the list marks: the export shown, and the one compared with. */
export interface HistoryMarks {
  /** The export shown: its dataset and `exportedAt` (its hash is not known on the page). */
  shown: { datasetId: string; exportedAt: string } | null
  /** The hash of the history's export compared with now, if any. */
  comparedHash: string | null
}

/**
 * The exports kept in this browser's history, newest first, each with its time and counts and
 * a button that compares the views with it.
 */
export function BaselineHistory({
  marks,
  onChoose,
}: {
  marks: HistoryMarks
  onChoose: (offer: BaselineOffer) => void
}) {
  const t = useFeatureTranslate(baselineChoiceCatalog)
  const history = useExportHistory()
  return (
    <section aria-labelledby="baseline-history-heading">
      <h3 id="baseline-history-heading">{t('history.heading')}</h3>
      <p>{t('history.intro')}</p>
      {history.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="history-table">
            <caption className="visually-hidden">{t('history.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.exportedAt')}</th>
                <th scope="col">{t('history.dataset')}</th>
                <th scope="col" className="number">
                  {t('history.count')}
                </th>
                <th scope="col" className="number">
                  {t('history.setAside')}
                </th>
                <th scope="col">{t('history.loadedAt')}</th>
                <th scope="col">{t('history.choice')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((e) => (
                <HistoryRow key={e.hash} entry={e} marks={marks} onChoose={onChoose} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function HistoryRow({
  entry: e,
  marks,
  onChoose,
}: {
  entry: HistoryEntry
  marks: HistoryMarks
  onChoose: (offer: BaselineOffer) => void
}) {
  const t = useFeatureTranslate(baselineChoiceCatalog)
  const locale = useLocale()
  const date = formatDateTime(e.exportedAt, locale)
  const shown = marks.shown?.datasetId === e.datasetId && marks.shown.exportedAt === e.exportedAt
  const compared = marks.comparedHash === e.hash
  return (
    <tr aria-current={compared ? 'true' : undefined}>
      <th scope="row">{date}</th>
      <td>{e.datasetId}</td>
      <td className="number">{formatNumber(locale, e.opportunities)}</td>
      <td className="number">{formatNumber(locale, e.setAside)}</td>
      <td>{formatDateTime(e.savedAt, locale, 'short')}</td>
      <td>
        {compared ? (
          <strong>{t('history.inUse')}</strong>
        ) : shown ? (
          t('history.shown')
        ) : (
          <button
            type="button"
            aria-label={t('history.compareLabel', { date })}
            onClick={() => onChoose({ hash: e.hash, datasetId: e.datasetId })}
          >
            {t('history.compare')}
          </button>
        )}
      </td>
    </tr>
  )
}
