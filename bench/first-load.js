// Prints what a facilitator's browser loads and waits for, measured in Debian's Chromium on the
// built app: gzip JS of the home page and of the wizard, and the time to make the example's
// PDF report. Run: npm run build && node bench/first-load.js
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';

const PORT = Number(process.env.BENCH_PORT ?? 4393);
const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(PORT) } });
await new Promise((ok) => server.stdout.once('data', ok));

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({
		viewport: { width: 1280, height: 720 },
		acceptDownloads: true
	});
	const seen = new Map();
	page.on('response', async (r) => {
		if (r.url().endsWith('.js') && !seen.has(r.url()))
			seen.set(r.url(), gzipSync(await r.body()).length);
	});
	const sum = () => [...seen.values()].reduce((a, b) => a + b, 0);

	await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'networkidle' });
	const home = sum();
	await page.getByRole('button', { name: 'Start from the example' }).click();
	await page.getByRole('heading', { level: 1 }).waitFor();
	await page.waitForLoadState('networkidle');
	const wizard = sum();
	await page.getByRole('button', { name: /The report/ }).click();

	const times = [];
	for (let i = 0; i < 3; i++) {
		const started = Date.now();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the PDF report' }).click();
		const file = await download;
		times.push(Date.now() - started);
		if (i === 0) console.log(`PDF file: ${file.suggestedFilename()}`);
		await page.getByRole('status').filter({ hasText: 'downloading' }).waitFor();
	}
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	console.log(`first-load JS, home page:   ${kb(home)} gzip`);
	console.log(`first-load JS, wizard (home → wizard): ${kb(wizard)} gzip`);
	console.log(
		`example PDF in Chromium: first ${times[0]} ms (loads jsPDF + fonts), then ${times.slice(1).join(' ms, ')} ms`
	);
} finally {
	await browser.close();
	server.kill();
}
