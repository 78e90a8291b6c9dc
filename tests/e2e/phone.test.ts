// The participant's phone in the live room, as a phone sees it: a server of its own on loopback
// advertising http://phone.test:PORT (Chromium maps that name to 127.0.0.1, so the page is on a
// non-loopback name over plain http, not a secure context), a phone-sized viewport, and a Node
// client in the test acting as the facilitator's app: it moves the room through the steps and
// reads what the phone sends.
import AxeBuilder from '@axe-core/playwright';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
	chromium,
	expect,
	test,
	type Browser,
	type Locator,
	type Page,
	type WebSocketRoute
} from '@playwright/test';
import { gzipSync } from 'node:zlib';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { startRoomServer } from '../../scripts/room-server.js';

const PHONE = { width: 390, height: 844 };
let stop: () => Promise<void>;
let port = 0;
let browser: Browser;
/** What the page's policy blocked: the phone's page must need nothing it forbids. */
const cspViolations: string[] = [];

test.afterEach(() => {
	expect(cspViolations.splice(0)).toEqual([]);
});

test.beforeAll(async () => {
	({ port, stop } = await startRoomServer({ origin: 'http://phone.test' }));
	browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP phone.test 127.0.0.1']
	});
});

test.afterAll(async () => {
	await browser?.close();
	await stop?.();
});

interface Room {
	code: string;
	facilitatorToken: string;
	joinUrl: string;
	doc: Y.Doc;
	set(values: Record<string, unknown>): void;
	close(): void;
}

/** Opens a room as the facilitator's app does, and connects to it as the facilitator. */
async function openRoom(at = port): Promise<Room> {
	const response = await fetch(`http://127.0.0.1:${at}/api/rooms`, {
		method: 'POST',
		body: JSON.stringify({ workshopId: 'w-phone' })
	});
	const room = await response.json();
	const doc = new Y.Doc();
	// Node has no WebSocket: `ws` stands in, and the provider is attached to its socket by hand.
	const socket = new HocuspocusProviderWebsocket({
		url: `ws://127.0.0.1:${at}/sync`,
		WebSocketPolyfill: WebSocket
	});
	const provider = new HocuspocusProvider({
		websocketProvider: socket,
		name: room.code,
		token: room.facilitatorToken,
		document: doc
	});
	provider.attach();
	await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
	return {
		...room,
		doc,
		close() {
			provider.destroy();
			socket.destroy();
		},
		set(values) {
			doc.transact(() => {
				for (const [key, value] of Object.entries(values)) doc.getMap('room').set(key, value);
			});
		}
	};
}

/** Controls smaller than 44 × 44 px (a checkbox counts with its label, a face with its circle). */
const smallTargets = (page: Page) =>
	page.evaluate(() =>
		[
			...document.querySelectorAll(
				'main button, main select, main textarea, main input, main label'
			)
		]
			.filter(
				(el) => !(el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'))
			)
			.filter((el) => el.tagName !== 'LABEL' || el.matches('.check, .face-choice'))
			.map((el) => [el.outerHTML.slice(0, 60), el.getBoundingClientRect()] as const)
			.filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
			.map(([html]) => html)
	);

const itemsOf = (room: Room) =>
	Object.values(room.doc.getMap('items').toJSON()) as { text: string; [key: string]: unknown }[];

async function phonePage(locale = 'en-GB'): Promise<Page> {
	const context = await browser.newContext({ viewport: PHONE, locale, hasTouch: true });
	const page = await context.newPage();
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	return page;
}

test('a phone joins by the link, follows the steps and sends what each asks for', async () => {
	const room = await openRoom();
	expect(room.joinUrl).toMatch(new RegExp(`^http://phone\\.test:${port}/j/${room.code}#`));
	room.set({ step: 2 });
	const page = await phonePage();
	const scripts: Promise<number>[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.js')) scripts.push(r.body().then((b) => gzipSync(b).length));
	});
	const opened = Date.now();
	await page.goto(room.joinUrl);
	await expect(page.getByRole('heading', { name: 'Who takes part in this journey' })).toBeVisible();
	const firstScreen = Date.now() - opened;
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
	console.log(
		`phone page: ${(js / 1024).toFixed(1)} KB gzip JS, first screen in ${firstScreen} ms`
	);
	expect(js).toBeLessThanOrEqual(60 * 1024);
	expect(firstScreen).toBeLessThan(1500);
	// Plain http on a name that is not loopback: no secure context, so no service worker.
	expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
	expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);

	// Step 2: a stakeholder, with a name.
	await page.getByLabel('Your name (optional)').fill('Kim');
	await page.getByLabel('Your name (optional)').press('Tab');
	await page.getByLabel('A person or a group').fill('The new hire');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect
		.poll(() => itemsOf(room))
		.toEqual([expect.objectContaining({ kind: 'stakeholder', text: 'The new hire', name: 'Kim' })]);

	// Step 7: a touchpoint in a phase, marked as a gap.
	room.set({
		step: 7,
		phases: [
			{ id: 'p1', name: 'Order' },
			{ id: 'p2', name: 'Delivery' }
		]
	});
	await page.getByLabel('The touchpoint').fill('No delivery date');
	await page.getByLabel('Phase').selectOption({ label: 'Delivery' });
	await page.getByLabel(/Something is missing here/).check();
	expect(await smallTargets(page)).toEqual([]);
	await page.getByRole('button', { name: 'Send' }).click();
	await expect
		.poll(() => itemsOf(room).find((i) => i.kind === 'touchpoint'))
		.toMatchObject({ text: 'No delivery date', phaseId: 'p2', gap: true });

	// Edit and withdraw its own.
	await page.getByRole('button', { name: 'Edit “The new hire”' }).click();
	await page.getByLabel('A person or a group').fill('The new hire’s manager');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect.poll(() => itemsOf(room).map((i) => i.text)).toContain('The new hire’s manager');
	await page.getByRole('button', { name: 'Withdraw “No delivery date”' }).click();
	await expect.poll(() => itemsOf(room).map((i) => i.text)).toEqual(['The new hire’s manager']);

	// Step 8: faces per touchpoint.
	room.set({
		step: 8,
		touchpoints: [
			{ id: 't1', name: 'Order form', phaseId: 'p1' },
			{ id: 't2', name: 'Delivery mail', phaseId: 'p2' }
		]
	});
	await page
		.getByRole('group', { name: 'Delivery mail' })
		.getByLabel('Good', { exact: true })
		.check();
	await expect.poll(() => Object.values(room.doc.getMap('scores').toJSON())).toEqual([4]);
	expect(await smallTargets(page)).toEqual([]);

	// Step 9: ideas and dots, no more than the facilitator hands out.
	room.set({
		step: 9,
		dots: 2,
		opportunities: [
			{ id: 'o1', text: 'Tell the date' },
			{ id: 'o2', text: 'Track the parcel' }
		]
	});
	await expect(page.getByText('2 dots left')).toBeVisible();
	await page.getByRole('button', { name: 'One more dot on “Tell the date”' }).click();
	await page.getByRole('button', { name: 'One more dot on “Tell the date”' }).click();
	await expect(page.getByText('0 dots left')).toBeVisible();
	await page.getByRole('button', { name: 'One more dot on “Track the parcel”' }).click();
	await expect(page.getByText('No dots left. Take one back to move it.')).toBeVisible();
	await page.getByRole('button', { name: 'One dot less on “Tell the date”' }).click();
	await expect.poll(() => Object.values(room.doc.getMap('votes').toJSON())).toEqual([1]);
	expect(await smallTargets(page)).toEqual([]);

	// Any other step: its question, and the screen.
	room.set({ step: 6 });
	await expect(
		page.getByRole('heading', { name: 'What are the phases of the journey?' })
	).toBeVisible();
	await expect(page.getByText('Look at the screen')).toBeVisible();

	// Closing the room: the phone says so.
	await fetch(`http://127.0.0.1:${port}/api/rooms/${room.code}/close`, {
		method: 'POST',
		headers: { authorization: `Bearer ${room.facilitatorToken}` }
	});
	await expect(page.getByText('The room is closed. Thank you for taking part!')).toBeVisible();
	room.close();
	await page.context().close();
});

test('a phone works by keyboard alone: a note, a face and a dot, each by keys', async () => {
	const room = await openRoom();
	room.set({ step: 7, phases: [{ id: 'p1', name: 'Order' }] });
	const page = await phonePage();
	await page.goto(room.joinUrl);
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	/** Tabs on until `target` has the focus (a bounded number of presses). */
	async function tabTo(target: Locator) {
		for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(target).toBeFocused();
	}

	// Step 7: to the note by Tab, typed, and on to Send (a note may have lines: Enter is a new one).
	await tabTo(page.getByLabel('The touchpoint'));
	await page.keyboard.type('Waiting for the laptop');
	await tabTo(page.getByRole('button', { name: 'Send' }));
	await page.keyboard.press('Enter');
	await expect.poll(() => itemsOf(room).map((i) => i.text)).toEqual(['Waiting for the laptop']);

	// Step 8: a face chosen with the arrow keys, as any radio group.
	room.set({ step: 8, touchpoints: [{ id: 't1', name: 'Order form', phaseId: 'p1' }] });
	const faces = page.getByRole('group', { name: 'Order form' });
	await expect(faces).toBeVisible();
	await tabTo(faces.getByRole('radio').first());
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => Object.values(room.doc.getMap('scores').toJSON())).toEqual([2]);

	// Step 9: a dot placed with Enter on the + button.
	room.set({ step: 9, dots: 3, opportunities: [{ id: 'o1', text: 'Tell the date' }] });
	const more = page.getByRole('button', { name: 'One more dot on “Tell the date”' });
	await expect(more).toBeVisible();
	await tabTo(more);
	await page.keyboard.press('Enter');
	await expect.poll(() => Object.values(room.doc.getMap('votes').toJSON())).toEqual([1]);
	room.close();
	await page.context().close();
});

test('the server stops and starts again mid-room: nothing is lost, the phone reconnects by itself', async () => {
	const first = await startRoomServer({ origin: 'http://phone.test' });
	const room = await openRoom(first.port);
	room.set({ step: 2 });
	const page = await phonePage();
	await page.goto(room.joinUrl.replace(`:${port}/`, `:${first.port}/`));
	const connected = page.getByRole('status').filter({ hasText: 'Connected' });
	await expect(connected).toBeVisible();
	await page.getByLabel('A person or a group').fill('The service desk');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect.poll(() => itemsOf(room).map((i) => i.text)).toEqual(['The service desk']);
	room.close();

	// The laptop's server goes (SIGTERM stores every open room) and comes back on its port.
	await first.stop(true);
	await expect(page.getByRole('status').filter({ hasText: 'No connection' })).toBeVisible({
		timeout: 10_000
	});
	await page.getByLabel('A person or a group').fill('Purchasing');
	await page.getByRole('button', { name: 'Send' }).click();
	const again = await startRoomServer({
		origin: 'http://phone.test',
		port: first.port,
		data: first.data
	});
	try {
		await expect(connected).toBeVisible({ timeout: 15_000 });
		// The facilitator, connecting anew, finds both: the one from before and the one sent
		// while the server was away.
		const { facilitatorToken, code } = room;
		const doc = new Y.Doc();
		const socket = new HocuspocusProviderWebsocket({
			url: `ws://127.0.0.1:${again.port}/sync`,
			WebSocketPolyfill: WebSocket
		});
		const provider = new HocuspocusProvider({
			websocketProvider: socket,
			name: code,
			token: facilitatorToken,
			document: doc
		});
		provider.attach();
		const texts = () =>
			Object.values(doc.getMap('items').toJSON()).map((i) => (i as { text: string }).text);
		await expect
			.poll(texts, { timeout: 10_000 })
			.toEqual(expect.arrayContaining(['The service desk', 'Purchasing']));
		expect(texts()).toHaveLength(2);
		provider.destroy();
		socket.destroy();
	} finally {
		await page.context().close();
		await again.stop();
	}
});

test('a phone without the link’s token is sent to the QR code', async () => {
	const room = await openRoom();
	const page = await phonePage();
	await page.goto(`http://phone.test:${port}/j/${room.code}`);
	await expect(page.getByText('Scan the QR code on the screen to join the room.')).toBeVisible();
	await page.goto(`http://phone.test:${port}/j/${room.code}#not-the-token`);
	await page.reload();
	await expect(page.getByText('This link does not open a room.')).toBeVisible();
	room.close();
	await page.context().close();
});

/** The page's sync socket through Playwright, so a test can take the network away and back. */
async function switchableSync(page: Page) {
	let online = true;
	const open = new Set<WebSocketRoute>();
	await page.routeWebSocket(/\/sync$/, (ws) => {
		if (!online) return void ws.close({ code: 1006, reason: 'offline' });
		ws.connectToServer();
		open.add(ws);
	});
	return {
		async down() {
			online = false;
			for (const ws of open) await ws.close({ code: 1006, reason: 'offline' });
			open.clear();
		},
		up() {
			online = true;
		}
	};
}

test('a phone that loses the network keeps three notes and sends each once on return', async () => {
	const room = await openRoom();
	room.set({ step: 3 });
	const page = await phonePage();
	const network = await switchableSync(page);
	await page.goto(room.joinUrl);
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	// Offline the way a phone leaving the Wi-Fi is: its socket drops, and no new one gets through
	// until the network is back.
	await network.down();
	await expect(page.getByRole('status').filter({ hasText: 'No connection' })).toBeVisible();
	for (const text of ['Calm', 'Informed', 'Welcome']) {
		await page.getByLabel('The customer should feel…').fill(text);
		await page.getByRole('button', { name: 'Send' }).click();
	}
	await expect(page.getByText('waiting to send')).toHaveCount(3);
	await page.waitForTimeout(500);
	expect(itemsOf(room)).toEqual([]);
	network.up();
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect
		.poll(
			() =>
				itemsOf(room)
					.map((i) => i.text)
					.sort(),
			{ timeout: 15_000 }
		)
		.toEqual(['Calm', 'Informed', 'Welcome']);
	await expect(page.getByText('waiting to send')).toHaveCount(0);
	// A reload brings nothing twice.
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	await page.waitForTimeout(300);
	expect(itemsOf(room)).toHaveLength(3);
	room.close();
	await page.context().close();
});

for (const [locale, heading] of [
	['en-GB', 'Which customer journey are we mapping today?'],
	['da-DK', 'Hvordan skal rejsen føles for kunden?'],
	['sv-SE', 'Hur känns varje ögonblick för kunden?']
] as const)
	test(`the phone page speaks the phone’s language and axe finds nothing (${locale})`, async () => {
		const room = await openRoom();
		const step = locale === 'en-GB' ? 1 : locale === 'da-DK' ? 3 : 8;
		room.set({
			step,
			touchpoints: [{ id: 't1', name: 'Order form' }]
		});
		const page = await phonePage(locale);
		await page.goto(room.joinUrl);
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
		room.close();
		await page.context().close();
	});
