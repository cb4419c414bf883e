import { useCallback, useMemo, type ReactNode } from 'react'
import type { ExportLoad } from '../../data/load/use-export-load.ts'
import type { GrowthGoal, Status } from '../../domain/format/export-vocabulary.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { Localized } from '../../ui/localized.tsx'
import { themeStyles, UNKNOWN_THEME_STYLE } from '../../ui/theme-style.ts'
import type { FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { activeFilterCount } from '../shared/filters/facet-options.ts'
import { AttentionList } from './attention-list.tsx'
import { GroupChart } from './group-chart.tsx'
import { HeadlineTiles } from './headline-tiles.tsx'
import { overviewCatalog } from './overview-catalog.ts'
import { MiniMatrix } from './mini-matrix.tsx'
import { YearTimeline } from './year-timeline.tsx'
import { StatusBar } from './status-bar.tsx'
import { ThemeSymbolMark } from './theme-symbol.tsx'
import { TopTen } from './top-ten.tsx'
import { useDashboard, useStateSearch } from './use-dashboard.ts'

/** The accent for bars that have no theme (growth goals). */
const GOAL_COLOUR = '#0b4f6c'

/** The dataset's heading and facts, then the tiles, the charts and what needs attention. */
export function DashboardView({
  data,
  state,
  positions,
  load,
  filterBar,
}: FilteredViewProps & { load: ExportLoad; filterBar: ReactNode }) {
  const t = useTranslate()
  const ot = useFeatureTranslate(overviewCatalog)
  const locale = useLocale()
  const { dashboard, scores } = useDashboard(data, positions, state.weights, load)
  const searchFor = useStateSearch(state)
  const styles = useMemo(() => themeStyles(data.themes), [data.themes])
  const styleOf = useCallback(
    (position: number) =>
      styles.get(data.opportunities[position]?.record.theme ?? '') ?? UNKNOWN_THEME_STYLE,
    [styles, data],
  )
  const dl = data.dataset.defaultLanguage
  const period = data.dataset.strategyPeriod

  return (
    <>
      <h1>
        <Localized value={data.dataset.title} defaultLanguage={dl} />
      </h1>
      <ul className="facts">
        {data.dataset.region ? (
          <li>
            {t('overview.region', { region: '' })}
            <Localized value={data.dataset.region.name} defaultLanguage={dl} hint={false} />
          </li>
        ) : null}
        <li>{t('overview.period', { start: String(period.start), end: String(period.end) })}</li>
        <li>{t('load.exportedAt', { date: formatDateTime(data.exportedAt, locale) })}</li>
        <li>{t('load.loadedCount', { count: data.opportunities.length })}</li>
      </ul>
      {filterBar}
      {activeFilterCount(state) > 0 ? <p className="filters-note">{ot('filters.note')}</p> : null}
      <HeadlineTiles headline={dashboard.headline} />
      <div className="dash-grid">
        <StatusBar
          rows={dashboard.headline.byStatus}
          searchFor={(s: Status) => searchFor({ statuses: [s] })}
        />
        <AttentionList counts={dashboard.attention} />
        <GroupChart
          id="by-theme"
          heading={t('overview.byTheme')}
          rows={dashboard.byTheme.map((r) => {
            const style = styles.get(r.key) ?? UNKNOWN_THEME_STYLE
            return {
              ...r,
              label: (
                <Localized
                  value={data.themeById.get(r.key)?.name}
                  defaultLanguage={dl}
                  hint={false}
                />
              ),
              search: searchFor({ themes: [r.key] }),
              colour: style.colour,
              mark: <ThemeSymbolMark style={style} />,
            }
          })}
        />
        <GroupChart
          id="by-goal"
          heading={t('overview.byGoal')}
          rows={dashboard.byGoal.map((r) => ({
            ...r,
            label: t(`goal.${r.key}` as MessageKey),
            search: searchFor({ goals: [r.key as GrowthGoal] }),
            colour: GOAL_COLOUR,
          }))}
        />
        <TopTen data={data} rows={dashboard.topTen} styleOf={styleOf} />
        <MiniMatrix positions={positions} scores={scores} styleOf={styleOf} />
        <YearTimeline data={data} positions={positions} />
      </div>
    </>
  )
}
