// Losing the room's work must not happen: text typed and the page closed a moment later is all
// there when the workshop opens again, and a write the browser refuses (as on a full disk)
// brings up the banner at once and lands once there is room again.
import { expect, test, type BrowserContext, type Page } from './fixtures';

const TRIALS = Number(process.env.DURABILITY_TRIALS ?? 30);

async function newWorkshop(page: Page): Promise<string> {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workshop' }).click();
	await expect(page.getByLabel('Journey name')).toBeEditable();
	return page.url();
}

/** Types `text` into the business goal, closes the page `wait` ms after the last key, and
 *  returns what a fresh page then finds there. */
async function typeAndClose(context: BrowserContext, url: string, text: string, wait: number) {
	const page = await context.newPage();
	await page.goto(url);
	const goal = page.getByLabel('Business goal');
	await goal.fill('');
	await goal.pressSequentially(text, { delay: 5 });
	await page.waitForTimeout(wait);
	await page.close({ runBeforeUnload: true });
	const check = await context.newPage();
	await check.goto(url);
	// Fields are read-only until the workshop has loaded: read what is stored, not the blank form.
	await expect(check.getByLabel('Business goal')).toBeEditable();
	const found = await check.getByLabel('Business goal').inputValue();
	await check.close();
	return found;
}

test(`typing then closing the page 0–50 ms later loses nothing (${TRIALS} trials)`, async ({
	page,
	context
}) => {
	test.setTimeout(30_000 + TRIALS * 4_000);
	const url = await newWorkshop(page);
	await page.getByLabel('Journey name').fill('Durability');
	await page.close({ runBeforeUnload: true });
	let lost = 0;
	for (let i = 0; i < TRIALS; i++) {
		const text = `Trial ${i}: fewer calls, æøå äö`;
		const found = await typeAndClose(context, url, text, (i * 7) % 51);
		lost += Math.max(0, text.length - (found === text ? text.length : 0));
	}
	expect(lost).toBe(0);
});

test('a refused write shows the banner at once and lands when there is room again', async ({
	page
}) => {
	await newWorkshop(page);
	await page.getByLabel('Journey name').fill('Quota');
	// The browser refuses every write as a full disk does. (CDP's
	// Storage.overrideQuotaForOrigin is accepted by this Chromium but changes neither the quota
	// nor the writes, so the refusal is made at the IndexedDB API itself.)
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		Object.assign(window, { restoreWrites: () => (IDBObjectStore.prototype.put = put) });
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The disk is full.', 'QuotaExceededError');
		};
	});
	await page.getByLabel('Business goal').fill('Fewer calls to the desk');
	await expect(page.getByRole('alert')).toContainText('Your last changes are not saved yet.');
	await expect(page.getByRole('button', { name: 'Download a backup now' })).toBeVisible();
	await expect(page.getByLabel('Business goal')).toHaveValue('Fewer calls to the desk');
	await page.evaluate(() => (window as unknown as { restoreWrites: () => void }).restoreWrites());
	// Tried again by itself within a few seconds.
	await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 10_000 });
	await page.reload();
	await expect(page.getByLabel('Business goal')).toHaveValue('Fewer calls to the desk');
});
