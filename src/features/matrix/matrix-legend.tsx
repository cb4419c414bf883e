import type { ReactNode } from 'react'
import type { Theme } from '../../domain/format/export-schema.ts'
import { isThemeShown } from './model/theme-toggle.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { Localized } from '../../ui/localized.tsx'
import type { SizeMeasure } from '../../url-state/view-state.ts'
import type { SizeScale } from './model/bubble-size.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import { symbolPath } from '../../ui/theme-symbols.ts'

const SWATCH = 11
/** The box of a theme's or a mark's swatch, in px. */
const SWATCH_BOX = SWATCH * 2 + 6
const NEUTRAL_COLOUR = '#8a8f94'

/** A legend picture, `size` px square, drawn around its centre; decorative, as its text says it. */
function Swatch({ size, children }: { size: number; children: ReactNode }) {
  return (
    <svg
      className="swatch"
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
    >
      {children}
    </svg>
  )
}

/** A theme's symbol in its colour, as the chart draws it, for legends. */
function ThemeSwatch({ style, partial = false }: { style: ThemeStyle; partial?: boolean }) {
  return (
    <Swatch size={SWATCH_BOX}>
      <path
        className={partial ? 'mark-symbol swatch-partial' : 'mark-symbol'}
        d={symbolPath(style.symbol, SWATCH * 0.8)}
        fill={style.colour}
      />
    </Swatch>
  )
}

const NEUTRAL: ThemeStyle = {
  themeId: '',
  colour: NEUTRAL_COLOUR,
  symbol: 'circle',
  pattern: 'solid',
}

/** The themes, their styles and the shared theme filter, as the legend's toggles use them. */
export interface ThemeLegend {
  styles: ReadonlyMap<string, ThemeStyle>
  selected: readonly string[]
  onToggle: (id: string) => void
}

/**
 * The chart's legend: each theme (a toggle that hides or shows it through the shared theme
 * filter), what a mark's outline, ring and dot mean, and the size scale.
 */
export function MatrixLegend({
  themes,
  themeLegend,
  defaultLanguage,
  measure,
  size,
  dots,
  formatSize,
  t,
}: {
  themes: readonly Theme[]
  themeLegend: ThemeLegend
  defaultLanguage: ContentLanguage
  measure: SizeMeasure
  size: SizeScale
  dots: boolean
  formatSize: (value: number) => string
  t: FeatureTranslate<MatrixKey>
}) {
  return (
    <div className="matrix-legend">
      <div className="legend-block">
        <h3 className="legend-heading">{t('legend.themes')}</h3>
        <ThemeToggles themes={themes} legend={themeLegend} defaultLanguage={defaultLanguage} />
      </div>
      <div className="legend-block">
        <h3 className="legend-heading">{t('legend.marks')}</h3>
        <MarkKey dots={dots} t={t} />
      </div>
      {!dots && size.legend.length > 0 ? (
        <div className="legend-block">
          <h3 className="legend-heading">{t('legend.size', { measure: t(`size.${measure}`) })}</h3>
          <ul className="legend-sizes">
            {size.legend.map(({ value, radius }) => (
              <li key={value}>
                <Swatch size={radius * 2 + 4}>
                  <circle className="size-circle" r={radius} />
                </Swatch>
                {formatSize(value)}
              </li>
            ))}
            {measure === 'budget' ? <li className="muted">{t('legend.sizeMissing')}</li> : null}
          </ul>
        </div>
      ) : null}
    </div>
  )
}

function ThemeToggles({
  themes,
  legend,
  defaultLanguage,
}: {
  themes: readonly Theme[]
  legend: ThemeLegend
  defaultLanguage: ContentLanguage
}) {
  return (
    <ul className="legend-themes">
      {themes.map((theme) => {
        const style = legend.styles.get(theme.id)
        return (
          <li key={theme.id}>
            <button
              type="button"
              className="legend-theme"
              aria-pressed={isThemeShown(legend.selected, theme.id)}
              onClick={() => legend.onToggle(theme.id)}
            >
              {style ? <ThemeSwatch style={style} /> : null}
              <Localized value={theme.name} defaultLanguage={defaultLanguage} hint={false} />
            </button>
          </li>
        )
      })}
    </ul>
  )
}

/** What a mark's outline, ring, leader and number mean; canvas dots have none of them. */
function MarkKey({ dots, t }: { dots: boolean; t: FeatureTranslate<MatrixKey> }) {
  return (
    <ul className="legend-marks">
      <li>
        <ThemeSwatch style={NEUTRAL} />
        {t('legend.full')}
      </li>
      <li>
        <ThemeSwatch style={NEUTRAL} partial />
        {t('legend.partial')}
      </li>
      {dots ? (
        <li>{t('legend.dots')}</li>
      ) : (
        <>
          <li>
            <Swatch size={SWATCH_BOX}>
              <path className="mark-symbol" d={symbolPath('circle', 7)} fill={NEUTRAL_COLOUR} />
              <circle className="robust-ring" r={11} />
            </Swatch>
            {t('legend.robust')}
          </li>
          <li>
            <Swatch size={SWATCH_BOX}>
              <path className="leader" d="M-10 8L6 -6" />
              <circle className="true-dot" cx={-10} cy={8} r={2.5} />
              <path
                className="mark-symbol"
                d={symbolPath('circle', 6)}
                fill={NEUTRAL_COLOUR}
                transform="translate(6 -6)"
              />
            </Swatch>
            {t('legend.truePosition')}
          </li>
          <li>
            <span className="legend-rank" aria-hidden="true">
              1
            </span>
            {t('legend.rankNumber')}
          </li>
        </>
      )}
    </ul>
  )
}
