import { memo } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { BAND, CONFLICT, INK, patternId, TODAY } from './timeline-marks.tsx'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** Themes with their colour and pattern (as on the matrix), and the marks' meanings. */
export const RoadmapLegend = memo(function RoadmapLegend({
  model,
  prefix,
  strategyLabel,
  todayLabel,
}: {
  model: RoadmapModel
  prefix: string
  strategyLabel: string
  todayLabel: string
}) {
  const rt = useFeatureTranslate(roadmapCatalog)
  return (
    <ul className="rm-legend" aria-label={rt('legendLabel')}>
      {model.data.themes.map((th) => (
        <li key={th.id}>
          <svg width="22" height="14" aria-hidden="true">
            <rect
              width="22"
              height="14"
              fill={`url(#${patternId(prefix, model.themeStyle(th.id).index)})`}
              stroke={INK}
            />
          </svg>
          {model.text(th.name)}
        </li>
      ))}
      <li>
        <svg width="26" height="14" aria-hidden="true">
          <rect x="0.5" y="0.5" width="25" height="13" fill={BAND} stroke="#6b7075" />
        </svg>
        {strategyLabel}
      </li>
      <li>
        <svg width="10" height="16" aria-hidden="true">
          <path d="M5,0 V16" stroke={TODAY} strokeWidth="2" strokeDasharray="4 2" />
        </svg>
        {todayLabel}
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <rect x="0.5" y="1" width="13" height="12" fill="#6b7075" />
          <rect x="15.5" y="1" width="13" height="12" fill="#6b7075" />
        </svg>
        {rt('legendPhase')}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7,1 l6,6 l-6,6 l-6,-6 z" fill={INK} stroke={INK} strokeWidth="1.5" />
        </svg>
        {rt('legendMilestoneDone')}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7,1 l6,6 l-6,6 l-6,-6 z" fill="#ffffff" stroke={INK} strokeWidth="1.5" />
        </svg>
        {rt('legendMilestoneUpcoming')}
      </li>
      <li>
        <svg width="26" height="14" aria-hidden="true">
          <rect
            x="1"
            y="2"
            width="24"
            height="10"
            fill="none"
            stroke={CONFLICT}
            strokeWidth="2"
            strokeDasharray="5 3"
          />
        </svg>
        ⚠ {rt('legendConflict')}
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <path d="M1,7 H24" stroke={INK} strokeWidth="2" />
          <path d="M22,2 L29,7 L22,12 z" fill={INK} />
        </svg>
        {rt('legendDependency')}
      </li>
    </ul>
  )
})
