/**
 * Development only, and the one file of src/ allowed to import mocks/ and MSW: main.tsx loads
 * it with a dynamic import behind `import.meta.env.DEV`, so none of it reaches a production
 * build.
 */
import { createWorker } from '../../mocks/browser.ts'
import { DEFAULT_SCENARIO, SCENARIOS, parseScenario, type Scenario } from '../../mocks/scenarios.ts'

const STORAGE_KEY = 'kasvukartta.mockScenario'

export interface MockControls {
  scenario: Scenario
  scenarios: readonly Scenario[]
  /** Switches scenario: keeps the choice for the tab and reloads with `?mock=`. */
  select: (scenario: string) => void
}

function storedScenario(): Scenario | null {
  try {
    return parseScenario(sessionStorage.getItem(STORAGE_KEY))
  } catch {
    return null // storage blocked: the URL alone decides
  }
}

function remember(scenario: Scenario): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, scenario)
  } catch {
    // storage blocked: the choice lasts while ?mock= stays in the URL
  }
}

/** `?mock=` wins and is remembered for the tab, so navigation without it keeps the scenario. */
function currentScenario(): Scenario {
  const requested = new URLSearchParams(location.search).get('mock')
  const fromUrl = parseScenario(requested)
  if (requested !== null && fromUrl === null) {
    console.warn(`Unknown mock scenario "${requested}"; use one of: ${SCENARIOS.join(', ')}.`)
  }
  if (fromUrl) remember(fromUrl)
  return fromUrl ?? storedScenario() ?? DEFAULT_SCENARIO
}

export async function startMocks(): Promise<MockControls> {
  const scenario = currentScenario()
  await createWorker(scenario).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return {
    scenario,
    scenarios: SCENARIOS,
    select(next) {
      const chosen = parseScenario(next)
      if (!chosen) return
      remember(chosen)
      const url = new URL(location.href)
      url.searchParams.set('mock', chosen)
      location.assign(url)
    },
  }
}
