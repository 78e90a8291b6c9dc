// The live room from the facilitator's side, with real phones: the app's own server on loopback
// (port 0) advertising http://room.test:PORT, which Chromium maps to 127.0.0.1 — so whatever the
// QR code holds, no request leaves this machine. The facilitator opens the room; the test reads
// the QR code off the page and the phones join through it; their touchpoints, scores and dots
// reach the projector within a second; results stay hidden until revealed; a hidden item leaves
// the wall and the phone says so; closing the room turns the phones away.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import { useRoomServer } from './room-server';

const PHONE = { width: 390, height: 844 };
/** How soon what a phone sends must be on the projector. */
const LIVE = 1000;
const room = useRoomServer('room.test');

/** What axe finds wrong on the page as it is now (WCAG 2.2 AA), one line each. */
async function axe(page: Page): Promise<string[]> {
	const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
	const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

/** The text of the QR code on the page, read from a screenshot of it. */
async function readQr(page: Page): Promise<string> {
	const qr = page.locator('.projector-join svg.qr');
	await expect(qr).toHaveAttribute('data-ready', 'true');
	const png = decode(await qr.screenshot());
	const rgba = new Uint8ClampedArray(png.width * png.height * 4);
	const channels = png.channels;
	for (let i = 0; i < png.width * png.height; i++)
		for (let c = 0; c < 4; c++)
			rgba[i * 4 + c] = c < channels ? Number(png.data[i * channels + c]) : 255;
	const found = jsQR(rgba, png.width, png.height);
	expect(found, 'a QR code on the projector').not.toBeNull();
	return found!.data;
}

async function phone(url: string): Promise<Page> {
	const context = await room.browser.newContext({
		viewport: PHONE,
		locale: 'en-GB',
		hasTouch: true
	});
	const page = await context.newPage();
	await page.goto(url);
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	return page;
}

test('phones join by the QR code, and what they send reaches the projector live', async () => {
	test.setTimeout(120_000);
	const context = await room.browser.newContext({ viewport: { width: 1280, height: 720 } });
	const laptop = await context.newPage();
	const errors: string[] = [];
	laptop.on('pageerror', (e) => errors.push(e.message));
	await laptop.goto(`http://localhost:${room.port}/`);
	await laptop.getByRole('button', { name: 'New workshop' }).click();
	await laptop.getByLabel('Journey name').fill('Laptop for a new hire');
	await laptop.getByRole('heading', { level: 1, name: 'One journey' }).focus();

	// R opens the room; P shows the projector with the way in.
	await laptop.keyboard.press('r');
	await expect(laptop.getByText(/^Code [A-Z0-9]{6}$/)).toBeVisible();
	await expect(laptop.getByRole('button', { name: /^Room [A-Z0-9]{6}/ })).toBeVisible();
	await laptop.getByRole('heading', { level: 1, name: 'One journey' }).focus();
	await laptop.keyboard.press('p');
	const projector = laptop.locator('.projector');
	await expect(projector).toBeVisible();
	const joinUrl = await readQr(laptop);
	const code = (await laptop.getByText(/^Code /).textContent())!.slice(5);
	expect(joinUrl).toMatch(new RegExp(`^http://room\\.test:${room.port}/j/${code}#[\\w-]{16,}$`));
	await expect(projector).toContainText(`room.test:${room.port}/j/${code}`);
	// The way in has a column of its own: nothing of the step lies under the QR code.
	const card = (await laptop.locator('.projector-join').boundingBox())!;
	const output = (await laptop.locator('.projector .output').boundingBox())!;
	expect(output.x + output.width).toBeLessThanOrEqual(card.x);
	expect(await axe(laptop)).toEqual([]);

	const phones = await Promise.all([phone(joinUrl), phone(joinUrl), phone(joinUrl)]);
	await expect(projector.getByText('3 phones in the room')).toBeVisible({ timeout: 10_000 });
	// The presenter window shows the same way in and the count, for the facilitator's eyes.
	const opening = context.waitForEvent('page');
	await laptop.keyboard.press('w');
	const presenter = await opening;
	const presenterRoom = presenter.getByRole('region', { name: 'Live room' });
	await expect(presenterRoom).toContainText(`Code ${code}`);
	await expect(presenterRoom).toContainText('3 phones in the room', { timeout: 10_000 });
	await presenter.close();

	// Step 7: each phone adds a touchpoint; each is on the projector's timeline within a second.
	for (let i = 0; i < 6; i++) await laptop.keyboard.press('ArrowRight');
	await expect(laptop.getByRole('heading', { level: 1, name: 'Touchpoints' })).toBeVisible();
	const took: number[] = [];
	const notes = ['Order form', 'Waiting for the date', 'Delivery'];
	for (const [i, page] of phones.entries()) {
		await page.getByLabel('The touchpoint').fill(notes[i]!);
		const sent = Date.now();
		await page.getByRole('button', { name: 'Send' }).click();
		await expect(projector.getByText(notes[i]!)).toBeVisible({ timeout: LIVE });
		took.push(Date.now() - sent);
	}
	console.log(`phone note → projector: ${took.join(', ')} ms`);

	// Step 8: faces from the phones; hidden until revealed.
	await laptop.keyboard.press('ArrowRight');
	await expect(laptop.getByRole('heading', { level: 1, name: 'Emotions' })).toBeVisible();
	const results = projector.getByTestId('room-results');
	// The projector hyphenates long words with soft hyphens; the room reads them whole.
	const resultText = async () => ((await results.textContent()) ?? '').replaceAll('\u00ad', '');
	for (const [i, page] of phones.entries())
		await page
			.getByRole('group', { name: 'Delivery' })
			.getByLabel(i === 0 ? 'Very bad' : 'Bad', { exact: true })
			.check();
	await expect(results).toHaveText('Results hidden until you reveal them');
	await laptop.keyboard.press('p');
	await laptop.getByRole('button', { name: 'Reveal results' }).click();
	await laptop.keyboard.press('p');
	// Faces 1, 2, 2 are −2, −1, −1 on the app's scale.
	await expect.poll(resultText).toMatch(/Delivery · Room [−-]1\.3 ± 0\.5 · 3 phones/);
	await phones[0]!
		.getByRole('group', { name: 'Delivery' })
		.getByLabel('Bad', { exact: true })
		.check();
	await expect
		.poll(resultText, { timeout: LIVE })
		.toMatch(/Delivery · Room [−-]1\.0 ± 0\.0 · 3 phones/);

	// Step 9: an idea from a phone becomes an opportunity, and the dots are tallied.
	await laptop.keyboard.press('ArrowRight');
	await expect(laptop.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
	await phones[0]!.getByLabel('Your idea').fill('Send the delivery date');
	await phones[0]!.getByRole('button', { name: 'Send' }).click();
	await expect(projector.getByText('Send the delivery date').first()).toBeVisible({
		timeout: LIVE
	});
	for (const page of phones)
		await page.getByRole('button', { name: 'One more dot on “Send the delivery date”' }).click();
	await expect
		.poll(resultText, { timeout: LIVE })
		.toContain('Send the delivery date · 3 dots from the room');
	// Revealed, the dots count on the idea's own line on the wall too.
	await expect(
		projector.locator('.cell').filter({ hasText: 'Send the delivery date' })
	).toContainText('3 votes');

	// Moderation: hiding the idea takes it off the wall, and its phone says it was hidden.
	await laptop.keyboard.press('p');
	const panel = laptop.getByRole('region', { name: 'Live room' });
	await panel
		.getByRole('listitem')
		.filter({ hasText: 'Send the delivery date' })
		.getByRole('button', { name: 'Hide' })
		.click();
	await expect(phones[0]!.getByText('hidden by the facilitator')).toBeVisible();
	expect(await axe(laptop)).toEqual([]);
	await laptop.keyboard.press('p');
	await expect(projector.getByText('Send the delivery date')).toHaveCount(0);

	// Closing the room: every phone is told, and the touchpoints stay in the workshop.
	await laptop.keyboard.press('p');
	await laptop.getByRole('button', { name: 'Close the room' }).click();
	for (const page of phones)
		await expect(page.getByText('The room is closed. Thank you for taking part!')).toBeVisible();
	await laptop.reload();
	await expect(laptop.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
	await laptop.keyboard.press('ArrowLeft');
	await laptop.keyboard.press('ArrowLeft');
	await laptop.keyboard.press('p');
	for (const note of notes) await expect(projector.getByText(note)).toBeVisible();
	expect(errors).toEqual([]);
	await context.close();
	for (const page of phones) await page.context().close();
});
