/**
 * JSON's structural characters as code units. They are ASCII, so the same numbers serve a
 * scan over UTF-16 text (charCodeAt) and over UTF-8 bytes.
 */
export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const COMMA = 0x2c
export const COLON = 0x3a
export const OPEN_ARRAY = 0x5b
export const CLOSE_ARRAY = 0x5d
export const OPEN_OBJECT = 0x7b
export const CLOSE_OBJECT = 0x7d

/** JSON's white space: space, line feed, carriage return, tab. */
export const isJsonSpace = (c: number): boolean =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
