// Takes a 1280×720 screenshot of every step of the example workshop, to look at the app as the
// room sees it. Run after a build:
//   node scripts/screenshots.js [out-dir] [locale] [wizard | dark | light]
// `wizard` (the default) also saves the full page as <n>-full.png, to see what lies below the
// fold; `dark` and `light` show each step in projector mode with that theme, as the back row
// sees it.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const out = process.argv[2] ?? 'screenshots';
const locale = process.argv[3] ?? 'en';
const mode = process.argv[4] ?? 'wizard';
const PORT = Number(process.env.SHOTS_PORT ?? 4394);
mkdirSync(out, { recursive: true });

const server = spawn('node', ['scripts/serve.js'], { env: { ...process.env, PORT: String(PORT) } });
await new Promise((ok) => server.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await page.addInitScript(
		([l, theme]) => {
			localStorage.setItem('journey-workshop.locale', l);
			localStorage.setItem('journey-workshop.projector-theme', theme);
		},
		[locale, mode === 'light' ? 'light' : 'dark']
	);
	await page.goto(`http://localhost:${PORT}/`);
	await page.locator('.workshop-row a, a[href^="/w/"]').first().click();
	const steps = page.locator('.step-list button');
	await steps.first().waitFor();
	const count = await steps.count();
	for (let i = 0; i < count; i++) {
		await steps.nth(i).click();
		await page.waitForTimeout(300);
		const name = String(i + 1).padStart(2, '0');
		if (mode === 'wizard') {
			await page.screenshot({ path: `${out}/${name}.png` });
			await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
			continue;
		}
		await page.keyboard.press('p');
		await page.waitForTimeout(400);
		await page.screenshot({ path: `${out}/${name}-${mode}.png` });
		await page.keyboard.press('p');
	}
	console.log(`${count} steps → ${out}/`);
} finally {
	await browser.close();
	server.kill();
}
