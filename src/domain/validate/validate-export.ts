import { normaliseExport } from '../dataset/normalise-export.ts'
import type { JsonPath, Problem, ProblemCode, ProblemParams } from '../format/problems.ts'
import type { NormalisedExport } from '../dataset/normalise-export.ts'
import { MAX_DEPTH, MAX_PROBLEMS_LISTED } from './limits.ts'
import { ProblemSink } from './problem-sink.ts'
import { findBoundsBreach } from './value-bounds.ts'
import { checkDependencies } from './check-dependencies.ts'
import { checkFrame } from './check-frame.ts'
import { checkRecords, indexIds, refOf, SetAside, type Candidate } from './check-records.ts'
import { checkVersion } from './check-version.ts'
import { contentWarnings, dependencyWarnings } from './content-warnings.ts'
import type { JsonStructure } from './json-structure.ts'
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

function unreadable(
  code: ProblemCode,
  params: ProblemParams = {},
  path: JsonPath = [],
): ValidationReport {
  return { outcome: 'unreadable', problems: [problem('error', code, path, params)] }
}

/** A text already read (json-text.ts): its report, however the reading went. */
export function validateRead(
  read: TextReadResult,
  options: ValidateOptions = {},
): ValidationReport {
  if (read.ok) return validateParsed(read.value, options, read)
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
    case 'tooDeep':
      return unreadable('unreadable.tooDeep', { limit: MAX_DEPTH }, read.path)
    case 'notJson':
      return unreadable('unreadable.notJson', {
        line: read.line,
        column: read.column,
        found: read.found,
      })
  }
}

export function validateExportText(text: string, options: ValidateOptions = {}): ValidationReport {
  return validateRead(readJsonText(text), options)
}

export function validateExportBytes(
  bytes: Uint8Array,
  options: ValidateOptions = {},
): ValidationReport {
  return validateRead(readJsonBytes(bytes, options.maxBytes), options)
}

const candidateAccess: TranslatableAccess<Candidate> = {
  index: (c) => c.index,
  value: (c) => c.value,
  ref: refOf,
}

/**
 * A value already parsed. Nothing can be known of repeated keys here (JSON.parse has kept the
 * last); nesting is checked on the value, as the byte and text readers check it on the text.
 */
export function validateExportValue(
  input: unknown,
  options: ValidateOptions = {},
): ValidationReport {
  const breach = findBoundsBreach(input, [], MAX_DEPTH, Infinity)
  if (breach) return unreadable('unreadable.tooDeep', { limit: MAX_DEPTH }, breach.path)
  return validateParsed(input, options, NO_DUPLICATE_KEYS)
}

type ReadStructure = Pick<
  JsonStructure,
  'duplicateKeys' | 'duplicateKeysOmitted' | 'duplicateKeyRecords' | 'duplicateKeysInFrame'
>

const NO_DUPLICATE_KEYS: ReadStructure = {
  duplicateKeys: [],
  duplicateKeysOmitted: 0,
  duplicateKeyRecords: [],
  duplicateKeysInFrame: 0,
}

/**
 * Repeated keys by where they are: in an opportunity (by its index; one beyond those listed
 * is placed at the record itself), or in the frame.
 */
function splitDuplicateKeys(structure: ReadStructure): {
  frame: JsonPath[]
  records: Map<number, JsonPath[]>
} {
  const frame: JsonPath[] = []
  const records = new Map<number, JsonPath[]>()
  for (const path of structure.duplicateKeys) {
    const index = path[1]
    if (path[0] === 'opportunities' && typeof index === 'number' && path.length > 2) {
      const list = records.get(index)
      if (list) list.push(path)
      else records.set(index, [path])
    } else frame.push(path)
  }
  for (const index of structure.duplicateKeyRecords)
    if (!records.has(index)) records.set(index, [['opportunities', index]])
  // The frame's repeats were all beyond those listed: the frame is broken all the same.
  if (frame.length === 0 && structure.duplicateKeysInFrame > 0) frame.push([])
  return { frame, records }
}

/** The outcome, with what the bounds (limits.ts) left unlisted counted. */
function finished(
  setAside: SetAside,
  warnings: ProblemSink,
  data: NormalisedExport,
  omittedErrors: number,
): ValidationReport {
  const problems: Problem[] = []
  let errorsOmitted = setAside.reasonsOmitted + omittedErrors
  let warningsOmitted = warnings.omitted
  const records = setAside.list()
  for (const r of records)
    for (const p of r.reasons) {
      if (problems.length < MAX_PROBLEMS_LISTED) problems.push(p)
      else errorsOmitted++
    }
  for (const w of warnings.listed) {
    if (problems.length < MAX_PROBLEMS_LISTED) problems.push(w)
    else warningsOmitted++
  }
  const omitted =
    errorsOmitted + warningsOmitted + setAside.omitted > 0
      ? { errors: errorsOmitted, warnings: warningsOmitted, setAside: setAside.omitted }
      : null
  const base =
    setAside.size === 0
      ? ({ outcome: 'loaded', problems, data } as const)
      : ({ outcome: 'partial', problems, setAside: records, data } as const)
  return omitted ? { ...base, omitted } : base
}

function validateParsed(
  input: unknown,
  options: ValidateOptions,
  structure: ReadStructure,
): ValidationReport {
  const version = checkVersion(input)
  if (!version.ok) return { outcome: 'unreadable', problems: [version.problem] }
  const warnings = new ProblemSink()
  warnings.addAll(version.warnings)

  const duplicateKeys = splitDuplicateKeys(structure)
  const framed = checkFrame(version.root, duplicateKeys.frame)
  if (!framed.ok) {
    const listed = framed.problems.slice(0, MAX_PROBLEMS_LISTED)
    const errors = framed.problems.length - listed.length + structure.duplicateKeysOmitted
    return errors > 0
      ? { outcome: 'brokenFrame', problems: listed, omitted: { errors, warnings: 0, setAside: 0 } }
      : { outcome: 'brokenFrame', problems: listed }
  }
  const { frame, lookups } = framed
  warnings.addAll(framed.warnings)

  const records = version.root.opportunities as unknown[]
  const ids = indexIds(records)
  const setAside = new SetAside(records.length)
  const candidates = checkRecords(records, ids, lookups, setAside, warnings, duplicateKeys.records)

  const accepted = checkDependencies(candidates, ids, setAside)

  warnings.addAll(dependencyWarnings(accepted))
  const data = normaliseExport(frame, accepted.records, accepted.ids)
  warnings.addAll(contentWarnings(data, accepted.records))
  warnings.addAll(htmlTextWarnings(frame, accepted.records))
  if (options.language)
    warnings.addAll(translationWarnings(frame, accepted.records, candidateAccess, options.language))
  return finished(setAside, warnings, data, structure.duplicateKeysOmitted)
}
