import { useMemo } from 'react'
import type { LocalizedText } from '../../domain/format/localized-text.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import type { UiLanguage } from '../../domain/format/languages.ts'
import { dayNumber } from './model/roadmap-days.ts'
import { dependencyLinks, linksById, type DependencyLink } from './model/roadmap-dependencies.ts'
import {
  buildLanes,
  roadmapItems,
  type BarPlace,
  type RoadmapLane,
} from './model/roadmap-layout.ts'
import { NO_LANE, type LanePreference } from './model/roadmap-lanes.ts'
import type { LaneGrouping, LaneOrder } from '../../url-state/view-state.ts'
import { extendedDomain, strategySpan, type DaySpan } from './model/roadmap-time-domain.ts'
import { scoreOpportunities, type Weights } from '../../domain/scoring/scoring.ts'
import { collatorFor } from '../../domain/text/text-compare.ts'
import {
  themeStyles,
  UNKNOWN_THEME_STYLE,
  type ThemePattern,
  type ThemeStyle,
} from '../../ui/theme-style.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'

export interface RoadmapEvent {
  id: string
  kind: string
  name: string
  nameLang: string
  day: number
  endDay: number
}

export interface RoadmapModel {
  data: NormalisedExport
  lang: UiLanguage
  grouping: LaneGrouping
  domain: DaySpan
  strategy: DaySpan
  lanes: RoadmapLane[]
  laneLabels: string[]
  scheduledCount: number
  unscheduled: number[]
  placeOf: Map<string, BarPlace>
  linksOf: Map<string, DependencyLink[]>
  conflicts: DependencyLink[]
  conflicted: Set<string>
  events: RoadmapEvent[]
  themeStyle(themeId: string): ThemeStyle & { index: number }
  /** Every theme's pattern, for the pattern definitions that bars and swatches fill from. */
  themePatterns: { index: number; colour: string; pattern: ThemePattern }[]
  /** A content text in the UI language (or its fallback). */
  text(value: LocalizedText | undefined): string
  titleOf(id: string): string
}

/**
 * Everything the roadmap draws, from the data and the view state, through the pure layout
 * functions. Recomputed when the data, filters, grouping, order or weights change; zooming and
 * panning reuse it, which is what keeps them fast with a large export.
 */
export function useRoadmapModel(
  data: NormalisedExport,
  positions: readonly number[],
  grouping: LaneGrouping,
  order: LaneOrder,
  weights: Weights,
  lang: UiLanguage,
  /** The filters' clusters and goals: an opportunity with several sits in a chosen one's lane. */
  preferred: LanePreference,
): RoadmapModel {
  const t = useTranslate()
  const rt = useFeatureTranslate(roadmapCatalog)
  const dl = data.dataset.defaultLanguage

  // The URL gives a new weights object on every navigation (a zoom or a pan): key the ranks by
  // the weights' values, or every pan would re-stack every bar.
  const weightsKey = JSON.stringify(weights)
  const ranks = useMemo(() => {
    const w = JSON.parse(weightsKey) as Weights
    const scores = Object.keys(w).length === 0 ? data.scores : scoreOpportunities(data, w)
    return scores.rank
  }, [data, weightsKey])

  // Keyed by value like the weights: the URL gives new lists on every navigation.
  const preferredKey = JSON.stringify({ clusters: preferred.clusters, goals: preferred.goals })

  const events = useMemo<RoadmapEvent[]>(
    () =>
      data.sources
        .map((s) => {
          const r = resolveText(s.name, lang, dl)
          return {
            id: s.id,
            kind: s.kind,
            name: r?.text ?? s.id,
            nameLang: r?.lang ?? dl,
            day: dayNumber(s.date),
            endDay: dayNumber(s.endDate ?? s.date),
          }
        })
        .sort((a, b) => a.day - b.day || a.endDay - b.endDay),
    [data, lang, dl],
  )

  const domain = useMemo(() => {
    const spans: DaySpan[] = events.map((e) => ({ start: e.day, end: e.endDay }))
    for (const o of data.opportunities)
      if (o.horizonRange)
        spans.push({ start: dayNumber(o.horizonRange.start), end: dayNumber(o.horizonRange.end) })
    return extendedDomain(data.dataset.strategyPeriod, spans)
  }, [data, events])

  const layout = useMemo(() => {
    const { scheduled, unscheduled } = roadmapItems(data, positions, ranks)
    const collator = collatorFor(lang)
    const name = (id: string) => resolveText(data.actorById.get(id)?.name, lang, dl)?.text ?? id
    const lanes = buildLanes(
      data,
      scheduled,
      grouping,
      order,
      (a, b) => collator.compare(name(a), name(b)),
      JSON.parse(preferredKey) as LanePreference,
    )
    const placeOf = new Map<string, BarPlace>()
    lanes.forEach((lane, l) =>
      lane.rows.forEach((row, r) => {
        for (const item of row) placeOf.set(item.id, { lane: l, row: r, item })
      }),
    )
    const links = dependencyLinks(
      scheduled.map((s) => ({
        id: s.id,
        start: s.start,
        dependsOn: data.opportunities[s.pos]?.record.dependsOn,
      })),
    )
    const conflicts = links.filter((l) => l.conflict)
    return {
      lanes,
      unscheduled,
      placeOf,
      scheduledCount: scheduled.length,
      linksOf: linksById(links),
      conflicts,
      conflicted: new Set(conflicts.map((c) => c.to)),
    }
  }, [data, positions, ranks, grouping, order, lang, dl, preferredKey])

  const laneLabels = useMemo(
    () =>
      layout.lanes.map(({ key }) => {
        if (key === NO_LANE)
          return rt(
            grouping === 'cluster'
              ? 'lane.none.cluster'
              : grouping === 'lead'
                ? 'lane.none.lead'
                : 'lane.none',
          )
        switch (grouping) {
          case 'theme':
            return resolveText(data.themeById.get(key)?.name, lang, dl)?.text ?? key
          case 'cluster':
            return resolveText(data.clusterById.get(key)?.name, lang, dl)?.text ?? key
          case 'lead':
            return resolveText(data.actorById.get(key)?.name, lang, dl)?.text ?? key
          case 'status':
            return t(`status.${key}` as MessageKey)
          case 'goal':
            return t(`goal.${key}` as MessageKey)
        }
      }),
    [layout.lanes, grouping, data, lang, dl, t, rt],
  )

  const styles = useMemo(() => themeLookup(data.themes), [data])

  return useMemo<RoadmapModel>(
    () => ({
      data,
      lang,
      grouping,
      domain,
      strategy: strategySpan(data.dataset.strategyPeriod),
      laneLabels,
      events,
      ...layout,
      ...styles,
      text: (value) => resolveText(value, lang, dl)?.text ?? '',
      titleOf: (id) => {
        const o = opportunityWithId(data, id)
        return o ? (resolveText(o.record.title, lang, dl)?.text ?? id) : id
      },
    }),
    [data, lang, grouping, dl, domain, laneLabels, events, layout, styles],
  )
}

/**
 * Each theme's style by id, with its place in the export's list, which names its pattern; a
 * theme the export does not list gets the unknown style and no pattern of its own.
 */
function themeLookup(
  themes: NormalisedExport['themes'],
): Pick<RoadmapModel, 'themeStyle' | 'themePatterns'> {
  const map = themeStyles(themes)
  const index = new Map(themes.map((th, i) => [th.id, i]))
  const themeStyle = (id: string) => ({
    ...(map.get(id) ?? UNKNOWN_THEME_STYLE),
    index: index.get(id) ?? -1,
  })
  const themePatterns = themes.map((th) => {
    const s = themeStyle(th.id)
    return { index: s.index, colour: s.colour, pattern: s.pattern }
  })
  return { themeStyle, themePatterns }
}
