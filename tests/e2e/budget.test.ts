// The first-load budget, checked on the build under test: the start page may load at most
// 70 KB of gzipped JavaScript. Anything bigger (the report's jsPDF, the curve's Chart.js, the
// steps, the other languages, Dexie before the page writes) must load when it is used. The
// timing budgets are printed by bench/ instead: on a shared two-core machine they would flake.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from './fixtures';

const BUDGET_KB = 70;

/** Every script the page loads for `path`, with its gzip size, the browser cache off. */
async function scriptsFor(page: Page, path: string) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const pending: Promise<[string, number]>[] = [];
	page.on('response', (response) => {
		if (!response.url().endsWith('.js')) return;
		const name = response.url().replace(/.*\/_app\//, '');
		pending.push(response.body().then((body) => [name, gzipSync(body).length]));
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	return Promise.all(pending);
}

test(`the start page loads at most ${BUDGET_KB} KB of JavaScript (gzip)`, async ({ page }) => {
	// The first visit makes the database and stores the example; the budget is for every visit
	// after it, when the list is there to read.
	await page.goto('/');
	await expect(
		page.getByRole('link', { name: 'An employee orders a new laptop', exact: true })
	).toBeVisible();

	const fresh = await page.context().newPage();
	const scripts = await scriptsFor(fresh, '/');
	await expect(
		fresh.getByRole('link', { name: 'An employee orders a new laptop', exact: true })
	).toBeVisible();
	const total = scripts.reduce((sum, [, size]) => sum + size, 0) / 1024;
	const list = scripts
		.sort((a, b) => b[1] - a[1])
		.map(([name, size]) => `${(size / 1024).toFixed(1).padStart(6)} KB  ${name}`)
		.join('\n');
	console.log(`start page: ${total.toFixed(1)} KB gzip in ${scripts.length} scripts`);
	expect(total, `the start page's scripts, biggest first:\n${list}`).toBeLessThanOrEqual(BUDGET_KB);
});
