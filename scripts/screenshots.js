// Takes a 1280×720 screenshot of every step of the example workshop, to look at the app as the
// room sees it. Run after a build:
//   node scripts/screenshots.js [out-dir] [locale] [wizard | dark | light]
// `wizard` (the default) also saves the full page as <n>-full.png, to see what lies below the
// fold; `dark` and `light` show each step in projector mode with that theme, as the back row
// sees it.
// MAP=5x40x12 first makes the workshop's map that long (phases x touchpoints x opportunities,
// bench/seed.js), and in projector mode shoots every page of steps 7–9 (<n>-dark-p<page>.png).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { seedMap } from '../bench/seed.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const out = process.argv[2] ?? 'screenshots';
const locale = process.argv[3] ?? 'en';
const mode = process.argv[4] ?? 'wizard';
const PORT = Number(process.env.SHOTS_PORT ?? 4394);
const map = process.env.MAP?.split('x').map(Number);
mkdirSync(out, { recursive: true });

const server = spawn('node', ['build-server/main.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }
});
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
	const open = page.locator('.workshop-row a, a[href^="/w/"]').first();
	await open.waitFor();
	if (map) {
		const [phases, touchpoints, opportunities] = map;
		await page.evaluate(seedMap, { phases, touchpoints, opportunities, locale });
		await page.reload();
	}
	await open.click();
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
		await page.waitForTimeout(1500);
		await page.screenshot({ path: `${out}/${name}-${mode}.png` });
		for (let p = 2; map && p <= 6 && (await page.locator('.page-bar').count()); p++) {
			const before = await page.locator('.page-bar').textContent();
			await page.keyboard.press('ArrowDown');
			await page.waitForTimeout(1500);
			if ((await page.locator('.page-bar').textContent()) === before) break;
			await page.screenshot({ path: `${out}/${name}-${mode}-p${p}.png` });
		}
		await page.keyboard.press('p');
	}
	console.log(`${count} steps → ${out}/`);
} finally {
	await browser.close();
	server.kill();
}
