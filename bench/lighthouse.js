// Prints Lighthouse scores (12.8, the newest that runs on Node 20) for the start page and the
// wizard of the example workshop, desktop and mobile, in Debian's Chromium on the built app.
// Mobile is Lighthouse's simulated mid-range phone on a slow 4G line; desktop its desktop preset.
// Each line also names the audits that keep a score down.
// Run: npm run build && node bench/lighthouse.js
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const PORT = Number(process.env.BENCH_PORT ?? 4402);
const base = `http://localhost:${PORT}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
await new Promise((ok) => server.stdout.once('data', ok));
const chrome = await chromeLauncher.launch({
	chromePath: CHROMIUM_PATH,
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});

/** A first visit in Lighthouse's own browser stores the example; its link leads to the wizard. */
async function wizardPath() {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
	try {
		const page = await browser.contexts()[0].newPage();
		await page.goto(base + '/');
		const link = page.getByRole('link', { name: 'An employee orders a new laptop', exact: true });
		const href = await link.getAttribute('href');
		await page.close();
		return href;
	} finally {
		await browser.close();
	}
}

async function audit(name, path, keepStorage) {
	for (const [form, config] of [
		['desktop', desktopConfig],
		['mobile', undefined]
	]) {
		const flags = {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES,
			disableStorageReset: keepStorage
		};
		const { lhr } = await lighthouse(base + path, flags, config);
		const scores = CATEGORIES.map((c) => Math.round(lhr.categories[c].score * 100));
		const shown = (id) => lhr.audits[id].displayValue;
		console.log(
			`  ${name}, ${form}: ${scores.join(' / ')}  (LCP ${shown('largest-contentful-paint')}, ` +
				`TBT ${shown('total-blocking-time')}, CLS ${shown('cumulative-layout-shift')})`
		);
		const below = Object.values(lhr.audits).filter(
			(a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative'
		);
		if (below.length) console.log(`    below 90: ${below.map((a) => a.id).join(', ')}`);
	}
}

try {
	console.log('Lighthouse 12.8 (performance / accessibility / best practices / SEO):');
	// A first visit: nothing cached, nothing stored.
	await audit('start page, first visit', '/', false);
	// The wizard needs a stored workshop, so it is a returning visit: the example stored and the
	// app in the service worker's cache, as on the day of the workshop.
	await audit('wizard, the example workshop', await wizardPath(), true);
} finally {
	await chrome.kill();
	server.kill();
}
