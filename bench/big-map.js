// Prints how long steps 7 (the touchpoint timeline) and 8 (scores and the emotion curve) take to
// render in Chromium for a map of 300 touchpoints: from the click in the step list to the last
// touchpoint on screen (and, for step 8, the curve painted on its canvas).
// Run: npm run build && node bench/big-map.js   (COUNT=500 node bench/big-map.js for another size)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { seedTouchpoints } from './seed.js';

const PORT = Number(process.env.BENCH_PORT ?? 4395);
const COUNT = Number(process.env.COUNT ?? 300);
const RUNS = 3;

const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(PORT) } });
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** Clicks a step in the step list and waits for the last touchpoint (and a painted canvas). */
function timeStep({ index, last, withCanvas }) {
	return new Promise((resolve) => {
		const painted = () => {
			const canvas = document.querySelector('canvas');
			if (!canvas || !canvas.width) return false;
			const ctx = canvas.getContext('2d');
			const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
			for (let i = 3; i < data.length; i += 4 * 97) if (data[i] !== 0) return true;
			return false;
		};
		const done = () =>
			document.body.textContent.includes(last) &&
			document.querySelector('h1')?.textContent &&
			(!withCanvas || painted());
		const t0 = performance.now();
		document.querySelectorAll('.step-list button')[index].click();
		const check = () => (done() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
		requestAnimationFrame(check);
	});
}

try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const base = `http://localhost:${PORT}`;
	await page.goto(base + '/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).waitFor();
	const id = await page.evaluate(seedTouchpoints, COUNT);
	await page.goto(`${base}/w/${id}`);
	await page.locator('.step-list button').first().waitFor();

	const last = `Touchpoint ${COUNT}`;
	const results = { 7: [], 8: [] };
	for (let run = 0; run < RUNS; run++) {
		await page.evaluate(timeStep, { index: 0, last: '', withCanvas: false }); // back to step 1 between runs
		results[7].push(await page.evaluate(timeStep, { index: 6, last, withCanvas: false }));
		results[8].push(await page.evaluate(timeStep, { index: 7, last, withCanvas: true }));
	}
	const fmt = (xs) => xs.map((x) => `${Math.round(x)} ms`).join(', ');
	console.log(`${COUNT} touchpoints, click → rendered (${RUNS} runs; the first loads the code):`);
	console.log(`  step 7, timeline:          ${fmt(results[7])}`);
	console.log(`  step 8, scores and curve:  ${fmt(results[8])}`);
} finally {
	await browser.close();
	server.kill();
}
