/**
 * Notes in `dependents` (id → ids that depend on it) that `id` depends on each of `dependsOn`,
 * or on those of them `loaded` has. The worker's normalisation and the page's report joiner
 * both build the reverse dependencies this way. A module of its own, with no imports, so the
 * joiner (loaded at boot) does not bring the normalisation and scoring code with it.
 */
export function addDependents(
  dependents: Map<string, string[]>,
  id: string,
  dependsOn: readonly string[] | undefined,
  loaded?: { has(id: string): boolean },
): void {
  if (dependsOn === undefined) return
  for (let k = 0; k < dependsOn.length; k++) {
    const dep = dependsOn[k] as string
    if (loaded !== undefined && !loaded.has(dep)) continue
    const list = dependents.get(dep)
    if (list) list.push(id)
    else dependents.set(dep, [id])
  }
}
