/**
 * A matrix legend item shows or hides its theme through the shared theme filter, where an
 * empty selection means every theme. Hiding one theme of all therefore selects the others;
 * showing the last hidden one goes back to the empty selection, so the link stays clean.
 */
export function toggleTheme(
  selected: readonly string[],
  all: readonly string[],
  themeId: string,
): string[] {
  const shown = selected.length === 0 ? [...all] : all.filter((id) => selected.includes(id))
  const next = shown.includes(themeId)
    ? shown.filter((id) => id !== themeId)
    : all.filter((id) => id === themeId || shown.includes(id))
  // Hiding the only theme left would leave an empty chart that reads as "all": show all.
  if (next.length === 0 || next.length === all.length) return []
  return next
}

/** Whether a theme is shown under the selection (empty: all are). */
export function isThemeShown(selected: readonly string[], themeId: string): boolean {
  return selected.length === 0 || selected.includes(themeId)
}
