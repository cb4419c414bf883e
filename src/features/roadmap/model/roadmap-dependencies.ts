/**
 * Dependencies between scheduled opportunities (`dependsOn`), and the ones whose order in
 * time contradicts them: a prerequisite that starts after the opportunity that depends on it.
 */

export interface DependencyLink {
  /** The prerequisite. */
  from: string
  /** The opportunity that depends on it. */
  to: string
  /** The prerequisite starts after its dependent. */
  conflict: boolean
}

export interface Scheduled {
  id: string
  start: number
  dependsOn?: readonly string[] | undefined
}

/** Links among the given opportunities; a prerequisite not among them (unscheduled) has none. */
export function dependencyLinks(items: readonly Scheduled[]): DependencyLink[] {
  const startOf = new Map<string, number>()
  for (const o of items) startOf.set(o.id, o.start)
  const links: DependencyLink[] = []
  for (const o of items) {
    if (!o.dependsOn) continue
    for (const dep of o.dependsOn) {
      const depStart = startOf.get(dep)
      if (depStart === undefined || dep === o.id) continue
      links.push({ from: dep, to: o.id, conflict: depStart > o.start })
    }
  }
  return links
}

/** id → the links it takes part in, either end. */
export function linksById(links: readonly DependencyLink[]): Map<string, DependencyLink[]> {
  const map = new Map<string, DependencyLink[]>()
  const add = (id: string, l: DependencyLink) => {
    const list = map.get(id)
    if (list) list.push(l)
    else map.set(id, [l])
  }
  for (const l of links) {
    add(l.from, l)
    add(l.to, l)
  }
  return map
}
