/**
 * npm run validate -- path/to/export.json [--lang fi|sv|en] [--all]
 *
 * The same validation the dashboard runs, for data producers: prints the report in the chosen
 * language and exits 0 when the export loads (warnings allowed), 1 when anything is set aside
 * or nothing can be loaded, 2 on wrong usage.
 */
import { readFileSync, statSync } from 'node:fs'
import { isUiLanguage, type UiLanguage } from '../src/domain/format/languages.ts'
import { MAX_EXPORT_BYTES } from '../src/domain/validate/limits.ts'
import { validateExportBytes, validateRead } from '../src/domain/validate/validate-export.ts'
import type { ValidationReport } from '../src/domain/validate/validation-report.ts'
import { reportText } from '../src/i18n/report-text.ts'

const USAGE = 'usage: npm run validate -- <export.json> [--lang fi|sv|en] [--all]'

export function main(args: string[]): number {
  let lang: UiLanguage = 'fi'
  let all = false
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (a === '--lang') {
      const next = args[++i]
      if (!isUiLanguage(next)) {
        console.error(`--lang takes fi, sv or en\n${USAGE}`)
        return 2
      }
      lang = next
    } else if (a.startsWith('--lang=')) {
      const value = a.slice(7)
      if (!isUiLanguage(value)) {
        console.error(`--lang takes fi, sv or en\n${USAGE}`)
        return 2
      }
      lang = value
    } else if (a === '--all') all = true
    else if (a === '--help' || a === '-h') {
      console.log(USAGE)
      return 0
    } else files.push(a)
  }
  if (files.length !== 1) {
    console.error(USAGE)
    return 2
  }
  const file = files[0] as string
  let report: ValidationReport
  try {
    // Refuse an oversized file before reading it, as the dashboard does.
    const size = statSync(file).size
    report =
      size > MAX_EXPORT_BYTES
        ? validateRead({ ok: false, reason: 'tooLarge', bytes: size })
        : validateExportBytes(readFileSync(file), { language: lang })
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`)
    return 2
  }
  console.log(`${file}`)
  for (const line of reportText(report, lang, { maxWarnings: all ? Infinity : 25 }))
    console.log(line)
  return report.outcome === 'loaded' ? 0 : 1
}
