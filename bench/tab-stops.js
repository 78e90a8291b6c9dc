// Counts the Tab presses a keyboard user needs on a step of the example workshop: from the step's
// title through every stop until the keyboard leaves the step's body, and how many presses (Tab
// plus the step's own keys) it takes to reach the fifth opportunity on step 9.
// Run: npm run build && node bench/tab-stops.js [step number, default 9]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const STEP = Number(process.argv[2] ?? 9);
const LIMIT = 2000;

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await page.goto(`http://localhost:${PORT}/`);
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).click();
	await page
		.locator('.step-list button')
		.nth(STEP - 1)
		.click();
	await page.locator('.step-body > *').first().waitFor();
	// Every card built (long lists come a screenful first, the rest just after the paint).
	await page.waitForTimeout(1000);
	const inBody = () => page.evaluate(() => !!document.activeElement?.closest('.step-body'));
	await page.locator('h1').focus();
	let stops = 0;
	// Into the body: the stops before it (the step's header and prompts) are not counted.
	while (!(await inBody()) && stops < LIMIT) {
		await page.keyboard.press('Tab');
		stops++;
	}
	const before = stops;
	stops = 0;
	while ((await inBody()) && stops < LIMIT) {
		await page.keyboard.press('Tab');
		stops++;
	}
	console.log(`step ${STEP}: ${stops} tab stops in the step's body (${before} to reach it)`);

	// On step 9: the keys from the title to the fifth opportunity card, as a keyboard user goes:
	// Tab until a card (or a control inside one) has the focus, then ↓ while that moves from
	// card to card (the list's roving focus; before it, ↓ did nothing and Tab went on).
	const cardOfFocus = () =>
		page.evaluate(() => {
			const card = document.activeElement?.closest('[data-opportunity]');
			return card ? [...document.querySelectorAll('[data-opportunity]')].indexOf(card) : -1;
		});
	if (STEP === 9 && (await page.locator('[data-opportunity]').count()) >= 5) {
		await page.locator('h1').focus();
		let tabs = 0;
		let downs = 0;
		let at = -1;
		while (at < 4 && tabs < LIMIT) {
			const was = at;
			if (at >= 0) {
				await page.keyboard.press('ArrowDown');
				at = await cardOfFocus();
				if (at > was) {
					downs++;
					continue;
				}
			}
			await page.keyboard.press('Tab');
			tabs++;
			at = await cardOfFocus();
		}
		console.log(
			`the fifth opportunity card: ${tabs + downs} key presses (${tabs} Tab, ${downs} ↓)`
		);
	}
} finally {
	await browser.close();
	server.kill();
}
