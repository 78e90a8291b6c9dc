// Counts the Tab presses a keyboard user needs on a step of the example workshop: from the step's
// title through every stop until the keyboard leaves the step's body, and how many presses (Tab
// plus the step's own keys) it takes to add a vote to the fifth opportunity on step 9.
// Run: npm run build && node bench/tab-stops.js [step number, default 9]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const STEP = Number(process.argv[2] ?? 9);
const LIMIT = 2000;

const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(PORT) } });
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
	// On step 9: the first press that lands in the fifth opportunity card, counted from the title.
	let fifth = 0;
	const cardOfFocus = () =>
		page.evaluate(() => {
			const card = document.activeElement?.closest('[data-opportunity]');
			return card ? [...document.querySelectorAll('[data-opportunity]')].indexOf(card) : -1;
		});
	while ((await inBody()) && stops < LIMIT) {
		if (!fifth && (await cardOfFocus()) === 4) fifth = before + stops;
		await page.keyboard.press('Tab');
		stops++;
	}
	console.log(`step ${STEP}: ${stops} tab stops in the step's body (${before} to reach it)`);
	if (fifth) console.log(`the fifth opportunity card: ${fifth} Tab presses from the title`);
} finally {
	await browser.close();
	server.kill();
}
