// Prints how long an undo takes on a big map, from the key press to the screen painted with the
// change: a touchpoint deleted on step 7 (Delete on its card), then Ctrl+Z, until the card is
// back on the timeline and a frame has been painted after it. Also a score undone on step 8.
// Budget: p95 ≤ 50 ms for the delete, 300 touchpoints.
// Run: npm run build && node bench/undo.js   (COUNT=500 RUNS=40 for other sizes)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { openBigMap } from './seed.js';

const PORT = Number(process.env.BENCH_PORT ?? 4396);
const COUNT = Number(process.env.COUNT ?? 300);
const RUNS = Number(process.env.RUNS ?? 30);

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ROOM_DATA: '/tmp/bench-undo-rooms' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** In the page, before the key press: waits for the next key down, then for `check` to hold
 *  and a frame painted after it; the time lands in `window.__undoMs`. */
function armTimer({ selector, checked, gone }) {
	window.__undoMs = undefined;
	const done = () => {
		const found = document.querySelector(selector);
		if (gone) return !found;
		if (checked === undefined) return !!found;
		const radios = [...document.querySelectorAll(`${selector} input[type=radio]`)];
		return radios.findIndex((x) => x.checked) === checked;
	};
	addEventListener(
		'keydown',
		() => {
			const t0 = performance.now();
			const check = () => {
				if (!done()) return requestAnimationFrame(check);
				// The change is in the page: the next frame is the one that shows it.
				requestAnimationFrame(() => setTimeout(() => (window.__undoMs = performance.now() - t0)));
			};
			requestAnimationFrame(check);
		},
		{ once: true, capture: true }
	);
}

async function timeKey(page, key, target) {
	await page.evaluate(armTimer, target);
	await page.keyboard.press(key);
	await page.waitForFunction(() => window.__undoMs !== undefined, null, { timeout: 10_000 });
	return page.evaluate(() => window.__undoMs);
}

const stats = (xs) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
};

try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const base = `http://localhost:${PORT}`;
	await openBigMap(page, base, COUNT);
	await page.getByRole('button', { name: /Touchpoints/ }).click();
	const cards = page.locator('.timeline [data-tp]');
	await page.waitForFunction(
		(n) => document.querySelectorAll('.timeline [data-tp]').length >= n,
		COUNT
	);

	const deletes = [];
	const deleteUndo = [];
	for (let run = 0; run < RUNS; run++) {
		const card = cards.nth(10 + run * 7);
		const tp = await card.getAttribute('data-tp');
		await card.getByRole('button').first().focus();
		// The delete itself, for comparison: the same change the other way.
		deletes.push(await timeKey(page, 'Delete', { selector: `[data-tp="${tp}"]`, gone: true }));
		// Its save goes first, as in a room where a moment passes before "no, put it back".
		await page.waitForTimeout(400);
		await page.locator('#step-title').focus();
		deleteUndo.push(await timeKey(page, 'Control+z', { selector: `[data-tp="${tp}"]` }));
		await page.waitForTimeout(400);
	}

	await page
		.getByRole('button', { name: /Emotions/ })
		.first()
		.click();
	await page.waitForFunction((n) => document.querySelectorAll('[data-row]').length >= n, COUNT);
	const scoreUndo = [];
	for (let run = 0; run < RUNS; run++) {
		const row = page.locator('[data-row]').nth(run * 9);
		const radios = row.getByRole('radio');
		const before = await radios.evaluateAll((r) => r.findIndex((x) => x.checked));
		const pick = before === 0 ? 4 : 0;
		await radios.nth(pick).check();
		await page.locator('#step-title').focus();
		const rowId = await row.getAttribute('data-row');
		await page.waitForTimeout(400);
		scoreUndo.push(
			await timeKey(page, 'Control+z', { selector: `[data-row="${rowId}"]`, checked: before })
		);
		await page.waitForTimeout(400);
	}
	console.log(`${COUNT} touchpoints, Ctrl+Z → painted (${RUNS} runs each):`);
	console.log(
		`  step 7, a deleted touchpoint back on the timeline: ${stats(deleteUndo)}  (budget p95 ≤ 50 ms)`
	);
	console.log(`  step 7, the delete itself (Delete → card gone):     ${stats(deletes)}`);
	console.log(`  step 8, a score back as it was:                    ${stats(scoreUndo)}`);
} finally {
	await browser.close();
	server.kill();
}
