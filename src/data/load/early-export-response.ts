/**
 * The export that the built index.html asks for before any of the app's code has downloaded
 * (scripts/build/early-start.ts): the `?data=` address, or without one the config's, once the
 * config has come, when the address is on the app's own origin (allowed whatever the config
 * says). The page's boot download takes the response over instead of asking again; the
 * inline script cannot judge the answer, only keep it.
 */
export interface EarlyExportRequest {
  url: string
  abort: () => void
  response: Promise<Response | null>
}

interface WithEarlyExport {
  kasvukarttaExport?: EarlyExportRequest
  /** The config's export: settles once the config has come and the request is made (or not). */
  kasvukarttaConfigExport?: Promise<EarlyExportRequest | null>
}

/**
 * Waits for index.html's request of the config's export, if it is making one, so that
 * takeEarlyExportResponse finds it: both wait for the same config, and the page must not
 * ask for the export itself a moment before the early request is made.
 */
export async function settleConfigExport(
  scope: WithEarlyExport = globalThis as WithEarlyExport,
): Promise<void> {
  const pending = scope.kasvukarttaConfigExport
  if (pending === undefined) return
  delete scope.kasvukarttaConfigExport
  const early = await pending.catch(() => null)
  if (early && scope.kasvukarttaExport === undefined) scope.kasvukarttaExport = early
  else early?.abort()
}

/** Stops an early request nobody will read (the page shows a file the user chose). */
export function dropEarlyExport(scope: WithEarlyExport = globalThis as WithEarlyExport): void {
  scope.kasvukarttaExport?.abort()
  delete scope.kasvukarttaExport
}

/**
 * The early request for `url`, once. Null when there was none, or it was for another address
 * (that one is then stopped: nobody will read it). The response is null when the request
 * failed; the caller then asks itself and words the failure as it always does.
 */
export function takeEarlyExportResponse(
  url: string,
  scope: WithEarlyExport = globalThis as WithEarlyExport,
): EarlyExportRequest | null {
  const early = scope.kasvukarttaExport
  if (early === undefined) return null
  delete scope.kasvukarttaExport
  if (early.url === url) return early
  early.abort()
  return null
}
