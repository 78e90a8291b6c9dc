// The app as an installed, offline PWA in Chromium: after one visit the service worker holds
// every file, so with the network off a deep link opens its step, the report is made (fonts and
// the worker's lazy chunks included) and preparation opens. A new version waits for the
// facilitator's "Reload" and never takes over by itself. The manifest makes the app installable.
import { expect, test, type Page } from './fixtures';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const EXAMPLE = 'An employee orders a new laptop';
const READY = 'A new version is ready — reload when convenient';

/** Waits until the service worker has installed (every file cached) and controls the page. */
async function offlineCopyReady(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Paths of every file below `dir`, as the server names them. */
/** The app's files below `dir`; the build's compressed copies (.br, .gz) are the same files. */
function filesBelow(dir: string, root = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return filesBelow(path, root);
		return /\.(br|gz)$/.test(entry.name) ? [] : [`/${relative(root, path)}`];
	});
}

/** What this origin's caches hold: cache name → cached paths. */
function cached(page: Page) {
	return page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			const keys = await (await caches.open(name)).keys();
			out[name] = keys.map((request) => new URL(request.url).pathname);
		}
		return out;
	});
}

test('after one visit, a deep link, the report and preparation all work offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: EXAMPLE, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();
	const workshop = new URL(page.url()).pathname;
	expect(workshop).toMatch(/^\/w\/[^/]+$/);
	await offlineCopyReady(page);

	// The offline copy has the report worker and every chunk it loads, and the PDF's fonts.
	const caches = await cached(page);
	const app = Object.keys(caches).filter((name) => name.startsWith('journey-workshop-app-'));
	expect(app).toHaveLength(1);
	const files = caches[app[0]!]!;
	const workerFiles = filesBelow('build/_app/immutable/workers');
	expect(workerFiles.length).toBeGreaterThan(1);
	expect(files).toEqual(expect.arrayContaining(workerFiles));
	expect(files.filter((path) => path.endsWith('.ttf'))).toHaveLength(2);
	expect(files).toEqual(expect.arrayContaining(['/', '/manifest.webmanifest']));

	await context.setOffline(true);
	expect(
		await page.evaluate(() =>
			fetch('/_app/version.json').then(
				() => 'online',
				() => 'off'
			)
		)
	).toBe('off');

	// A deep link, opened as a new page load with no network.
	await page.goto(workshop);
	await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();
	await expect(page.getByLabel('Journey name')).toHaveValue(EXAMPLE);

	// The report: worker, jsPDF and fonts all come from the offline copy (no report was made
	// before, so the fonts' own cache is still empty).
	await page.getByRole('button', { name: /The report/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'The report' })).toBeVisible();
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.getByRole('button', { name: 'Make the report' }).click();
	const preview = page.getByTitle('Preview of the PDF report');
	await expect(preview).toBeVisible({ timeout: 30_000 });
	expect(await preview.getAttribute('src')).toMatch(/^blob:/);
	// The blob: document in the preview frame really is the PDF (the policy lets it in).
	await expect
		.poll(() =>
			page
				.frames()
				.find((frame) => frame.url().startsWith('blob:'))
				?.url()
		)
		.toBeDefined();
	const pdfFrame = page.frames().find((frame) => frame.url().startsWith('blob:'))!;
	expect(await pdfFrame.evaluate(() => document.contentType)).toBe('application/pdf');
	const saved = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the PDF report' }).click();
	const pdf = await (await saved).path();
	const text = execFileSync('/usr/bin/pdftotext', [pdf, '-'], { encoding: 'utf8' });
	expect(text.replace(/\s+/g, ' ')).toContain(EXAMPLE);
	await expect(page.getByRole('alert')).toHaveCount(0);
	// It was the worker that made it, not the page's fallback for a worker that cannot load.
	expect(workers).toEqual([expect.stringMatching(/\/_app\/immutable\/workers\/worker-.*\.js$/)]);
	const pageFonts = await page.evaluate(() =>
		performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.ttf'))
	);
	expect(pageFonts).toHaveLength(0);

	// Preparation and the presenter view, also opened cold.
	await page.goto(`${workshop}/prepare`);
	await expect(page.getByRole('heading', { level: 1, name: 'Prepare the workshop' })).toBeVisible();
	await page.goto(`${workshop}/presenter`);
	await expect(page.locator('body')).toContainText(EXAMPLE);

	await context.setOffline(false);
});

test('the manifest makes the app installable, with its icons', async ({
	page,
	context,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const response = await request.get(href!);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await response.json();
	const colours = await page.evaluate(() => {
		const style = getComputedStyle(document.documentElement);
		return {
			accent: style.getPropertyValue('--accent').trim(),
			bg: style.getPropertyValue('--bg').trim(),
			meta: document.querySelector('meta[name="theme-color"]')?.getAttribute('content')
		};
	});
	expect(manifest).toMatchObject({
		name: 'Journey Workshop',
		short_name: expect.any(String),
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: colours.accent,
		background_color: colours.bg
	});
	expect(colours.meta).toBe(colours.accent);

	type Icon = { src: string; sizes: string; type: string; purpose?: string };
	const icons = manifest.icons as Icon[];
	const pngs = icons.filter((icon) => icon.type === 'image/png');
	expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
	expect(icons).toContainEqual(expect.objectContaining({ src: '/favicon.svg' }));
	for (const icon of pngs) {
		const file = await request.get(icon.src);
		expect(file.ok(), icon.src).toBe(true);
		const bytes = await file.body();
		// A PNG's header: the signature, then the IHDR chunk with width and height.
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
		expect(`${width}x${height}`).toBe(icon.sizes);
	}
	// The icons also load in the page (as the install prompt shows them).
	for (const icon of icons) {
		const loaded = await page.evaluate(
			(src) =>
				new Promise<number>((done) => {
					const img = new Image();
					img.onload = () => done(img.naturalWidth);
					img.onerror = () => done(0);
					img.src = src;
				}),
			icon.src
		);
		expect(loaded, icon.src).toBeGreaterThan(0);
	}

	// Chromium's own verdict.
	await offlineCopyReady(page);
	const cdp = await context.newCDPSession(page);
	const { errors } = await cdp.send('Page.getAppManifest');
	expect(errors).toEqual([]);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// A test's browser context is a private window, where Chromium installs nothing; that aside,
	// it has no complaint.
	expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
});

test('a new version waits for the facilitator, then takes over on Reload', async ({ page }) => {
	// A copy of the build on a server of its own, so the test can publish "the next version".
	const root = mkdtempSync(join(tmpdir(), 'journey-workshop-next-'));
	cpSync('build', root, { recursive: true });
	const port = Number(process.env.E2E_PORT ?? 4391) + 1;
	const server = spawn('node', ['build-server/main.js'], {
		env: {
			...process.env,
			PORT: String(port),
			ROOT: root,
			HOST: '127.0.0.1',
			ROOM_DATA: join(root, '.rooms')
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	try {
		await once(server.stdout!, 'data');
		const origin = `http://localhost:${port}`;
		await page.goto(`${origin}/`);
		await page.getByRole('link', { name: EXAMPLE, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();
		await offlineCopyReady(page);
		// The first visit's worker took over without a word: that is no update.
		await expect(page.getByText(READY)).toHaveCount(0);

		// Publish the next version: the same files under a new version name.
		const { version } = JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8'));
		const script = join(root, 'service-worker.js');
		const code = readFileSync(script, 'utf8');
		expect(code).toContain(version);
		writeFileSync(script, code.replaceAll(version, `${version}-next`));
		// A build writes each file's compressed copies too; the server prefers those.
		for (const copy of ['.br', '.gz']) rmSync(script + copy, { force: true });

		await page.evaluate(() => {
			(window as unknown as { sameDocument: boolean }).sameDocument = true;
		});
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const banner = page.getByRole('status').filter({ hasText: READY });
		await expect(banner).toBeVisible({ timeout: 20_000 });

		// It waits: the old version still runs this page, which was not reloaded.
		await page.waitForTimeout(1000);
		const state = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return {
				waiting: registration?.waiting?.state ?? null,
				sameDocument: (window as unknown as { sameDocument?: boolean }).sameDocument ?? false
			};
		});
		expect(state).toEqual({ waiting: 'installed', sameDocument: true });

		// A reload from the browser keeps the old version, and says so again.
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();
		await expect(banner).toBeVisible();

		// "Later" puts it away; the button reloads into the new version.
		await page.getByRole('button', { name: 'Later' }).click();
		await expect(page.getByText(READY)).toHaveCount(0);
		await page.reload();
		await expect(banner).toBeVisible();
		await page.evaluate(() => {
			(window as unknown as { sameDocument: boolean }).sameDocument = true;
		});
		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();
		await expect(page.getByLabel('Journey name')).toHaveValue(EXAMPLE);
		expect(
			await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)
		).toBeUndefined();
		await expect(page.getByText(READY)).toHaveCount(0);

		// The new version controls the page, and the old version's cache is gone.
		const after = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return {
				waiting: registration?.waiting ?? null,
				caches: (await caches.keys()).filter((name) => name.startsWith('journey-workshop-app-'))
			};
		});
		expect(after).toEqual({ waiting: null, caches: [`journey-workshop-app-${version}-next`] });
	} finally {
		server.kill();
		rmSync(root, { recursive: true, force: true });
	}
});
