/**
 * The page runs under a content security policy without 'unsafe-eval'. zod's compiled fast
 * path for objects first probes whether eval works, and the browser reports that probe as a
 * CSP violation (a DevTools issue, points off in Lighthouse). zod takes its global config
 * from this object when it first loads, so it is set before any chunk with zod runs; the
 * validation worker has no such policy and keeps the fast path. The browser tests fail on
 * any CSP issue (tests/e2e/fixtures.ts), so a zod that stops reading it is noticed.
 */
const shared = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
shared.__zod_globalConfig = { ...shared.__zod_globalConfig, jitless: true }
