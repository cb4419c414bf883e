import { normaliseExport } from '../dataset/normalise-export.ts'
import type { ProblemCode, ProblemParams, Problem } from '../format/problems.ts'
import { checkDependencies } from './check-dependencies.ts'
import { checkFrame } from './check-frame.ts'
import { checkRecords, indexIds, refOf, SetAside, type Candidate } from './check-records.ts'
import { checkVersion } from './check-version.ts'
import { contentWarnings, dependencyWarnings } from './content-warnings.ts'
import { readJsonBytes, readJsonText, type TextReadResult } from './json-text.ts'
import { problem } from './report-parts.ts'
import { htmlTextWarnings } from './text-warnings.ts'
import { translationWarnings, type TranslatableAccess } from './translation-warnings.ts'
import type { ValidateOptions, ValidationReport } from './validation-report.ts'

/**
 * An export → its report (validation-report.ts), in five steps, each in its own module:
 * 1. check-version: is this format version 1 at all? (else unreadable)
 * 2. check-frame: the root and the shared lists (else a broken frame)
 * 3. check-records: each opportunity on its own, against the schema and the frame
 * 4. check-dependencies: ids named in `dependsOn` exist, and no cycles
 * 5. normalise what loads, and warn about what is loaded but incomplete
 * A format 2 would add its migration between steps 1 and 2.
 *
 * The validator never throws and never recurses on input, so any JSON value or byte string
 * gets an outcome.
 */

function unreadable(code: ProblemCode, params: ProblemParams = {}): ValidationReport {
  return { outcome: 'unreadable', problems: [problem('error', code, [], params)] }
}

function fromRead(read: TextReadResult, options: ValidateOptions): ValidationReport {
  if (read.ok) return validateExportValue(read.value, options)
  switch (read.reason) {
    case 'empty':
      return unreadable('unreadable.empty')
    case 'notUtf8':
      return unreadable('unreadable.notUtf8')
    case 'tooLarge':
      return unreadable('unreadable.tooLarge', {
        sizeMb: Math.ceil(read.bytes / 2 ** 20),
        limitMb: Math.floor((options.maxBytes ?? 64 * 2 ** 20) / 2 ** 20),
      })
    case 'notJson':
      return unreadable('unreadable.notJson', {
        line: read.line,
        column: read.column,
        found: read.found,
      })
  }
}

export function validateExportText(text: string, options: ValidateOptions = {}): ValidationReport {
  return fromRead(readJsonText(text), options)
}

export function validateExportBytes(
  bytes: Uint8Array,
  options: ValidateOptions = {},
): ValidationReport {
  return fromRead(readJsonBytes(bytes, options.maxBytes), options)
}

const candidateAccess: TranslatableAccess<Candidate> = {
  index: (c) => c.index,
  value: (c) => c.value,
  ref: refOf,
}

export function validateExportValue(
  input: unknown,
  options: ValidateOptions = {},
): ValidationReport {
  const version = checkVersion(input)
  if (!version.ok) return { outcome: 'unreadable', problems: [version.problem] }
  const warnings: Problem[] = version.warnings

  const framed = checkFrame(version.root)
  if (!framed.ok) return { outcome: 'brokenFrame', problems: framed.problems }
  const { frame, lookups } = framed
  for (const w of framed.warnings) warnings.push(w)

  const records = version.root.opportunities as unknown[]
  const ids = indexIds(records)
  const setAside = new SetAside()
  const candidates = checkRecords(records, ids, lookups, setAside, warnings)

  const accepted = checkDependencies(candidates, ids, setAside)

  for (const w of dependencyWarnings(accepted)) warnings.push(w)
  const data = normaliseExport(frame, accepted.records, accepted.ids)
  for (const w of contentWarnings(data, accepted.records)) warnings.push(w)
  for (const w of htmlTextWarnings(frame, accepted.records)) warnings.push(w)
  if (options.language) {
    const worded = translationWarnings(frame, accepted.records, candidateAccess, options.language)
    for (const w of worded) warnings.push(w)
  }

  if (setAside.size === 0) return { outcome: 'loaded', problems: warnings, data }
  const setAsideRecords = setAside.list()
  const problems: Problem[] = []
  for (const r of setAsideRecords) for (const p of r.reasons) problems.push(p)
  for (const w of warnings) problems.push(w)
  return { outcome: 'partial', problems, setAside: setAsideRecords, data }
}
