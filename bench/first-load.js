// Prints what a facilitator's browser loads and waits for, measured in Debian's Chromium on the
// built app: gzip JS of the home page and of the wizard (bench/pdf.js times the report).
// Run: npm run build && node bench/first-load.js   (FILES=1 lists each script's share)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const PORT = Number(process.env.BENCH_PORT ?? 4393);
const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
// The server goes with this script however it ends (a closed pipe included), and a port already
// taken ends the run with a message rather than a silent wait.
process.on('exit', () => server.kill());
await new Promise((ok, fail) => {
	server.stdout.once('data', ok);
	server.once('exit', () => fail(new Error(`the server did not start on port ${PORT}`)));
});

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	// LOCALE=da-DK or sv-SE measures a Danish or Swedish browser (its words and its example).
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		locale: process.env.LOCALE ?? 'en-GB'
	});
	const base = `http://localhost:${PORT}`;

	/** gzip bytes of every script a fresh tab loads for one address (cache off: a cold load). */
	async function jsFor(path) {
		const tab = await context.newPage();
		const cdp = await context.newCDPSession(tab);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const sizes = [];
		const files = [];
		tab.on('response', async (r) => {
			if (!r.url().endsWith('.js')) return;
			const size = gzipSync(await r.body()).length;
			sizes.push(size);
			files.push([size, r.url().replace(/.*\/_app\//, '')]);
		});
		await tab.goto(base + path, { waitUntil: 'networkidle' });
		await tab.getByRole('heading', { level: 1 }).waitFor();
		await tab.close();
		// FILES=1 lists every script, biggest first: where the bytes go.
		if (process.env.FILES)
			for (const [size, name] of files.sort((a, b) => b[0] - a[0]))
				console.log(`  ${path.padEnd(8)} ${(size / 1024).toFixed(1).padStart(6)} KB  ${name}`);
		return sizes.reduce((a, b) => a + b, 0);
	}

	// The first visit also makes the database and stores the example (without Dexie: only the
	// example's words in one language); every later visit reads the list without them.
	const first = await jsFor('/');
	const page = await context.newPage();
	await page.goto(base + '/', { waitUntil: 'networkidle' });
	// The example, the one workshop a first visit finds, in whichever language.
	const link = page.locator('ul.workshops a').first();
	const href = await link.getAttribute('href');
	const home = await jsFor('/');
	const wizard = await jsFor(href);
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	console.log(`first-load JS, home page:    ${kb(home)} gzip (budget 60 KB)`);
	console.log(
		`first visit of the home page: ${kb(first)} gzip (budget 60 KB; makes the database and the example)`
	);
	console.log(`first-load JS, wizard:      ${kb(wizard)} gzip (opened directly)`);
} finally {
	await browser.close();
	server.kill();
}
