// Draws the app's install icons (static/icons/*.png) from one SVG mark: the emotion curve of a
// journey, a calm yellow line with a start and an end on the accent blue of the app. Chromium
// renders the SVG at each size and screenshots it, so the PNGs match the favicon and need no
// image tools. Run again after changing the mark:  node scripts/icons.js
// The maskable icon keeps the mark inside the central 80 % circle (the safe zone), because
// launchers crop it to a circle, a squircle or a rounded square of their own choosing.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const ACCENT = '#1f3a5f'; // --accent in src/app.css
const HIGHLIGHT = '#ffd166'; // --highlight
const OUT = 'static/icons';

/**
 * The mark on a 64-unit canvas. `inset` shrinks it toward the centre: 0 for the usual icon, and
 * enough for the maskable one that the whole line sits within the safe-zone circle.
 */
function svg(size, { inset, rounded }) {
	const scale = 1 - inset * 2;
	const offset = 32 * (1 - scale);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
	<rect width="64" height="64" rx="${rounded ? 14 : 0}" fill="${ACCENT}"/>
	<g transform="translate(${offset} ${offset}) scale(${scale})">
		<path d="M10 42 C20 20, 30 50, 40 28 S 52 18, 54 22" fill="none" stroke="${HIGHLIGHT}"
			stroke-width="6" stroke-linecap="round"/>
		<circle cx="10" cy="42" r="5" fill="#fff"/>
		<circle cx="54" cy="22" r="5" fill="#fff"/>
	</g>
</svg>`;
}

const ICONS = [
	// "any" icons: rounded like the favicon, with a transparent corner.
	{ file: 'icon-192.png', size: 192, inset: 0, rounded: true },
	{ file: 'icon-512.png', size: 512, inset: 0, rounded: true },
	// Maskable: full bleed (the launcher draws the shape) and the mark shrunk into the safe zone.
	{ file: 'maskable-512.png', size: 512, inset: 0.1, rounded: false },
	// iOS ignores the manifest's icons and uses this one, unmasked, with its own rounding.
	{ file: 'apple-touch-icon-180.png', size: 180, inset: 0.06, rounded: false }
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	for (const icon of ICONS) {
		const page = await browser.newPage({
			viewport: { width: icon.size, height: icon.size },
			deviceScaleFactor: 1
		});
		await page.setContent(
			`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(icon.size, icon)}`
		);
		await page.locator('svg').screenshot({ path: `${OUT}/${icon.file}`, omitBackground: true });
		await page.close();
		console.log(`${OUT}/${icon.file} (${icon.size}×${icon.size})`);
	}
} finally {
	await browser.close();
}
