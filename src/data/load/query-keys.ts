import type { ContentLanguage } from '../../domain/format/languages.ts'

/**
 * Every react-query key of the app, from one place, so that invalidating or prefetching a
 * query never depends on retyping its key.
 */
export const queryKeys = {
  runtimeConfig: () => ['runtime-config'] as const,
  /** The language is part of the key: the report's translation warnings depend on it. */
  export: (url: string, language: ContentLanguage) => ['export', url, language] as const,
}
