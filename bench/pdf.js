// Prints what making the PDFs costs in Debian's Chromium on the built app, for the example
// workshop and for one of 150 touchpoints: the time from the click to a file ready to download
// (the report's preview shown; the wall map handed to the download), first run (starts the
// worker, loads jsPDF and the fonts) and repeats; each file's size; and the longest task on the
// main thread meanwhile (the drawing runs in a worker, so the page should have none over 50 ms,
// the shortest a "long task" can be). Budget for 150 touchpoints: ≤ 1.5 s and ≤ 1.5 MB a file.
// Run: npm run build && node bench/pdf.js   (COUNT=300 node bench/pdf.js for another size)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { seedTouchpoints } from './seed.js';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const COUNT = Number(process.env.COUNT ?? 150);
const RUNS = 3;
const BUDGET = { ms: 1500, bytes: 1.5 * 1024 * 1024 };

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const base = `http://localhost:${PORT}`;

/** Runs in the page before its scripts: every main-thread long task, in ms. */
function watchLongTasks() {
	window.longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
	}).observe({ type: 'longtask' });
}

/**
 * Runs in the page: presses the button named `label` and resolves with the ms until `ready`
 * says the file is there — polled every frame, as a person would see it.
 */
function timeClick({ label, kind }) {
	const iframe = () => document.querySelector('iframe')?.getAttribute('src') ?? '';
	const status = () => document.querySelector('.report-status [role=status]')?.textContent ?? '';
	const before = iframe();
	let sawWork = false;
	const ready = () => {
		if (kind === 'report') return iframe() !== before;
		// The wall map: "Making…" first, then "… is downloading".
		sawWork ||= status().includes('Making');
		return sawWork && status().includes('downloading');
	};
	const button = [...document.querySelectorAll('button')].find(
		(b) => b.textContent.trim() === label
	);
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		button.click();
		const check = () => {
			if (document.querySelector('[role=alert]'))
				reject(new Error(document.querySelector('[role=alert]').textContent));
			else if (ready()) resolve(performance.now() - t0);
			else requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	});
}

/** Makes the report and the wall map RUNS times each in a fresh browser context. */
async function measure(name, seedCount) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		acceptDownloads: true
	});
	await context.addInitScript(watchLongTasks);
	const page = await context.newPage();
	await page.goto(base + '/');
	const example = page.getByRole('link', { name: 'An employee orders a new laptop', exact: true });
	await example.waitFor();
	const id = seedCount
		? await page.evaluate(seedTouchpoints, seedCount)
		: (await example.getAttribute('href')).split('/').pop();
	await page.goto(`${base}/w/${id}`);
	await page.getByRole('button', { name: /The report/ }).click();
	await page.getByRole('heading', { level: 1, name: 'The report' }).waitFor();
	if (seedCount) await page.getByText(`Touchpoints: ${seedCount} ·`).waitFor();
	// The step's heading comes before its buttons on a busy machine: wait for the one pressed first.
	await page.getByRole('button', { name: 'Make the report', exact: true }).waitFor();
	await page.evaluate(() => window.longTasks.splice(0));

	const report = { times: [], bytes: 0 };
	const wall = { times: [], bytes: 0 };
	const languages = ['en', 'da', 'sv'];
	for (let run = 0; run < RUNS; run++) {
		// A new language makes the preview out of date: "Make it again" draws a new file.
		if (run > 0) await page.getByLabel('Report language').selectOption(languages[run]);
		const label = run === 0 ? 'Make the report' : 'Make it again';
		report.times.push(await page.evaluate(timeClick, { label, kind: 'report' }));
	}
	const saved = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the PDF report' }).click();
	report.bytes = (await stat(await (await saved).path())).size;

	await page.getByLabel('Report language').selectOption('en');
	for (let run = 0; run < RUNS; run++) {
		const saved = page.waitForEvent('download');
		wall.times.push(
			await page.evaluate(timeClick, { label: 'Download the wall map (A3)', kind: 'wall' })
		);
		wall.bytes = (await stat(await (await saved).path())).size;
	}
	const longest = Math.max(0, ...(await page.evaluate(() => window.longTasks)));
	await context.close();
	return { name, report, wall, longest };
}

const ms = (xs) => xs.map((x) => `${Math.round(x)} ms`).join(', ');
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const within = ({ times, bytes }) => Math.max(...times) <= BUDGET.ms && bytes <= BUDGET.bytes;

try {
	const results = [
		await measure('example workshop (15 touchpoints)', 0),
		await measure(`${COUNT} touchpoints`, COUNT)
	];
	console.log(`PDFs in Chromium, click → file ready (${RUNS} runs; the first starts the worker):`);
	for (const { name, report, wall, longest } of results) {
		console.log(`  ${name}`);
		console.log(`    A4 report:     ${ms(report.times)}; ${mb(report.bytes)}`);
		console.log(`    A3 wall map:   ${ms(wall.times)}; ${mb(wall.bytes)}`);
		console.log(
			`    longest main-thread task meanwhile: ${longest ? `${Math.round(longest)} ms` : 'none over 50 ms'}`
		);
	}
	const big = results[1];
	const verdict = (file) => (within(file) ? 'within' : 'OVER');
	console.log(
		`budget for ${COUNT} touchpoints (≤ 1.5 s, ≤ 1.5 MB): report ${verdict(big.report)}, wall map ${verdict(big.wall)}`
	);
} finally {
	await browser.close();
	server.kill();
}
