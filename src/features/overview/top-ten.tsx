import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { formatScore } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { BarMark } from './bar-mark.tsx'
import { ChartTwin } from './chart-twin.tsx'
import type { TopRow } from './model/dashboard-model.ts'
import { overviewCatalog } from './overview-catalog.ts'
import { ThemeSymbolMark } from '../shared/theme-symbol.tsx'

/** The ten best by priority under the current weights, each a link, its score as a bar. */
export function TopTen({
  data,
  rows,
  styleOf,
}: {
  data: NormalisedExport
  rows: readonly TopRow[]
  styleOf: (position: number) => ThemeStyle
}) {
  const ot = useFeatureTranslate(overviewCatalog)
  const t = useTranslate()
  const locale = useLocale()
  const dl = data.dataset.defaultLanguage
  const title = (r: TopRow) => (
    <Localized value={data.opportunities[r.position]?.record.title} defaultLanguage={dl} />
  )
  return (
    <section className="dash-card top-card" aria-labelledby="top-heading">
      <h2 id="top-heading">{t('overview.topTen')}</h2>
      <p className="hint">{ot('top.intro')}</p>
      {rows.length === 0 ? (
        <p>{ot('top.none')}</p>
      ) : (
        <>
          <ol className="top-ten">
            {rows.map((r) => (
              <li key={r.id}>
                <span className="top-title">
                  <ThemeSymbolMark style={styleOf(r.position)} />
                  <AppLink to={opportunityPath(r.id)}>{title(r)}</AppLink>
                </span>
                <span className="group-measure">
                  <BarMark share={r.priority} colour={styleOf(r.position).colour} />
                  <span className="group-value">
                    <span className="vh">{ot('top.priority')}: </span>
                    {formatScore(locale, r.priority)}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          <ChartTwin
            name={t('overview.topTen')}
            columns={[ot('top.title'), ot('top.rank'), ot('top.priority')]}
            rows={rows.map((r) => ({
              key: r.id,
              label: title(r),
              cells: [String(r.rank), formatScore(locale, r.priority)],
            }))}
          />
        </>
      )}
    </section>
  )
}
