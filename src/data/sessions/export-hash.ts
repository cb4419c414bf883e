import { loadLastGood, type CachedSource } from '../cache/export-cache.ts'

/** SHA-256 of the bytes as 64 lowercase hex digits, by the browser's Web Crypto. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}

/**
 * The hash of the export in use, from the bytes the cache keeps of its source. The copy is
 * written just after the export is shown, so a session created at once may find none yet; the
 * source's address is then read again (same origin or an allowed one, as when it loaded).
 * Null when neither is possible.
 */
export async function exportHash(source: CachedSource): Promise<string | null> {
  try {
    const copy = await loadLastGood(source)
    if (copy) return await sha256Hex(copy.bytes)
    if (source.kind !== 'url') return null
    const response = await fetch(source.url, { credentials: 'same-origin' })
    return response.ok ? await sha256Hex(await response.arrayBuffer()) : null
  } catch {
    return null
  }
}
