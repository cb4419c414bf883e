/**
 * The validator's bounds: whatever a file holds, the work and the report stay bounded, and
 * nothing the validator hands on (to the page, to a printout) can be too deep or too large to
 * copy. Real exports are far inside them. The README lists them for data producers.
 */

/** The largest export read at all, in bytes: the page refuses a larger one before reading it. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024

/** Levels of nesting from the root; deeper text is not readable (json-structure.ts). */
export const MAX_DEPTH = 64

/**
 * Entries of one list or object in the frame, or in a record that is explained field by
 * field: beyond it, explaining every entry could exhaust the schema library's stack.
 */
export const MAX_ENTRIES = 10_000

/** Problems listed in a report; the rest are counted (errors are listed before warnings). */
export const MAX_PROBLEMS_LISTED = 1_000

/** Set-aside records listed in a report (with their reasons and raw data); the rest counted. */
export const MAX_SET_ASIDE_LISTED = 1_000

/** Repeated keys named one by one; a file full of them needs no more to be understood. */
export const MAX_DUPLICATE_KEYS_LISTED = 100
