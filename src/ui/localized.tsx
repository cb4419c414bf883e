import type { ContentLanguage } from '../domain/format/languages.ts'
import { resolveText, type LocalizedText } from '../domain/format/localized-text.ts'
import { useLanguage, useTranslate } from '../i18n/language-context.tsx'

/**
 * Content text in the UI language, or in the first language that has it. A fallback carries
 * its own `lang` (WCAG 3.1.2, so screen readers voice it right) and a quiet "not translated"
 * hint. Text is rendered as text: markup in data is never interpreted.
 */
export function Localized({
  value,
  defaultLanguage,
  hint = true,
  fallbackText = null,
}: {
  value: LocalizedText | undefined
  defaultLanguage: ContentLanguage
  hint?: boolean
  fallbackText?: string | null
}) {
  const lang = useLanguage()
  const t = useTranslate()
  const resolved = resolveText(value, lang, defaultLanguage)
  if (!resolved) return fallbackText === null ? null : <>{fallbackText}</>
  if (!resolved.fallback) return <>{resolved.text}</>
  return (
    <>
      <span lang={resolved.lang}>{resolved.text}</span>
      {hint ? <span className="not-translated"> ({t('content.notTranslated')})</span> : null}
    </>
  )
}
