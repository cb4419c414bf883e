/**
 * The forum's picked agenda (`agenda=` in the address) with `id` added at the end, or taken
 * out when it was there: the agenda screen and the table's checkboxes pick the same way.
 */
export function togglePick(picked: readonly string[], id: string): string[] {
  return picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]
}
