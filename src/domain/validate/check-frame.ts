import { looseSchemas, strictSchemas, type Frame } from '../format/export-schema.ts'
import type { JsonPath, Problem } from '../format/problems.ts'
import { forbiddenKeyPaths } from './forbidden-keys.ts'
import { MAX_DEPTH, MAX_ENTRIES } from './limits.ts'
import { breachProblem } from './report-parts.ts'
import { findBoundsBreach } from './value-bounds.ts'
import { problem } from './report-parts.ts'
import { mapZodIssues } from './zod-problems.ts'

/** What an opportunity may refer to, from the frame's shared lists. */
export interface FrameLookups {
  themes: Set<string>
  clusters: Set<string>
  sources: Set<string>
  actors: Set<string>
  criteria: Map<string, { min: number; max: number }>
}

/** Step 2: the frame, everything but the opportunities' contents. */
export type FrameCheck =
  | { ok: false; problems: Problem[] }
  | { ok: true; frame: Frame; lookups: FrameLookups; warnings: Problem[] }

/**
 * `duplicateKeys`: the frame's repeated keys (json-structure.ts), each a reason the frame is
 * broken, since which of the two was meant cannot be known.
 */
export function checkFrame(
  root: Record<string, unknown>,
  duplicateKeys: readonly JsonPath[] = [],
): FrameCheck {
  const frameInput = Array.isArray(root.opportunities) ? { ...root, opportunities: [] } : root
  if (duplicateKeys.length > 0)
    return {
      ok: false,
      problems: duplicateKeys.map((path) =>
        problem('error', 'field.duplicateKey', path, { field: String(path.at(-1) ?? '') }),
      ),
    }
  // Before the schema: explaining each of a huge list's entries could exhaust zod's stack.
  const breach = findBoundsBreach(frameInput, [], MAX_DEPTH, MAX_ENTRIES)
  if (breach) return { ok: false, problems: [breachProblem(breach)] }
  const forbidden = forbiddenKeyPaths(frameInput, [])
  if (forbidden.length > 0)
    return {
      ok: false,
      problems: forbidden.map((path) =>
        problem('error', 'field.forbiddenKey', path, { field: '__proto__' }),
      ),
    }
  const warnings: Problem[] = []
  // Without zod's compiled fast path: the frame is parsed once per load, in a worker that
  // starts cold, where generating and compiling that code costs more than it saves.
  const strict = strictSchemas.Frame.safeParse(frameInput, { jitless: true })
  let frame: Frame
  if (strict.success) frame = strict.data
  else {
    const mapped = mapZodIssues(strict.error.issues, frameInput, [])
    if (mapped.errors.length > 0) return { ok: false, problems: mapped.errors as Problem[] }
    for (const p of mapped.unknownFields) warnings.push(p as Problem)
    frame = looseSchemas.Frame.parse(frameInput, { jitless: true })
  }
  const ruleErrors = frameRuleProblems(frame)
  if (ruleErrors.length > 0) return { ok: false, problems: ruleErrors }
  return { ok: true, frame, lookups: frameLookups(frame), warnings }
}

function frameLookups(frame: Frame): FrameLookups {
  return {
    themes: new Set(frame.themes.map((t) => t.id)),
    clusters: new Set((frame.clusters ?? []).map((c) => c.id)),
    sources: new Set((frame.sources ?? []).map((s) => s.id)),
    actors: new Set((frame.actors ?? []).map((a) => a.id)),
    criteria: new Map(frame.criteria.map((c) => [c.id, { min: c.min, max: c.max }])),
  }
}

const SHARED_LISTS = ['themes', 'clusters', 'sources', 'actors', 'criteria'] as const

/** Ids that occur more than once among `ids`. */
function repeatedIds(ids: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id)
  return repeated
}

/** Shared-list rules zod cannot see: unique ids, both axes present, ranges in order. */
function frameRuleProblems(frame: Frame): Problem[] {
  const out: Problem[] = []
  for (const list of SHARED_LISTS) {
    const items = (frame[list] ?? []) as { id: string }[]
    const dup = repeatedIds(items.map((x) => x.id))
    items.forEach((item, i) => {
      if (dup.has(item.id))
        out.push(problem('error', 'frame.duplicateId', [list, i, 'id'], { id: item.id, list }))
    })
  }
  for (const axis of ['impact', 'feasibility'] as const) {
    if (!frame.criteria.some((c) => c.axis === axis))
      out.push(problem('error', 'frame.missingAxis', ['criteria'], { axis }))
  }
  frame.criteria.forEach((c, i) => {
    if (!(c.min < c.max))
      out.push(
        problem('error', 'frame.minNotBelowMax', ['criteria', i], {
          id: c.id,
          min: c.min,
          max: c.max,
        }),
      )
  })
  const sp = frame.dataset.strategyPeriod
  if (sp.end < sp.start) {
    out.push(
      problem('error', 'frame.periodReversed', ['dataset', 'strategyPeriod'], {
        start: sp.start,
        end: sp.end,
      }),
    )
  }
  ;(frame.sources ?? []).forEach((s, i) => {
    if (s.endDate !== undefined && s.endDate < s.date) {
      out.push(
        problem('error', 'frame.endDateBeforeDate', ['sources', i, 'endDate'], {
          date: s.date,
          endDate: s.endDate,
        }),
      )
    }
  })
  return out
}
