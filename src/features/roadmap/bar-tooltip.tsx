import { parsePeriod } from '../../domain/format/calendar.ts'
import type { NormalisedOpportunity } from '../../domain/dataset/normalise-export.ts'
import { dayNumber } from './model/roadmap-days.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from './model/format-day.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** What a hovered or focused bar is: title, period, status, phases, conflicts. */
export function BarTooltip({
  id,
  x,
  y,
  opportunity,
  model,
  start,
  end,
  locale,
}: {
  id: string
  x: number
  y: number
  opportunity: NormalisedOpportunity
  model: RoadmapModel
  start: number
  end: number
  locale: string
}) {
  const t = useTranslate()
  const rt = useFeatureTranslate(roadmapCatalog)
  const r = opportunity.record
  const range = (a: string, b: string) => {
    const s = parsePeriod(a)
    const e = parsePeriod(b)
    return s && e
      ? rt('period', {
          start: formatDay(locale, dayNumber(s.start)),
          end: formatDay(locale, dayNumber(e.end)),
        })
      : `${a}–${b}`
  }
  const conflicts = (model.linksOf.get(opportunity.id) ?? []).filter(
    (l) => l.conflict && l.to === opportunity.id,
  )
  return (
    <div id={id} role="tooltip" className="rm-tooltip" style={{ left: x, top: y }}>
      <p className="rm-tooltip-title">{model.titleOf(opportunity.id)}</p>
      <p>
        {rt('period', { start: formatDay(locale, start), end: formatDay(locale, end) })} ·{' '}
        {t(`status.${r.status}` as MessageKey)}
      </p>
      {r.phases && r.phases.length > 0 ? (
        <>
          <p className="rm-tooltip-sub">{rt('phases')}</p>
          <ul>
            {r.phases.map((p, i) => (
              <li key={i}>
                {model.text(p.name)}: {range(p.start, p.end)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {conflicts.map((c) => (
        <p key={c.from} className="rm-tooltip-conflict">
          ⚠ {rt('conflictNote', { title: model.titleOf(c.from) })}
        </p>
      ))}
    </div>
  )
}
