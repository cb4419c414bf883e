import { QueryObserver, type QueryClient } from '@tanstack/react-query'
import { resolveDataUrl } from '../config/data-url-policy.ts'
import { fetchExportBytes, type FetchedBytes } from './fetch-export.ts'
import type { UiLanguage } from '../../domain/format/languages.ts'
import { exportQueryOptions } from './export-query.ts'
import type { LoadProgress, OnLoadProgress } from './load-progress.ts'
import { appBaseHref, runtimeConfigQueryOptions } from '../config/runtime-config.ts'
import { loadSourceChoice } from '../cache/source-choice.ts'
import {
  dropEarlyExport,
  settleConfigExport,
  takeEarlyExportResponse,
} from './early-export-response.ts'

/**
 * The export's download, started at boot as soon as the config is known, instead of once the
 * page's code has loaded and rendered: on a cold start that wait is as long as the download
 * itself. The page's load (loadExport) takes the download over when it asks for the same
 * address, and reports the download's progress as if it had started it. The load that takes
 * it over is started at boot as well (startEarlyExport); should that load be cancelled (a
 * page that unmounts before it ends), the download waits for the next taker.
 */
interface EarlyDownload {
  url: string
  result: Promise<FetchedBytes>
  controller: AbortController
  last: LoadProgress | null
  listener: OnLoadProgress | null
  timer: ReturnType<typeof setTimeout>
}

/**
 * The state of the page's one boot: its early download until a load takes it over, and the
 * addresses the page began to fetch itself (an early download of them would be a second one).
 * It lives as long as the page; resetEarlyExport() empties it for tests.
 */
const boot: { early: EarlyDownload | null; claimed: Set<string> } = {
  early: null,
  claimed: new Set(),
}

/** A download nobody took over within this time is dropped (its bytes with it). */
const UNCLAIMED_MS = 60_000

/**
 * `?data=` as the pages read it (url-state's useSharedSearch): absent and empty are the same.
 */
function dataParamOf(search: string): string | null {
  const data = new URLSearchParams(search).get('data')
  return data === null || data === '' ? null : data
}

/**
 * Starts downloading the export the page at `search` will show: its `?data=` address when
 * allowed (a refused one leads to no request), else the configured one, unless the user's
 * choice is a local file (then the cached file is shown and nothing is fetched). Call it at
 * boot on pages that show the export; it never throws.
 */
export async function startEarlyExport(
  queryClient: QueryClient,
  search: string = location.search,
): Promise<void> {
  await startEarly(queryClient, search, null)
}

/**
 * startEarlyExport, and the load that takes the download over started too (the query every
 * page reads: export-query.ts), so validation begins as soon as the bytes are in rather than
 * once the page's code has loaded and rendered. `language` is the page's.
 */
export async function startEarlyLoad(
  queryClient: QueryClient,
  language: UiLanguage,
  search: string = location.search,
): Promise<void> {
  await startEarly(queryClient, search, language)
}

async function startEarly(
  queryClient: QueryClient,
  search: string,
  language: UiLanguage | null,
): Promise<void> {
  try {
    const dataParam = dataParamOf(search)
    // The stored choice is read while the config is on its way, not after it: opening
    // IndexedDB on a cold start takes as long as a request.
    const choice = dataParam === null ? loadSourceChoice().catch(() => null) : null
    const config = await queryClient.ensureQueryData(runtimeConfigQueryOptions())
    const resolution = resolveDataUrl(dataParam, config, new URL(appBaseHref()))
    if (resolution.kind === 'refused') return
    const fileChosen = (await choice)?.kind === 'file'
    await settleConfigExport()
    if (fileChosen) dropEarlyExport()
    else startDownload(resolution.url, resolution.allowedOrigins)
    if (language)
      holdUntilSettled(
        queryClient,
        exportQueryOptions(queryClient, dataParam, resolution, language),
      )
  } catch {
    // No config, or storage refused: the page meets the same problem and explains it.
  }
}

/**
 * Starts the load and watches it until it ends. A prefetch would leave it unwatched until a
 * page mounts, and a page that mounts and unmounts at once (React's StrictMode does so in
 * development; a quick navigation too) would then cancel it and start it again from the first
 * attempt, so the source would be asked more times than the retries allow.
 */
function holdUntilSettled(
  queryClient: QueryClient,
  options: ReturnType<typeof exportQueryOptions>,
): void {
  const observer = new QueryObserver(queryClient, options)
  const unsubscribe = observer.subscribe((result) => {
    if (result.fetchStatus === 'idle') unsubscribe()
  })
}

function startDownload(url: string, allowedOrigins: readonly string[]): void {
  if (boot.early || boot.claimed.has(url)) return
  const controller = new AbortController()
  const early = takeEarlyExportResponse(url)
  if (early) controller.signal.addEventListener('abort', early.abort, { once: true })
  const download: EarlyDownload = {
    url,
    controller,
    last: null,
    listener: null,
    result: fetchExportBytes(url, {
      allowedOrigins,
      signal: controller.signal,
      ...(early && { early: early.response }),
      onProgress: (p) => {
        download.last = p
        download.listener?.(p)
      },
    }),
    timer: setTimeout(() => dropUnclaimed(download), UNCLAIMED_MS),
  }
  // Failures are the taker's to handle; unclaimed, they must not be reported as unhandled.
  download.result.catch(() => undefined)
  boot.early = download
}

/**
 * The early download of `url`, taken over by the page's load: its progress goes to
 * `onProgress` from now on (the latest step first). Null when there is none; the caller then
 * fetches itself, and no early download of `url` starts after that.
 *
 * When `signal` aborts before the download's result has been handed over, the taker gets the
 * abort and the download is left for the next taker: react-query aborts a load whose page
 * unmounts and loads again when it mounts (as React's StrictMode does at once in
 * development), and that second load must not download the export a second time.
 */
export function takeEarlyExport(
  url: string,
  options: { signal?: AbortSignal; onProgress?: OnLoadProgress },
): Promise<FetchedBytes> | null {
  const download = boot.early
  const { signal, onProgress } = options
  if (!download || download.url !== url || signal?.aborted) {
    boot.claimed.add(url)
    return null
  }
  boot.early = null
  clearTimeout(download.timer)
  if (onProgress) {
    if (download.last) onProgress(download.last)
    download.listener = onProgress
  }
  return new Promise<FetchedBytes>((resolve, reject) => {
    let handedOver = false
    const onAbort = () => {
      if (handedOver) return
      handedOver = true
      download.listener = null
      if (!boot.early) {
        boot.early = download
        download.timer = setTimeout(() => dropUnclaimed(download), UNCLAIMED_MS)
      }
      reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const settle = (then: () => void) => {
      signal?.removeEventListener('abort', onAbort)
      if (handedOver) return
      handedOver = true
      then()
    }
    download.result.then(
      (fetched) => settle(() => resolve(fetched)),
      (error: unknown) => settle(() => reject(error)),
    )
  })
}

function dropUnclaimed(download: EarlyDownload): void {
  if (boot.early !== download) return
  boot.early = null
  download.controller.abort()
}

/** Forgets any early download (tests). */
export function resetEarlyExport(): void {
  if (boot.early) {
    clearTimeout(boot.early.timer)
    boot.early.controller.abort()
  }
  boot.early = null
  boot.claimed.clear()
}
