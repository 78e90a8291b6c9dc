// Prints how the wizard answers the facilitator's hands on a 150-touchpoint workshop (COUNT to
// change it), in Chromium on the built app:
// - key press → the next step painted (→ through all eleven places and ← back, p50 / p95 / max);
// - typing: each save's IndexedDB transaction, from start to committed (p50 / p95), and the
//   longest main-thread task while typing at a brisk 30 ms a key (ten bursts, ten saves).
// Measured once the app has installed itself for offline use, as a room would use it.
// Run: npm run build && node bench/keys.js
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { seedTouchpoints } from './seed.js';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const COUNT = Number(process.env.COUNT ?? 150);
const ROUNDS = 2;

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** In the page: times every read-write transaction and notes long tasks. */
function instrument() {
	window.__saves = [];
	window.__longest = 0;
	const open = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (...args) {
		const tx = open.apply(this, args);
		if (args[1] === 'readwrite') {
			const t0 = performance.now();
			tx.addEventListener('complete', () => window.__saves.push(performance.now() - t0));
		}
		return tx;
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
	}).observe({ type: 'longtask' });
}

/** In the page: presses `key` and resolves with the time until the new step's title is painted. */
function stepTime(key) {
	return new Promise((resolve) => {
		const before = document.querySelector('h1')?.textContent;
		const t0 = performance.now();
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
		const check = () => {
			const now = document.querySelector('h1')?.textContent;
			if (now && now !== before && document.querySelector('.step-body > *'))
				// The frame after the change is the one the room sees.
				requestAnimationFrame(() => resolve(performance.now() - t0));
			else requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	});
}

const pct = (xs, p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const ms = (x) => `${Math.round(x)} ms`;

try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	const base = `http://localhost:${PORT}`;
	await page.goto(base + '/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).waitFor();
	const id = await page.evaluate(seedTouchpoints, COUNT);
	await page.addInitScript(instrument);
	await page.goto(`${base}/w/${id}`);
	await page.getByLabel('Business goal').waitFor();
	// On its first visit the app installs itself for offline use: the service worker fetches and
	// stores every file, for a second or so on a two-core machine. A room presses these keys long
	// after that; measured during it, the first steps' figures were the install's, not the keys'.
	await page.evaluate(() =>
		Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 10_000))])
	);

	const steps = [];
	for (let round = 0; round < ROUNDS; round++) {
		for (let i = 0; i < 10; i++) steps.push(await page.evaluate(stepTime, 'ArrowRight'));
		for (let i = 0; i < 10; i++) steps.push(await page.evaluate(stepTime, 'ArrowLeft'));
	}

	await page.evaluate(() => {
		window.__saves = [];
		window.__longest = 0;
	});
	const goal = page.getByLabel('Business goal');
	await goal.fill('');
	// Ten bursts, each a pause the autosave fills with one save.
	for (let burst = 0; burst < 10; burst++) {
		await goal.pressSequentially(` fewer calls ${burst}`, { delay: 30 });
		await page.waitForTimeout(400);
	}
	const { saves, longest } = await page.evaluate(() => ({
		saves: window.__saves,
		longest: window.__longest
	}));

	console.log(`${COUNT} touchpoints:`);
	console.log(
		`  key → step painted (${steps.length} presses): p50 ${ms(pct(steps, 0.5))}, p95 ${ms(pct(steps, 0.95))}, max ${ms(Math.max(...steps))}`
	);
	console.log(
		`  save transaction while typing (${saves.length} saves): p50 ${ms(pct(saves, 0.5))}, p95 ${ms(pct(saves, 0.95))}`
	);
	console.log(`  longest task while typing: ${longest ? ms(longest) : 'none over 50 ms'}`);
} finally {
	await browser.close();
	server.kill();
}
