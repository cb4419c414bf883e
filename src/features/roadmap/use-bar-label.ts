import { useCallback } from 'react'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import type { DecisionOf } from '../shared/decisions/use-decision-of.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { useDayText } from './use-day-text.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'

/**
 * A bar's accessible name: its full title, period and status, the forum's decision and a
 * conflict when it has them.
 * The drawn title may be cut short, so the name carries what the eye gets from the drawing.
 */
export function useBarLabel(
  model: RoadmapModel,
  locale: string,
  decisionOf: DecisionOf | null,
): (id: string) => string {
  const t = useTranslate()
  const rt = useFeatureTranslate(roadmapCatalog)
  const { range } = useDayText(locale)
  return useCallback(
    (id: string) => {
      const place = model.placeOf.get(id)
      if (!place) return id
      const o = opportunityWithId(model.data, id)
      const name = rt('barName', {
        title: model.titleOf(id),
        period: range(place.item.start, place.item.end),
        status: o ? t(`status.${o.record.status}` as MessageKey) : '',
      })
      const decision = decisionOf?.(id) ?? null
      const decided = decision === null ? name : `${name}, ${rt('barDecision', { decision })}`
      return model.conflicted.has(id) ? `${decided}, ${rt('barConflict')}` : decided
    },
    [model, rt, t, range, decisionOf],
  )
}
