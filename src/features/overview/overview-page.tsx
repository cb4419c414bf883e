import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useDataset } from '../../data/use-dataset.ts'
import { GROWTH_GOALS, STATUSES } from '../../domain/export-vocabulary.ts'
import { overviewStats, type CountRow } from '../../domain/overview-stats.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { formatScore } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'
import { LoadStatus } from '../../ui/load-status.tsx'

/** What a steering-group member meets first: the dataset, its shape, and the top ten. */
export function OverviewPage() {
  const lang = useLanguage()
  const t = useTranslate()
  const locale = useLocale()
  const { data: dataParam } = useSharedSearch()
  const { data, load } = useDataset(lang, dataParam)
  if (!data) {
    return (
      <>
        <h1>{t('nav.overview')}</h1>
        <LoadStatus load={load} />
      </>
    )
  }
  const dl = data.dataset.defaultLanguage
  const stats = overviewStats(data, data.scores, STATUSES, GROWTH_GOALS)
  const warnings =
    load.phase === 'done'
      ? load.fetched.report.problems.filter((p) => p.severity === 'warning').length
      : 0
  const themeName = (id: string) => (
    <Localized value={data.themeById.get(id)?.name} defaultLanguage={dl} hint={false} />
  )

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
        <li>
          {t('overview.period', {
            start: String(data.dataset.strategyPeriod.start),
            end: String(data.dataset.strategyPeriod.end),
          })}
        </li>
        <li>{t('load.exportedAt', { date: formatDateTime(data.exportedAt, locale) })}</li>
        <li>{t('load.loadedCount', { count: stats.total })}</li>
      </ul>
      {warnings > 0 ? (
        <p>
          {t('overview.warnings', { count: warnings })}{' '}
          <AppLink to="/data">{t('overview.warningsLink')}</AppLink>
        </p>
      ) : null}

      <section aria-labelledby="views-heading">
        <h2 id="views-heading">{t('overview.views')}</h2>
        <ul>
          <li>
            <AppLink to="/matrix">{t('overview.viewMatrix')}</AppLink>
          </li>
          <li>
            <AppLink to="/roadmap">{t('overview.viewRoadmap')}</AppLink>
          </li>
          <li>
            <AppLink to="/opportunities">{t('overview.viewTable')}</AppLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="top-heading">
        <h2 id="top-heading">{t('overview.topTen')}</h2>
        <p>{t('overview.topTenIntro')}</p>
        {stats.topTen.length === 0 ? (
          <p>{t('overview.noneRanked')}</p>
        ) : (
          <ol className="top-ten">
            {stats.topTen.map((i) => {
              const o = data.opportunities[i]
              const s = data.scores[i]
              if (!o || !s?.priority) return null
              return (
                <li key={o.id}>
                  <AppLink to={opportunityPath(o.id)}>
                    <Localized value={o.record.title} defaultLanguage={dl} />
                  </AppLink>{' '}
                  <span className="muted">
                    {t('overview.priorityScore', { score: formatScore(locale, s.priority.value) })}
                  </span>
                </li>
              )
            })}
          </ol>
        )}
        {stats.unscored > 0 ? <p>{t('overview.unscored', { count: stats.unscored })}</p> : null}
      </section>

      <div className="count-tables">
        <CountTable
          id="by-theme"
          heading="overview.byTheme"
          rows={stats.byTheme}
          label={themeName}
        />
        <CountTable
          id="by-status"
          heading="overview.byStatus"
          rows={stats.byStatus}
          label={(k) => t(`status.${k}` as MessageKey)}
        />
        <CountTable
          id="by-goal"
          heading="overview.byGoal"
          rows={stats.byGrowthGoal}
          label={(k) => t(`goal.${k}` as MessageKey)}
        />
      </div>
    </>
  )
}

function CountTable({
  id,
  heading,
  rows,
  label,
}: {
  id: string
  heading: MessageKey
  rows: readonly CountRow[]
  label: (key: string) => React.ReactNode
}) {
  const t = useTranslate()
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(heading)}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(heading)}</th>
            <th scope="col" className="number">
              {t('overview.column.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key)}</th>
              <td className="number">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
