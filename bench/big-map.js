// Prints how long steps 7 (the touchpoint timeline) and 8 (scores and the emotion curve) take to
// render in Chromium for a map of 300 touchpoints: from the click in the step list to the last
// touchpoint on screen (and, for step 8, the curve painted on its canvas).
// Run: npm run build && node bench/big-map.js   (COUNT=500 node bench/big-map.js for another size)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const PORT = Number(process.env.BENCH_PORT ?? 4395);
const COUNT = Number(process.env.COUNT ?? 300);
const RUNS = 3;

const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(PORT) } });
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * Puts COUNT touchpoints into the example workshop, straight into IndexedDB (as the app stores
 * them), spread over its phases with scores, a few gaps and lows. Returns the workshop's id.
 */
function seed(count) {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('journey-workshop');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const tx = db.transaction(['workshops', 'touchpoints'], 'readwrite');
			const all = tx.objectStore('workshops').getAll();
			all.onsuccess = () => {
				const workshop = all.result[0];
				const phases = workshop.plan.phases;
				const store = tx.objectStore('touchpoints');
				store.clear();
				for (let i = 0; i < count; i++) {
					store.put({
						id: `bench-${i}`,
						workshopId: workshop.id,
						order: i,
						kind: i % 17 === 5 ? 'gap' : 'touchpoint',
						title: `Touchpoint ${i + 1}`,
						phaseId: phases[Math.floor((i * phases.length) / count)].id,
						channel: ['web', 'email', 'phone', 'portal'][i % 4],
						customerAction: 'Reads the status and waits for the next step',
						ownerId: '',
						importanceCustomer: (i % 5) + 1,
						importanceBusiness: ((i + 2) % 5) + 1,
						emotion: [-2, -1, 0, 1, 2][(i * 7) % 5],
						emotionReason: 'Not sure what happens next',
						desiredEmotion: null,
						evidence: []
					});
				}
			};
			tx.oncomplete = () => resolve(all.result[0].id);
			tx.onerror = () => reject(tx.error);
		};
	});
}

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
	await page.getByRole('link', { name: 'An employee orders a new laptop' }).waitFor();
	const id = await page.evaluate(seed, COUNT);
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
