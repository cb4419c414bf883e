/**
 * The `?data=` export that the built index.html asks for before any of the app's code has
 * downloaded (scripts/build/early-start.ts), when the address is on the app's own origin and
 * so allowed whatever the config says. The page's boot download takes the response over
 * instead of asking again; the inline script cannot judge the answer, only keep it.
 */
export interface EarlyExportRequest {
  url: string
  abort: () => void
  response: Promise<Response | null>
}

interface WithEarlyExport {
  kasvukarttaExport?: EarlyExportRequest
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
