import { SCHEMA_VERSION_PATTERN, SUPPORTED_MINOR } from '../format/export-vocabulary.ts'
import type { Problem } from '../format/problems.ts'
import { isPlainObject, kindOf, problem, quoted } from './report-parts.ts'

/** Step 1: is this format version 1 at all? Either why not, or the root object to go on with. */
export type VersionCheck =
  { ok: false; problem: Problem } | { ok: true; root: Record<string, unknown>; warnings: Problem[] }

export function checkVersion(input: unknown): VersionCheck {
  const fail = (p: Problem): VersionCheck => ({ ok: false, problem: p })
  if (!isPlainObject(input))
    return fail(problem('error', 'unreadable.notObject', [], { found: kindOf(input) }))
  if (!('schemaVersion' in input)) return fail(problem('error', 'unreadable.noVersion', []))
  const version = input.schemaVersion
  const vm = typeof version === 'string' ? SCHEMA_VERSION_PATTERN.exec(version) : null
  if (!vm)
    return fail(
      problem('error', 'unreadable.badVersion', [], { version: quoted(version).slice(0, 40) }),
    )
  if (Number(vm[1]) !== 1)
    return fail(problem('error', 'unreadable.wrongMajor', [], { version: version as string }))
  // A newer minor may carry fields this reader does not know: they load, with a warning.
  const warnings =
    Number(vm[2]) > SUPPORTED_MINOR
      ? [
          problem('warning', 'warning.newerMinor', ['schemaVersion'], {
            version: version as string,
            supported: `1.${SUPPORTED_MINOR}`,
          }),
        ]
      : []
  return { ok: true, root: input, warnings }
}
