// Prints how long steps 7 (the touchpoint timeline) and 8 (scores and the emotion curve) take to
// render in Chromium for a map of 300 touchpoints, from the click in the step list:
// - to the first screen: the step's title, the first touchpoints down to the bottom of the
//   window (or all of them), and for step 8 the curve painted on its canvas. This is what the
//   facilitator sees, and what the budget is about.
// - to every touchpoint in the page (the last one can be scrolled to, found with Ctrl+F). Long
//   lists are built a screenful first and the rest just after (components/ui/progressive), so
//   this comes later than the first screen.
// Run: npm run build && node bench/big-map.js   (COUNT=500 node bench/big-map.js for another size)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { openBigMap } from './seed.js';

const PORT = Number(process.env.BENCH_PORT ?? 4395);
const COUNT = Number(process.env.COUNT ?? 300);
const RUNS = 3;

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** Clicks a step in the step list; resolves with the times (ms) until its first screen is on
 *  screen and until the last touchpoint is in the page. */
function timeStep({ index, count, withCanvas }) {
	return new Promise((resolve) => {
		const title = () => document.querySelector('h1')?.textContent;
		const before = title();
		const painted = () => {
			const canvas = document.querySelector('canvas');
			if (!canvas || !canvas.width) return false;
			const ctx = canvas.getContext('2d');
			const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
			for (let i = 3; i < data.length; i += 4 * 97) if (data[i] !== 0) return true;
			return false;
		};
		// The touchpoints are list items (cards in step 7, score rows in step 8).
		const items = document.getElementsByTagName('li');
		const body = () => document.querySelector('.step-body');
		const all = () => items.length >= count && body()?.textContent.includes(`Touchpoint ${count}`);
		const firstScreen = () => {
			if (title() === before || !body()?.textContent.includes('Touchpoint 1')) return false;
			if (withCanvas && !painted()) return false;
			const shown = body().getElementsByTagName('li');
			const last = shown[shown.length - 1];
			return all() || (last && last.getBoundingClientRect().top >= innerHeight);
		};
		const t0 = performance.now();
		let first = 0;
		document.querySelectorAll('.step-list button')[index].click();
		const check = () => {
			if (!first && firstScreen()) first = performance.now() - t0;
			if (first && all()) resolve({ first, all: performance.now() - t0 });
			else requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	});
}

try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const base = `http://localhost:${PORT}`;
	await openBigMap(page, base, COUNT);
	// Once the app has installed itself for offline use (see keys.js), as a room would use it.
	await page.evaluate(() =>
		Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 10_000))])
	);

	const results = { 7: [], 8: [] };
	for (let run = 0; run < RUNS; run++) {
		await page.locator('.step-list button').first().click(); // back to step 1 between runs
		await page.getByLabel('Business goal').waitFor();
		results[7].push(await page.evaluate(timeStep, { index: 6, count: COUNT, withCanvas: false }));
		results[8].push(await page.evaluate(timeStep, { index: 7, count: COUNT, withCanvas: true }));
	}
	const fmt = (xs, key) => xs.map((x) => `${Math.round(x[key])} ms`).join(', ');
	console.log(`${COUNT} touchpoints, click → (${RUNS} runs; the first loads the code):`);
	console.log(`  step 7, timeline, first screen:          ${fmt(results[7], 'first')}`);
	console.log(`  step 8, scores and curve, first screen:  ${fmt(results[8], 'first')}`);
	console.log(`  step 7, every touchpoint in the page:    ${fmt(results[7], 'all')}`);
	console.log(`  step 8, every touchpoint in the page:    ${fmt(results[8], 'all')}`);
} finally {
	await browser.close();
	server.kill();
}
