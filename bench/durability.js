// Prints how many typed characters are lost when the page is closed 0–50 ms after the last key
// press, over 100 trials (the browser test runs 30): type into a field, close the tab, open the
// workshop in a fresh tab and compare. The answer must be 0.
// Run: npm run build && node bench/durability.js   (TRIALS=200 node bench/durability.js)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const TRIALS = Number(process.env.TRIALS ?? 100);

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
	const context = await browser.newContext();
	const first = await context.newPage();
	await first.goto(`http://localhost:${PORT}/`);
	await first.getByRole('button', { name: 'New workshop' }).click();
	await first.getByLabel('Journey name').fill('Durability');
	const url = first.url();
	await first.close({ runBeforeUnload: true });
	let lost = 0;
	let failedTrials = 0;
	const started = Date.now();
	for (let i = 0; i < TRIALS; i++) {
		const text = `Trial ${i}: fewer calls to the desk, æøå äö`;
		const page = await context.newPage();
		await page.goto(url);
		const goal = page.getByLabel('Business goal');
		await goal.fill('');
		await goal.pressSequentially(text, { delay: 5 });
		await page.waitForTimeout((i * 7) % 51);
		await page.close({ runBeforeUnload: true });
		const check = await context.newPage();
		await check.goto(url);
		const found = await check.getByLabel('Business goal').inputValue();
		await check.close();
		if (process.env.VERBOSE) console.log(i, (i * 7) % 51, JSON.stringify(found));
		if (found !== text) {
			failedTrials++;
			lost += text.length - commonPrefix(text, found);
		}
	}
	console.log(`close 0–50 ms after typing, ${TRIALS} trials (${Date.now() - started} ms):`);
	console.log(`  characters lost: ${lost} (trials with a loss: ${failedTrials})`);
} finally {
	await browser.close();
	server.kill();
}

function commonPrefix(a, b) {
	let n = 0;
	while (n < a.length && a[n] === b[n]) n++;
	return n;
}
