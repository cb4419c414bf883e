import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { opportunityPath } from '../../url-state/location.ts'
import { qrAddress } from './model/qr-address.ts'
import type { Slide } from './model/slides.ts'

/**
 * The address a slide's QR code opens: the matrix from the title slide, the opportunity's page
 * from its slide; null for the slides without a code.
 */
export function slideQrValue(
  slide: Slide,
  data: NormalisedExport,
  appRoot: string,
  search: string,
): string | null {
  if (slide.kind === 'title') return qrAddress(appRoot, '/matrix', search)
  if (slide.kind !== 'opportunity') return null
  const id = data.opportunities[slide.position]?.record.id ?? ''
  return qrAddress(appRoot, opportunityPath(id), search)
}
