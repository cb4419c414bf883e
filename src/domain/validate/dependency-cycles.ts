/**
 * Opportunities that take part in a `dependsOn` cycle, found with Tarjan's strongly connected
 * components: linear in opportunities plus edges, and iterative, so a chain of 100 000
 * dependencies cannot overflow the stack.
 */

/**
 * `edges[i]` lists the nodes node i depends on. Returns each node on a cycle → a cycle of its
 * component as node indices, starting and ending at the node itself where it lies on that
 * cycle. Self-loops count as cycles of one.
 */
export function findCycles(edges: readonly (readonly number[])[]): Map<number, number[]> {
  const n = edges.length
  const index = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const stack: number[] = []
  const result = new Map<number, number[]>()
  let counter = 0

  const work: { node: number; next: number }[] = []
  for (let root = 0; root < n; root++) {
    // A node that depends on nothing is a component of its own and on no cycle; starting a
    // search there only to pop it again was most of the work, most opportunities having no
    // dependencies. Reached from another node, it is still visited like any other.
    if (index[root] !== -1 || (edges[root] as readonly number[]).length === 0) continue
    work.push({ node: root, next: 0 })
    index[root] = low[root] = counter++
    stack.push(root)
    onStack[root] = 1
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: number; next: number }
      const v = frame.node
      const out = edges[v] ?? []
      if (frame.next < out.length) {
        const w = out[frame.next++] as number
        if (index[w] === -1) {
          index[w] = low[w] = counter++
          stack.push(w)
          onStack[w] = 1
          work.push({ node: w, next: 0 })
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] as number, index[w] as number)
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low[parent.node] = Math.min(low[parent.node] as number, low[v] as number)
      if (low[v] === index[v]) {
        const component: number[] = []
        let w: number
        do {
          w = stack.pop() as number
          onStack[w] = 0
          component.push(w)
        } while (w !== v)
        const selfLoop = component.length === 1 && out.includes(v)
        if (component.length > 1 || selfLoop) {
          // One cycle per component keeps this linear; a member not on it still lies on some
          // cycle of the same component, so naming this one explains it.
          const members = new Set(component)
          const cycle = cycleThrough(v, edges, members)
          const onCycle = cycle.slice(0, -1)
          const position = new Map(onCycle.map((m, i) => [m, i]))
          for (const m of component) {
            const at = position.get(m)
            // Rotated lazily in the message only for short cycles; long ones are named as found.
            result.set(
              m,
              at === undefined || onCycle.length > 50
                ? cycle
                : [...onCycle.slice(at), ...onCycle.slice(0, at), m],
            )
          }
        }
      }
    }
  }
  return result
}

/** A shortest cycle from `start` back to itself inside its component, for the message. */
function cycleThrough(
  start: number,
  edges: readonly (readonly number[])[],
  members: Set<number>,
): number[] {
  const previous = new Map<number, number>()
  const queue = [start]
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number
    for (const w of edges[v] ?? []) {
      if (!members.has(w)) continue
      if (w === start) {
        // Walked backwards from v to start, then turned round (unshift would be quadratic).
        const path = [start, v]
        for (let x = v; x !== start;) {
          x = previous.get(x) as number
          path.push(x)
        }
        return path.reverse()
      }
      if (!previous.has(w)) {
        previous.set(w, v)
        queue.push(w)
      }
    }
  }
  return [start, start]
}
