// Prints how long an edit on the facilitator's laptop takes to show on the co-facilitator's, with
// a map of 300 touchpoints (issue 20's budget: p95 ≤ 300 ms). Two Chromium contexts (two
// laptops, each its own IndexedDB) on the app's own server on loopback, advertising
// http://room.test:PORT (mapped to 127.0.0.1), so no request leaves this machine.
// Laptop A types a new journey name, then a stakeholder's name on step 2; laptop B is timed from
// the keystroke on A to the value in its own page. Bounded: EDITS of each, 60 s at most.
// Run: npm run build && node bench/cofacilitation.js   (COUNT=… EDITS=… for other sizes)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { startRoomServer } from '../scripts/room-server.js';
import { seedTouchpoints } from './seed.js';

const COUNT = Number(process.env.COUNT ?? 300);
const EDITS = Number(process.env.EDITS ?? 20);

const { port, stop } = await startRoomServer({ origin: 'http://room.test' });
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP room.test 127.0.0.1']
});
const deadline = setTimeout(() => {
	console.error('bench/cofacilitation.js: over 60 s, stopped');
	process.exit(1);
}, 60_000);

const pct = (xs, p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

/** Laptop B's time (ms, its own clock) until the field labelled `label` holds `value`. */
function shownAt({ label, value }) {
	return new Promise((resolve) => {
		const check = () => {
			const field = [...document.querySelectorAll('input, textarea')].find(
				(el) =>
					el.labels?.[0]?.textContent?.trim() === label || el.getAttribute('aria-label') === label
			);
			if (field?.value === value) resolve(performance.timeOrigin + performance.now());
			else requestAnimationFrame(check);
		};
		check();
	});
}

try {
	const contexts = await Promise.all(
		[0, 1].map(() =>
			browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' })
		)
	);
	const [a, b] = await Promise.all(contexts.map((c) => c.newPage()));
	await a.goto(`http://localhost:${port}/`);
	await a.locator('a[href^="/w/"]').first().waitFor();
	const id = await a.evaluate(seedTouchpoints, COUNT);
	await a.goto(`http://localhost:${port}/w/${id}`);
	await a.getByRole('heading', { level: 1, name: 'One journey' }).waitFor();
	await a.getByRole('button', { name: 'Open the room' }).first().click();
	await a.getByRole('button', { name: 'Invite a co-facilitator' }).click();
	const link = await a.getByRole('textbox', { name: 'Invite a co-facilitator' }).inputValue();
	await b.goto(link);
	await b.getByRole('button', { name: 'Join the workshop' }).click();
	await b.getByRole('heading', { level: 1, name: 'One journey' }).waitFor();

	const times = { name: [], row: [] };
	for (let i = 0; i < EDITS; i++) {
		const value = `A new laptop, take ${i}`;
		const seen = b.evaluate(shownAt, { label: 'Journey name', value });
		const typed = await a.evaluate(() => performance.timeOrigin + performance.now());
		await a.getByLabel('Journey name', { exact: true }).fill(value);
		times.name.push((await seen) - typed);
	}
	// Step 2 on both: the first stakeholder's name, a row among the workshop's rows.
	for (const page of [a, b]) await page.locator('.step-list button').nth(1).click();
	for (let i = 0; i < EDITS; i++) {
		const value = `Service desk, take ${i}`;
		const seen = b.evaluate(shownAt, { label: 'Name', value });
		const typed = await a.evaluate(() => performance.timeOrigin + performance.now());
		await a.getByLabel('Name', { exact: true }).first().fill(value);
		times.row.push((await seen) - typed);
	}
	const line = (xs) =>
		`p50 ${Math.round(pct(xs, 0.5))} ms, p95 ${Math.round(pct(xs, 0.95))} ms, max ${Math.round(Math.max(...xs))} ms`;
	console.log(`co-facilitator, ${COUNT} touchpoints, ${EDITS} edits each, edit on A → shown on B:`);
	console.log(`  the journey's name (step 1):   ${line(times.name)}`);
	console.log(`  a stakeholder's name (step 2): ${line(times.row)}`);
	console.log(`  budget: p95 ≤ 300 ms`);
} finally {
	clearTimeout(deadline);
	await browser.close();
	await stop();
}
