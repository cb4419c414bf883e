import type { ReactNode } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { opportunityCatalog, type OpportunityKey } from './opportunity-catalog.ts'

/** One term and its value in a description list of the opportunity's fields. */
export function Field({ label, children }: { label: OpportunityKey; children: ReactNode }) {
  const tt = useFeatureTranslate(opportunityCatalog)
  return (
    <>
      <dt>{tt(label)}</dt>
      <dd>{children}</dd>
    </>
  )
}
