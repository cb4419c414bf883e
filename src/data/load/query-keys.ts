import type { DataUrlResolution } from '../config/data-url-policy.ts'

/**
 * The react-query keys of the app, from one place, so that invalidating a query never depends
 * on retyping its key.
 */
export const queryKeys = {
  runtimeConfig: () => ['runtime-config'] as const,
  /**
   * The export a page shows: `dataParam` null means "the chosen file, else the configured
   * address". The UI language is not part of the key: switching it neither fetches nor
   * validates again (the report's translation warnings are added per language on the page).
   */
  export: (dataParam: string | null, resolution: DataUrlResolution | null) =>
    ['export', dataParam, resolution] as const,
  /** Every load of the default source (no `?data=`), whatever its resolution. */
  defaultExport: () => ['export', null] as const,
  /** The baseline export of a comparison (`?compare=`), by its checked address. */
  baseline: (url: string | null) => ['baseline', url] as const,
  /** The list of exports kept in this browser's history. */
  history: () => ['export-history'] as const,
}
