/**
 * What the mocked data endpoint does, chosen in development with `?mock=<scenario>`.
 * Each one shows a state of the app that is hard to reach with a real server.
 */
export const SCENARIOS = [
  'normal',
  'slow',
  'error',
  'malformed',
  'schema-errors',
  'empty',
  'large',
  'redirect',
  'compare',
] as const

export type Scenario = (typeof SCENARIOS)[number]

export const DEFAULT_SCENARIO: Scenario = 'normal'

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value)
}

/** The scenario named by a `?mock=` value, or null when it names none. */
export function parseScenario(value: string | null | undefined): Scenario | null {
  const v = value?.trim().toLowerCase()
  return isScenario(v) ? v : null
}
