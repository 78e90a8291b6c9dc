// The report screen in Chromium with the example workshop: the PDF is made in a worker while the
// page stays free, previewed, downloaded and read back with pdftotext and pdfinfo (every section,
// typed words, A4 pages, landscape for the map); the fonts stay in the Cache API for a later
// report; and the wall map comes out on A3 landscape pages.
import { expect, testWithoutServiceWorker as test, type Page, type Worker } from './fixtures';
import { execFileSync } from 'node:child_process';

/** Points, as pdfinfo prints them. */
const A4 = '595.28 x 841.89';
const A4_LANDSCAPE = '841.89 x 595.28';
const A3_LANDSCAPE = '1190.55 x 841.89';
/** A main-thread task this long is a stutter a typist notices. */
const LONG_TASK_MS = 100;

const SECTIONS = [
	'Contents',
	'Journey scope',
	'Stakeholders',
	'Desired experience',
	'Personas',
	'Interview summary',
	'The journey map',
	'The emotion curve',
	'Opportunities, ranked',
	'Action plan',
	'Keep improving'
];

/** Words the example's room "typed", short enough not to wrap in a table cell. */
const TYPED = [
	'An employee orders a new laptop',
	'Claire Morgan',
	'Priya Shah',
	'Emma Carter',
	'Ravi Patel',
	'Intranet page about IT equipment',
	'First login at the desk',
	'Case-closed e-mail'
];

function pageSizes(path: string): string[] {
	const info = execFileSync('/usr/bin/pdfinfo', ['-f', '1', '-l', '9999', path], {
		encoding: 'utf8'
	});
	return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]!);
}

function pdfText(path: string): string {
	return execFileSync('/usr/bin/pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Main-thread long tasks, collected from the first script on. */
async function watchLongTasks(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { longTasks: number[] };
		w.longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	});
}
const takeLongTasks = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { longTasks: number[] };
		return w.longTasks.splice(0);
	});

/** Font files a thread fetched from the network (a Cache API hit leaves no entry). */
function fontFetches(thread: Page | Worker): Promise<string[]> {
	const fonts = () =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((name) => name.endsWith('.ttf'));
	return 'mainFrame' in thread ? thread.evaluate(fonts) : thread.evaluate(fonts);
}

async function openReportStep(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).click();
	await page.getByRole('button', { name: /The report/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'The report' })).toBeVisible();
}

test('the report is made in a worker, previewed, and downloaded as an A4 PDF with every section', async ({
	page
}) => {
	const workers: Worker[] = [];
	page.on('worker', (worker) => workers.push(worker));
	await watchLongTasks(page);
	await openReportStep(page);
	expect(workers).toHaveLength(0); // started on first use, not with the page
	await takeLongTasks(page);

	const make = page.getByRole('button', { name: 'Make the report' });
	await make.click();
	await expect(make).toHaveAttribute('aria-busy', 'true');
	await expect(page.getByRole('progressbar', { name: 'Making the report…' })).toBeVisible();
	const preview = page.getByTitle('Preview of the PDF report');
	await expect(preview).toBeVisible({ timeout: 30_000 });
	expect(await preview.getAttribute('src')).toMatch(/^blob:http:\/\/localhost:\d+\//);
	await expect(page.getByText('The report is ready')).toBeVisible();
	const download = page.getByRole('button', { name: 'Download the PDF report' });
	await expect(download).toBeFocused();

	// The drawing happened in the worker: it fetched the fonts, the page did not.
	expect(workers.map((w) => w.url())).toEqual([
		expect.stringMatching(/\/_app\/immutable\/workers\/worker-.*\.js$/)
	]);
	expect(await fontFetches(workers[0]!)).toHaveLength(2);
	expect(await fontFetches(page)).toHaveLength(0);
	const longTasks = await takeLongTasks(page);
	console.log(`main-thread long tasks while the report was made: ${JSON.stringify(longTasks)}`);
	expect(Math.max(0, ...longTasks)).toBeLessThan(LONG_TASK_MS);

	const saved = page.waitForEvent('download');
	await download.click();
	const file = await saved;
	expect(file.suggestedFilename()).toMatch(
		/^An-employee-orders-a-new-laptop-\d{4}-\d{2}-\d{2}\.pdf$/
	);
	await expect(
		page.getByText(`Your report “${file.suggestedFilename()}” is downloading.`)
	).toBeVisible();
	const path = await file.path();

	const text = pdfText(path);
	for (const heading of SECTIONS) expect(text, heading).toContain(heading);
	for (const typed of TYPED) expect(text, typed).toContain(typed);

	const sizes = pageSizes(path);
	expect(sizes.length).toBeGreaterThan(5);
	expect(sizes[0]).toBe(A4);
	expect(sizes).toContain(A4_LANDSCAPE); // the journey map and the curve
	for (const size of sizes) expect([A4, A4_LANDSCAPE]).toContain(size);
});

test('the fonts are kept for offline use, and a report can be made again without network', async ({
	page,
	context
}) => {
	await openReportStep(page);
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByTitle('Preview of the PDF report')).toBeVisible({ timeout: 30_000 });
	const kept = await page.evaluate(async () => {
		const cache = await caches.open('journey-workshop-fonts-v1');
		return Promise.all(
			(await cache.keys()).map(
				async (r) => (await (await cache.match(r))!.arrayBuffer()).byteLength
			)
		);
	});
	expect(kept).toHaveLength(2);
	for (const bytes of kept) expect(bytes).toBeGreaterThan(500_000);

	// A fresh page has a fresh worker: it takes the fonts from the cache, not the network.
	const workers: Worker[] = [];
	page.on('worker', (worker) => workers.push(worker));
	await page.reload();
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByTitle('Preview of the PDF report')).toBeVisible({ timeout: 30_000 });
	expect(workers).toHaveLength(1);
	expect(await fontFetches(workers[0]!)).toEqual([]);

	// Offline, the report is made again in another language.
	await context.setOffline(true);
	const first = await page.getByTitle('Preview of the PDF report').getAttribute('src');
	await page.getByLabel('Report language').selectOption('da');
	await expect(page.getByText('The report language has changed', { exact: false })).toBeVisible();
	await page.getByRole('button', { name: 'Make it again' }).click();
	await expect(page.getByTitle('Preview of the PDF report')).not.toHaveAttribute('src', first!, {
		timeout: 30_000
	});
	const saved = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the PDF report' }).click();
	const text = pdfText(await (await saved).path());
	expect(text).toContain('Kunderejsekortet');
	await context.setOffline(false);
});

test('when the worker script cannot load, the report is made on the page instead', async ({
	page
}) => {
	await page.route('**/_app/immutable/workers/worker-*.js', (route) =>
		route.fulfill({ status: 404, body: 'gone' })
	);
	await openReportStep(page);
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByTitle('Preview of the PDF report')).toBeVisible({ timeout: 30_000 });
	expect(await fontFetches(page)).toHaveLength(2); // this time the page itself drew the PDF
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the wall map downloads as A3 landscape pages', async ({ page }) => {
	await openReportStep(page);
	const saved = page.waitForEvent('download', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Download the wall map (A3)' }).click();
	const file = await saved;
	await expect(
		page.getByText(`Your wall map “${file.suggestedFilename()}” is downloading.`)
	).toBeVisible();
	const path = await file.path();
	const sizes = pageSizes(path);
	expect(sizes.length).toBeGreaterThan(0);
	for (const size of sizes) expect(size).toBe(A3_LANDSCAPE);
	const text = pdfText(path);
	expect(text).toContain('An employee orders a new laptop');
	expect(text).toContain('First login at the desk');
});
