// Prints what keeping two tabs of one workshop in step costs, on a big map (300 touchpoints by
// default): how long an edit typed in one tab takes to show in the other, and the longest
// main-thread task in each tab while someone types (each save is read back by both tabs' live
// query and merged).
// Run: npm run build && node bench/tabs.js   (COUNT=500 node bench/tabs.js for another size)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { seedTouchpoints } from './seed.js';

const PORT = Number(process.env.BENCH_PORT ?? 4397);
const COUNT = Number(process.env.COUNT ?? 300);
const EDITS = 20;

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

function watchLongTasks() {
	window.__longest = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
	}).observe({ type: 'longtask' });
}

const pct = (xs, p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const base = `http://localhost:${PORT}`;
	const typing = await context.newPage();
	await typing.goto(base + '/');
	await typing
		.getByRole('link', { name: 'An employee orders a new laptop', exact: true })
		.waitFor();
	const id = await typing.evaluate(seedTouchpoints, COUNT);
	const watching = await context.newPage();
	for (const page of [typing, watching]) {
		await page.addInitScript(watchLongTasks);
		await page.goto(`${base}/w/${id}`);
		await page.getByLabel('Business goal').waitFor();
	}
	const goal = (page) => page.getByLabel('Business goal');
	const lags = [];
	for (let i = 0; i < EDITS; i++) {
		const text = `Edit ${i}: fewer calls to the service desk`;
		const t0 = Date.now();
		await goal(typing).fill(text);
		await watching.waitForFunction(
			(want) =>
				document.querySelector('textarea, input[type="text"]') &&
				[...document.querySelectorAll('textarea, input')].some((el) => el.value === want),
			text,
			{ polling: 10 }
		);
		lags.push(Date.now() - t0);
	}
	await goal(typing).fill('');
	await watching.waitForTimeout(600);
	for (const page of [typing, watching]) await page.evaluate(() => (window.__longest = 0));
	await goal(typing).pressSequentially('Typed key by key while the other tab watches, æøå äö', {
		delay: 40
	});
	await watching.waitForTimeout(600);
	const longest = await Promise.all(
		[typing, watching].map((p) => p.evaluate(() => window.__longest))
	);
	console.log(`${COUNT} touchpoints, two tabs of one workshop:`);
	console.log(
		`  edit in one tab → shown in the other (${EDITS} edits, 250 ms of it is the autosave wait): ` +
			`median ${pct(lags, 0.5)} ms, p95 ${pct(lags, 0.95)} ms`
	);
	console.log(
		`  longest task while typing: typing tab ${Math.round(longest[0])} ms, other tab ${Math.round(longest[1])} ms`
	);
} finally {
	await browser.close();
	server.kill();
}
