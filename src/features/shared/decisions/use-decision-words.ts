import { useCallback } from 'react'
import { DECISION_STATUS, type Decision } from '../../../domain/decisions/decision-vocabulary.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { useTranslate } from '../../../i18n/language-context.tsx'
import { decisionsCatalog } from './decisions-catalog.ts'

/** A decision in words, and what it does to the opportunity's status, in the UI language. */
export function useDecisionWords(): {
  label: (d: Decision) => string
  effect: (d: Decision) => string
} {
  const t = useTranslate()
  const dt = useFeatureTranslate(decisionsCatalog)
  const label = useCallback((d: Decision) => dt(`decision.${d}`), [dt])
  const effect = useCallback(
    (d: Decision) => {
      const status = DECISION_STATUS[d]
      if (status) return dt('effect.status', { status: t(`status.${status}`) })
      return dt(d === 'continue' ? 'effect.continue' : 'effect.noDecision')
    },
    [dt, t],
  )
  return { label, effect }
}
