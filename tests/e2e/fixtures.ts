import { expect, test as base, type Page } from '@playwright/test'

/**
 * Playwright's test with one addition for every page a test opens: a Content-Security-Policy
 * violation (the browser reports each on the console) fails the test, so the built app's
 * policy (scripts/build/content-security-policy.ts) and the app cannot drift apart.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
        })
      context.pages().forEach(watch)
      context.on('page', watch)
      await use(violations)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
