import type { DecisionEntry } from '../../domain/decisions/decision-record-schema.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { minutesCatalog } from './minutes-catalog.ts'

// A 100 × 100 plot inside a box with room for the axis names.
const at = (v: number) => 12 + v * 84
const up = (v: number) => 4 + (1 - v) * 84

/**
 * The decided opportunities on the matrix as they stood at the meeting (the axis scores each
 * decision recorded), numbered by rank: a picture for the printed minutes, which the
 * decisions table beside it says in full.
 */
export function MinutesMatrix({ decisions }: { decisions: readonly DecisionEntry[] }) {
  const mt = useFeatureTranslate(minutesCatalog)
  const placed = decisions.filter((d) => d.impact !== null && d.feasibility !== null)
  return (
    <svg
      className="minutes-matrix"
      viewBox="0 0 100 100"
      role="img"
      aria-label={mt('matrix.alt', { count: placed.length })}
    >
      <rect x="12" y="4" width="84" height="84" fill="#f3f5f7" stroke="#4a4a4a" strokeWidth="0.3" />
      <line x1={at(0.5)} x2={at(0.5)} y1="4" y2="88" stroke="#4a4a4a" strokeWidth="0.2" />
      <line x1="12" x2="96" y1={up(0.5)} y2={up(0.5)} stroke="#4a4a4a" strokeWidth="0.2" />
      <text x="54" y="96" textAnchor="middle" fontSize="3.5" fill="#1a1a1a">
        {mt('matrix.feasibility')} →
      </text>
      <text
        x="6"
        y="46"
        textAnchor="middle"
        fontSize="3.5"
        fill="#1a1a1a"
        transform="rotate(-90 6 46)"
      >
        {mt('matrix.impact')} →
      </text>
      {placed.map((d) => (
        <g key={d.opportunityId}>
          <circle cx={at(d.feasibility ?? 0)} cy={up(d.impact ?? 0)} r="2.4" fill="#0b4f6c" />
          <text
            x={at(d.feasibility ?? 0)}
            y={up(d.impact ?? 0) + 1.1}
            textAnchor="middle"
            fontSize="2.8"
            fill="#ffffff"
          >
            {d.rank ?? '–'}
          </text>
        </g>
      ))}
    </svg>
  )
}
