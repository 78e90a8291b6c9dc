// A co-facilitator on a second laptop: two browser contexts (each its own IndexedDB, as two
// laptops), the app's own server on loopback advertising http://room.test:PORT (mapped to
// 127.0.0.1). The facilitator opens the room and the invite; the second laptop opens the link,
// gets the whole workshop, and edits cross both ways within a second or two, with presence.
import { expect, test, type Page } from '@playwright/test';
import { useRoomServer } from './room-server';

const room = useRoomServer('room.test');

async function laptop(): Promise<Page> {
	const context = await room.browser.newContext({
		viewport: { width: 1280, height: 720 },
		locale: 'en-GB'
	});
	const page = await context.newPage();
	page.on('pageerror', (e) => {
		throw e;
	});
	return page;
}

test('a co-facilitator joins by the invite, gets everything, and edits cross both ways', async () => {
	test.setTimeout(90_000);
	const a = await laptop();
	await a.goto(`http://localhost:${room.port}/`);
	await a.locator('a[href^="/w/"]').first().click();
	await a.getByRole('heading', { level: 1, name: 'One journey' }).waitFor();
	await a.getByRole('button', { name: 'Open the room' }).first().click();
	await a.getByRole('button', { name: 'Invite a co-facilitator' }).click();
	const link = await a.getByRole('textbox', { name: 'Invite a co-facilitator' }).inputValue();
	expect(link).toMatch(new RegExp(`^http://room\\.test:${room.port}/co/[A-Z0-9]{6}#.{20,}$`));
	// Never on the projector.
	await a.getByRole('heading', { level: 1 }).first().focus();
	await a.keyboard.press('p');
	await expect(a.locator('.projector')).toBeVisible();
	expect(await a.locator('.projector').innerText()).not.toContain('/co/');
	await a.keyboard.press('p');

	const b = await laptop();
	await b.goto(link);
	await b.getByLabel('Your name').fill('Sam Berg');
	await b.getByRole('button', { name: 'Join the workshop' }).click();
	await b.getByRole('heading', { level: 1, name: 'One journey' }).waitFor();
	const nameOn = (page: Page) => page.getByLabel('Journey name', { exact: true });
	await expect(nameOn(b)).toHaveValue(await nameOn(a).inputValue());

	// A types; B has it. B types elsewhere; A has it.
	const began = Date.now();
	await nameOn(a).fill('A new laptop for a new hire');
	await expect(nameOn(b)).toHaveValue('A new laptop for a new hire', { timeout: 3000 });
	console.log(`co-facilitator: edit on A → shown on B in ${Date.now() - began} ms`);
	const endOn = (page: Page) => page.getByLabel('Where it ends');
	await endOn(b).fill('The new hire works on day one');
	await expect(endOn(a)).toHaveValue('The new hire works on day one', { timeout: 3000 });

	// Presence: A sees Sam on step 1, typing in the field Sam is in.
	const people = a.getByRole('region', { name: 'Also in this workshop' });
	await expect(people).toContainText('Sam Berg · step 1');
	await expect(people).toContainText('typing in “Where it ends”');
	await expect(people.getByText('SB', { exact: true })).toBeVisible();
	// B sees A's timer run.
	await a.getByRole('button', { name: 'Start' }).first().click();
	await expect(
		b.getByRole('region', { name: 'Also in this workshop' }).getByText(/step 1 · \d+:\d\d left/)
	).toBeVisible();

	// B follows A: to A's step, with A's timer running on B's screen too.
	await b.locator('.step-list button').nth(3).click();
	await b.getByRole('heading', { level: 1, name: 'Persona' }).waitFor();
	await b.getByRole('button', { name: 'Follow' }).click();
	await b.getByRole('heading', { level: 1, name: 'One journey' }).waitFor();
	await expect(b.locator('.topbar').getByRole('button', { name: 'Pause' })).toBeVisible();
	await b.getByRole('button', { name: 'Stop following' }).click();

	// Both laptops keep what they have after a reload.
	await b.reload();
	await expect(nameOn(b)).toHaveValue('A new laptop for a new hire');
	await expect(endOn(b)).toHaveValue('The new hire works on day one');
});
