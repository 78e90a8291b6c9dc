// The first-load budget, checked on the build under test: the start page may load at most
// 60 KB of gzipped JavaScript, on the very first visit (which makes the database and stores the
// example) and on every visit after it. Anything bigger (the report's jsPDF, the curve's
// Chart.js, the steps, the other languages, Dexie before the page writes) must load when it is
// used. The timing budgets are printed by bench/ instead: on a shared two-core machine they
// would flake.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from './fixtures';

const BUDGET_KB = 60;

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

const EXAMPLE = 'An employee orders a new laptop';

/** Opens the start page in `page` and checks its scripts against the budget; `visit` names it. */
async function withinBudget(page: Page, visit: string) {
	const scripts = await scriptsFor(page, '/');
	await expect(page.getByRole('link', { name: EXAMPLE, exact: true })).toBeVisible();
	const total = scripts.reduce((sum, [, size]) => sum + size, 0) / 1024;
	const list = [...scripts]
		.sort((a, b) => b[1] - a[1])
		.map(([name, size]) => `${(size / 1024).toFixed(1).padStart(6)} KB  ${name}`)
		.join('\n');
	console.log(`${visit}: ${total.toFixed(1)} KB gzip in ${scripts.length} scripts`);
	expect(total, `${visit}, scripts biggest first:\n${list}`).toBeLessThanOrEqual(BUDGET_KB);
}

test(`the start page loads at most ${BUDGET_KB} KB of JavaScript (gzip), the first visit too`, async ({
	page
}) => {
	// A fresh browser profile: no database yet, so this visit makes it and stores the example.
	await withinBudget(page, 'first visit');
	const fresh = await page.context().newPage();
	await withinBudget(fresh, 'start page');
	// Nothing loaded twice: the example was stored once.
	await fresh.reload();
	await expect(fresh.getByRole('link', { name: EXAMPLE, exact: true })).toHaveCount(1);
});
