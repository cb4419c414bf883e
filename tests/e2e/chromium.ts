/**
 * How the end-to-end tests and the benchmark start Chromium: Debian's build (browser downloads
 * do not work on these machines), headless, with nothing in the background that would add
 * requests or CPU load to what is measured.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
