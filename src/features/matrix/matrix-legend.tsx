import type { Theme } from '../../domain/format/export-schema.ts'
import { isThemeShown } from './model/theme-toggle.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { Localized } from '../../ui/localized.tsx'
import type { SizeMeasure } from '../../url-state/view-state.ts'
import type { SizeScale } from './model/bubble-size.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import { symbolPath } from './model/theme-symbols.ts'

const SWATCH = 11

/** A theme's symbol in its colour, as the chart draws it, for legends. */
export function ThemeSwatch({ style, partial = false }: { style: ThemeStyle; partial?: boolean }) {
  const size = SWATCH * 2 + 6
  return (
    <svg
      className="swatch"
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
    >
      <path
        className={partial ? 'mark-symbol swatch-partial' : 'mark-symbol'}
        d={symbolPath(style.symbol, SWATCH * 0.8)}
        fill={style.colour}
      />
    </svg>
  )
}

const NEUTRAL: ThemeStyle = { themeId: '', colour: '#8a8f94', symbol: 'circle', pattern: 'solid' }

/**
 * The chart's legend: each theme (a toggle that hides or shows it through the shared theme
 * filter), what a mark's outline, ring and dot mean, and the size scale.
 */
export function MatrixLegend({
  themes,
  styles,
  selectedThemes,
  onToggleTheme,
  defaultLanguage,
  measure,
  size,
  dots,
  formatSize,
  t,
}: {
  themes: readonly Theme[]
  styles: ReadonlyMap<string, ThemeStyle>
  selectedThemes: readonly string[]
  onToggleTheme: (id: string) => void
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
        <ul className="legend-themes">
          {themes.map((theme) => {
            const style = styles.get(theme.id)
            const shown = isThemeShown(selectedThemes, theme.id)
            return (
              <li key={theme.id}>
                <button
                  type="button"
                  className="legend-theme"
                  aria-pressed={shown}
                  onClick={() => onToggleTheme(theme.id)}
                >
                  {style ? <ThemeSwatch style={style} /> : null}
                  <Localized value={theme.name} defaultLanguage={defaultLanguage} hint={false} />
                </button>
              </li>
            )
          })}
        </ul>
      </div>
      <div className="legend-block">
        <h3 className="legend-heading">{t('legend.marks')}</h3>
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
                <svg
                  className="swatch"
                  width="28"
                  height="28"
                  viewBox="-14 -14 28 28"
                  aria-hidden="true"
                >
                  <path className="mark-symbol" d={symbolPath('circle', 7)} fill="#8a8f94" />
                  <circle className="robust-ring" r={11} />
                </svg>
                {t('legend.robust')}
              </li>
              <li>
                <svg
                  className="swatch"
                  width="28"
                  height="28"
                  viewBox="-14 -14 28 28"
                  aria-hidden="true"
                >
                  <path className="leader" d="M-10 8L6 -6" />
                  <circle className="true-dot" cx={-10} cy={8} r={2.5} />
                  <path
                    className="mark-symbol"
                    d={symbolPath('circle', 6)}
                    fill="#8a8f94"
                    transform="translate(6 -6)"
                  />
                </svg>
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
      </div>
      {!dots && size.legend.length > 0 ? (
        <div className="legend-block">
          <h3 className="legend-heading">{t('legend.size', { measure: t(`size.${measure}`) })}</h3>
          <ul className="legend-sizes">
            {size.legend.map(({ value, radius }) => (
              <li key={value}>
                <svg
                  className="swatch"
                  width={radius * 2 + 4}
                  height={radius * 2 + 4}
                  viewBox={`${-radius - 2} ${-radius - 2} ${radius * 2 + 4} ${radius * 2 + 4}`}
                  aria-hidden="true"
                >
                  <circle className="size-circle" r={radius} />
                </svg>
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
