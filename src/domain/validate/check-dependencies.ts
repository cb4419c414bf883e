import type { Problem } from '../format/problems.ts'
import { refOf, type Candidate, type IdIndex, type SetAside } from './check-records.ts'
import { findCycles } from './dependency-cycles.ts'
import { problem } from './report-parts.ts'

/** The records that load after step 4, and a test for "this id loads". */
export interface Accepted {
  records: Candidate[]
  ids: { has(id: string): boolean }
}

/**
 * Step 4: dependencies between opportunities. A record that names an id found nowhere in the
 * export is set aside, then every record on a `dependsOn` cycle among the rest.
 */
export function checkDependencies(
  candidates: Candidate[],
  ids: IdIndex,
  setAside: SetAside,
): Accepted {
  let accepted = withoutUnknownDependencies(candidates, ids, setAside)
  // Record index → position among the accepted, -1 for a record that does not load. Accepted
  // ids are unique (repeats are set aside), so `recordOf` leads from an id to its position.
  const positionOf = new Int32Array(ids.ids.length).fill(-1)
  const place = () => {
    positionOf.fill(-1)
    for (let i = 0; i < accepted.length; i++) positionOf[(accepted[i] as Candidate).index] = i
  }
  place()
  const cycles = findCycles(dependencyEdges(accepted, ids, positionOf))
  if (cycles.size > 0) {
    const before = accepted
    accepted = before.filter((c, i) => {
      const cycle = cycles.get(i)
      if (!cycle) return true
      const cycleIds = cycle.map((j) => before[j]?.value.id ?? '?')
      setAside.add(c.index, c.raw, [
        problem(
          'error',
          'dependsOn.cycle',
          ['opportunities', c.index, 'dependsOn'],
          { cycle: formatCycle(cycleIds) },
          refOf(c),
        ),
      ])
      return false
    })
    place()
  }
  return {
    records: accepted,
    ids: {
      has(id: string): boolean {
        const at = ids.recordOf.get(id)
        return at !== undefined && (positionOf[at] as number) >= 0
      },
    },
  }
}

function withoutUnknownDependencies(
  candidates: Candidate[],
  ids: IdIndex,
  setAside: SetAside,
): Candidate[] {
  let accepted = candidates
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate
    const deps = c.value.dependsOn
    let unknown: Problem[] | null = null
    if (deps)
      for (let i = 0; i < deps.length; i++) {
        const dep = deps[i] as string
        if (!ids.recordOf.has(dep)) {
          ;(unknown ??= []).push(
            problem(
              'error',
              'ref.unknownOpportunity',
              ['opportunities', c.index, 'dependsOn', i],
              { id: dep },
              refOf(c),
            ),
          )
        }
      }
    if (unknown) {
      // The first record set aside here starts a separate list; until then it is `candidates`.
      if (accepted === candidates) accepted = candidates.slice(0, k)
      setAside.add(c.index, c.raw, unknown)
    } else if (accepted !== candidates) accepted.push(c)
  }
  return accepted
}

/** Each accepted record's dependencies as positions among the accepted (for findCycles). */
function dependencyEdges(
  accepted: readonly Candidate[],
  ids: IdIndex,
  positionOf: Int32Array,
): number[][] {
  const none: number[] = []
  const edges: number[][] = []
  for (const c of accepted) {
    const deps = c.value.dependsOn
    if (!deps || deps.length === 0) {
      edges.push(none)
      continue
    }
    const out: number[] = []
    for (const dep of deps) {
      const at = ids.recordOf.get(dep)
      const i = at === undefined ? -1 : (positionOf[at] as number)
      if (i >= 0) out.push(i)
    }
    edges.push(out)
  }
  return edges
}

function formatCycle(ids: readonly string[]): string {
  if (ids.length <= 8) return ids.join(' → ')
  return `${ids.slice(0, 4).join(' → ')} → … → ${ids.slice(-2).join(' → ')} (${ids.length - 1})`
}
