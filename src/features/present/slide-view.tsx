import { useId, type ReactNode, type RefObject } from 'react'
import { QrCode } from '../../ui/qr-code.tsx'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { APP_BASE, useSearchString } from '../../url-state/location.ts'
import type { Slide } from './model/slides.ts'
import { MatrixSlide } from './matrix-slide.tsx'
import { OpportunitySlide } from './opportunity-slide.tsx'
import { presentCatalog } from './present-catalog.ts'
import { RoadmapSlide } from './roadmap-slide.tsx'
import { slideQrValue } from './slide-qr.ts'
import type { DeckProps } from './slide-deck.tsx'
import { SummarySlide } from './summary-slide.tsx'
import { TitleSlide } from './title-slide.tsx'

export interface SlideProps extends DeckProps {
  slide: Slide
  /** The slide's number, from 1. */
  number: number
  /** The slide's title in words (its heading). */
  title: string
  qr: boolean
  noteRef: RefObject<HTMLTextAreaElement | null>
}

/** The current slide in its frame: one heading, one labelled region, the QR code in a corner. */
export function SlideView(props: SlideProps) {
  const { slide, data } = props
  const t = useFeatureTranslate(presentCatalog)
  const search = useSearchString()
  const root = `${location.origin}${APP_BASE}`
  const value = props.qr ? slideQrValue(slide, data, root, search) : null
  const code =
    value === null
      ? null
      : {
          value,
          label:
            slide.kind === 'title' ? t('qr.matrix') : t('qr.opportunity', { title: props.title }),
        }
  let body: ReactNode
  switch (slide.kind) {
    case 'title':
      body = <TitleSlide {...props} />
      break
    case 'matrix':
      body = <MatrixSlide {...props} />
      break
    case 'opportunity':
      body = <OpportunitySlide {...props} position={slide.position} />
      break
    case 'roadmap':
      body = <RoadmapSlide {...props} />
      break
    case 'summary':
      body = <SummarySlide {...props} />
      break
  }
  return (
    <SlideFrame kind={slide.kind} title={props.title} code={code}>
      {body}
    </SlideFrame>
  )
}

function SlideFrame({
  kind,
  title,
  code,
  children,
}: {
  kind: Slide['kind']
  title: string
  code: { value: string; label: string } | null
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section
      className={`slide slide-${kind}${code ? ' has-qr' : ''}`}
      aria-labelledby={headingId}
      data-slide-kind={kind}
    >
      <h1 id={headingId} className="slide-heading">
        {title}
      </h1>
      {code ? (
        <QrCode className="slide-qr" value={code.value} label={code.label} size={256} />
      ) : null}
      <div className="slide-body">{children}</div>
    </section>
  )
}
