import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ChangeFilter } from '../../domain/compare/comparison.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { useSearchString } from '../../url-state/location.ts'
import { BaselineNotice } from '../shared/compare/baseline-notice.tsx'
import { searchWithChange } from '../shared/compare/change-search.ts'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'
import { MovedThresholds } from '../shared/compare/moved-thresholds.tsx'
import { useComparison } from '../shared/compare/use-comparison.ts'
import { overviewCatalog } from './overview-catalog.ts'

/**
 * The overview's answer to "what has changed since we last looked?": one line of counts, each
 * a link to the table showing just those opportunities. Loaded only with `?compare=`.
 */
export default function CompareSummary({ data }: { data: NormalisedExport | null }) {
  const t = useFeatureTranslate(compareCatalog)
  const ot = useFeatureTranslate(overviewCatalog)
  const locale = useLocale()
  const search = useSearchString()
  const { baseline, comparison } = useComparison(data)
  const link = (filter: ChangeFilter, text: string) => (
    <AppLink to="/opportunities" search={searchWithChange(search, filter)}>
      {text}
    </AppLink>
  )
  return (
    <section aria-labelledby="compare-heading" className="compare-summary">
      <h2 id="compare-heading">{t('heading')}</h2>
      <BaselineNotice baseline={baseline} comparison={comparison} />
      {comparison && !comparison.noCommonIds ? (
        <>
          <p data-testid="compare-summary">
            {t('since', { date: formatDay(comparison.baselineExportedAt, locale) })}{' '}
            {link('added', t('added', { count: comparison.counts.added }))},{' '}
            {link('removed', t('removed', { count: comparison.counts.removed }))},{' '}
            {link('status', t('status', { count: comparison.counts.statusChanged }))},{' '}
            {link(
              'moved',
              t('moved', { count: comparison.counts.moved, places: comparison.thresholds.rank }),
            )}
          </p>
          <MovedThresholds thresholds={comparison.thresholds} />
        </>
      ) : null}
      {comparison && !comparison.noCommonIds ? (
        <p className="compare-print-link">
          <AppLink to="/changes" search={search}>
            {ot('compare.print')}
          </AppLink>
        </p>
      ) : null}
    </section>
  )
}
