/**
 * npm run apply-decisions -- export.json decisions.json [--out next.json] [--lang fi|sv|en]
 *
 * Writes the next export: each decided opportunity's status follows the forum's decision, the
 * forum session is added to the sources (docs/decisions-format-v1.md). Exits 0 when the new
 * export was written (decisions on opportunities the export lacks are named, not applied), 1
 * when the export or the record cannot be used or they belong to different datasets, 2 on
 * wrong usage. Without --out the new export goes to standard output.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { applyDecisions } from '../src/domain/decisions/apply-decisions.ts'
import type { DecisionRecordReport } from '../src/domain/decisions/decision-record-report.ts'
import {
  MAX_RECORD_BYTES,
  validateRecordBytes,
  validateRecordRead,
} from '../src/domain/decisions/validate-decision-record.ts'
import { isUiLanguage, type UiLanguage } from '../src/domain/format/languages.ts'
import { MAX_EXPORT_BYTES } from '../src/domain/validate/limits.ts'
import { validateExportBytes, validateRead } from '../src/domain/validate/validate-export.ts'
import { describeProblem } from '../src/i18n/catalogs.ts'
import { reportText } from '../src/i18n/report-text.ts'

const USAGE =
  'usage: npm run apply-decisions -- <export.json> <decisions.json> [--out next.json] [--lang fi|sv|en]'

interface Options {
  files: string[]
  out: string | null
  lang: UiLanguage
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { files: [], out: null, lang: 'en' }
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (a === '--out' || a === '--lang') {
      const next = args[++i]
      if (next === undefined) return `${a} needs a value`
      if (a === '--out') options.out = next
      else if (isUiLanguage(next)) options.lang = next
      else return '--lang takes fi, sv or en'
    } else if (a.startsWith('--')) return `unknown option ${a}`
    else options.files.push(a)
  }
  return options.files.length === 2 ? options : 'give one export and one decision record'
}

function readBounded(file: string, limit: number): Uint8Array | number {
  const size = statSync(file).size
  return size > limit ? size : readFileSync(file)
}

function recordReport(file: string): DecisionRecordReport {
  const bytes = readBounded(file, MAX_RECORD_BYTES)
  return typeof bytes === 'number'
    ? validateRecordRead({ ok: false, reason: 'tooLarge', bytes })
    : validateRecordBytes(bytes)
}

function printProblems(file: string, report: DecisionRecordReport, lang: UiLanguage): void {
  console.error(`${file}: the decision record cannot be applied (${report.outcome}).`)
  for (const p of report.problems) {
    if (p.severity !== 'error') continue
    const d = describeProblem(p, lang)
    console.error(`  ${d.path}${d.opportunity ? ` (${d.opportunity})` : ''}: ${d.message}`)
  }
}

export function main(args: string[]): number {
  const options = parseArgs(args)
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`)
    return 2
  }
  const [exportFile, recordFile] = options.files as [string, string]
  let exportBytes: Uint8Array | number
  let record: DecisionRecordReport
  try {
    exportBytes = readBounded(exportFile, MAX_EXPORT_BYTES)
    record = recordReport(recordFile)
  } catch (e) {
    console.error((e as Error).message)
    return 2
  }
  const exportReport =
    typeof exportBytes === 'number'
      ? validateRead({ ok: false, reason: 'tooLarge', bytes: exportBytes })
      : validateExportBytes(exportBytes)
  if (exportReport.outcome !== 'loaded' || typeof exportBytes === 'number') {
    console.error(`${exportFile}: the export does not load, so nothing was applied.`)
    for (const line of reportText(exportReport, options.lang, { maxWarnings: 0 }))
      console.error(line)
    return 1
  }
  // Nothing half-applied: a record with set-aside decisions is fixed first.
  if (record.outcome !== 'loaded') {
    printProblems(recordFile, record, options.lang)
    return 1
  }
  const exportValue: unknown = JSON.parse(
    new TextDecoder().decode(exportBytes).replace(/^\uFEFF/, ''),
  )
  const today = new Date().toISOString().slice(0, 10)
  const result = applyDecisions(exportValue, record.session, today)
  if (!result.ok) {
    console.error(
      result.reason === 'otherDataset'
        ? `The decision record was made on dataset "${result.recordDataset}", but ${exportFile} is dataset "${result.exportDataset}": nothing was applied.`
        : `${exportFile} is not an export: nothing was applied.`,
    )
    return 1
  }
  const text = `${JSON.stringify(result.next, null, 2)}\n`
  if (options.out) writeFileSync(options.out, text)
  else process.stdout.write(text)
  const log = options.out ? console.log : console.error
  log(
    `${result.changed.length} opportunities updated from ${record.session.decisions.length} decisions.`,
  )
  if (result.missing.length > 0) {
    console.error(
      `${result.missing.length} decisions are on opportunities the export does not hold, not applied:`,
    )
    for (const d of result.missing) console.error(`  ${d.opportunityId}: ${d.decision}`)
  }
  return 0
}
