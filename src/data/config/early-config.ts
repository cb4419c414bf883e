/**
 * The runtime config's request that index.html starts with an inline script, before any of
 * the app's code has downloaded. The config decides where the export is, so every page's data
 * waited for it; asked for by the app's code, it would begin only after that code had
 * downloaded, run and started React. The inline script cannot judge the
 * answer: it only keeps the response, and fetchRuntimeConfig reads it as if it had asked.
 */

/** What index.html leaves on `window`: the address asked for and the response, or null. */
export interface EarlyConfigRequest {
  url: string
  response: Promise<Response | null>
}

interface WithEarlyConfig {
  kasvukarttaConfig?: EarlyConfigRequest
}

/**
 * The early response for `url`, once: a later read (a retry, a refetch) must ask the server
 * again. Null when there was no early request, it was for another address, or it failed
 * (the caller then asks itself and words the failure as it always does).
 */
export async function takeEarlyConfigResponse(
  url: string,
  scope: WithEarlyConfig = globalThis as WithEarlyConfig,
): Promise<Response | null> {
  const early = scope.kasvukarttaConfig
  if (early === undefined) return null
  delete scope.kasvukarttaConfig
  if (early.url !== url) return null
  return early.response.catch(() => null)
}
