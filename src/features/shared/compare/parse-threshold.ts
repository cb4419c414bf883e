/** A typed threshold: a whole number from 1 to `max`, or null while it is not one. */
export function parseThreshold(text: string, max: number): number | null {
  const t = text.trim()
  if (!/^\d+$/.test(t)) return null
  const n = Number(t)
  return n >= 1 && n <= max ? n : null
}
