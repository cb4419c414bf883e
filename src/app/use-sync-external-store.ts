/**
 * wouter imports `use-sync-external-store/shim`, a polyfill for React versions before 18.
 * React 19 has the hook itself; vite.config.ts points the shim here so the polyfill stays out
 * of the first download.
 */
export { useSyncExternalStore } from 'react'
