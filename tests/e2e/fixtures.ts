// The `test` every browser test uses: Playwright's own, plus a watch for Content-Security-Policy
// violations on every page and frame of the test's browser context. Any violation fails the
// test, with what was blocked and why: the policy (svelte.config.js) must fit what the app really
// loads, and the app must never need more. Each test's count is also written to
// test-results/csp-violations.log, so a run can report how many it saw in all.
//
// Tests run with the app's service worker, as a room does. A file whose tests change answers with
// page.route() imports `testWithoutServiceWorker` instead: Playwright cannot route a request the
// service worker answers from its cache (a worker script that "fails to load" would load anyway).
import { test as base, expect } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export { expect };
export type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

declare global {
	interface Window {
		__journeyCspViolation?: (text: string) => void;
	}
}

export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ context }, use, testInfo) => {
			const seen: string[] = [];
			await context.exposeBinding('__journeyCspViolation', (_source, text: string) => {
				seen.push(text);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
					window.__journeyCspViolation?.(
						`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${where}`
					);
				});
			});
			// The console catches what a page listener cannot: a report from a worker, or from a
			// frame that the listener was not yet in.
			context.on('console', (message) => {
				if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
			});

			await use(seen);

			mkdirSync(testInfo.project.outputDir, { recursive: true });
			appendFileSync(
				join(testInfo.project.outputDir, 'csp-violations.log'),
				`${seen.length}\t${testInfo.titlePath.join(' › ')}\n`
			);
			expect(seen, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

/** `test` with no service worker: for files that fake the network with page.route(). */
export const testWithoutServiceWorker = test.extend({ serviceWorkers: 'block' });
