import { useCallback, useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { GrowthGoal, Status } from '../../domain/format/export-vocabulary.ts'
import type { ScoreTable } from '../../domain/scoring/score-table.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { Localized } from '../../ui/localized.tsx'
import { themeStyles, UNKNOWN_THEME_STYLE } from '../../ui/theme-style.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import { AttentionList } from './attention-list.tsx'
import { GroupChart } from './group-chart.tsx'
import { MiniMatrix } from './mini-matrix.tsx'
import type { Dashboard } from './model/dashboard-model.ts'
import { StatusBar } from './status-bar.tsx'
import { ThemeSymbolMark } from '../shared/theme-symbol.tsx'
import { TopTen } from './top-ten.tsx'
import { YearTimeline } from './year-timeline.tsx'

/** The accent for bars that have no theme (growth goals). */
const GOAL_COLOUR = '#0b4f6c'

/** The dashboard's cards: status, what needs attention, themes, goals, top ten, matrix, years. */
export function DashboardCharts({
  data,
  positions,
  dashboard,
  scores,
  searchFor,
}: {
  data: NormalisedExport
  positions: readonly number[]
  dashboard: Dashboard
  scores: ScoreTable
  /** The query string of a link that adds this to the current view state. */
  searchFor: (patch: Partial<ViewState>) => string
}) {
  const t = useTranslate()
  const styles = useMemo(() => themeStyles(data.themes), [data.themes])
  const styleOf = useCallback(
    (position: number) =>
      styles.get(data.opportunities[position]?.record.theme ?? '') ?? UNKNOWN_THEME_STYLE,
    [styles, data],
  )
  const dl = data.dataset.defaultLanguage
  return (
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
  )
}
