// Step 7 on a touch screen (a touch board, a tablet): a finger holds a card and moves it to
// another phase, as a mouse drags it, and a quick swipe scrolls without moving anything. The
// touches are real ones, sent through Chromium's own input (CDP), not synthetic DOM events.
import { expect, test, type Page } from './fixtures';

test.use({ hasTouch: true, viewport: { width: 1280, height: 800 } });

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** The titles a column shows, top to bottom (less the pause a screen reader hears after each). */
const cardTitles = async (page: Page, name: string) =>
	(await column(page, name).locator('li[data-tp] .title').allTextContents()).map((t) =>
		t.replace(/,$/, '')
	);

async function touch(
	page: Page,
	path: { x: number; y: number }[],
	holdMs: number,
	beforeLifting?: () => Promise<void>
) {
	const cdp = await page.context().newCDPSession(page);
	const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: { x: number; y: number }) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: point ? [{ x: point.x, y: point.y, id: 1 }] : []
		});
	await send('touchStart', path[0]);
	await page.waitForTimeout(holdMs);
	for (const point of path.slice(1)) {
		await send('touchMove', point);
		await page.waitForTimeout(30);
	}
	await beforeLifting?.();
	await send('touchEnd');
	await cdp.detach();
}

async function middle(page: Page, selector: ReturnType<Page['locator']>) {
	const box = (await selector.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a finger moves a touchpoint to another phase; a quick swipe moves nothing', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).click();
	await page.getByRole('button', { name: /Touchpoints/ }).click();
	const first = 'Intranet page about IT equipment';
	await expect(column(page, 'Before')).toContainText(first);
	/** From the first card of Before to the top of After, in a few moves. */
	async function path() {
		const card = column(page, 'Before').locator('li[data-tp]').first();
		await card.scrollIntoViewIfNeeded();
		const from = await middle(page, card);
		// Onto the heading of After: the card goes first in that phase.
		const to = await middle(page, column(page, 'After').getByRole('heading'));
		return [
			from,
			...[0.25, 0.5, 0.75, 1].map((f) => ({
				x: from.x + (to.x - from.x) * f,
				y: from.y + (to.y - from.y) * f
			}))
		];
	}

	// A swipe that does not hold first: the board may scroll, no card moves.
	await touch(page, await path(), 0);
	expect((await cardTitles(page, 'Before'))[0]).toBe(first);

	await touch(page, await path(), 500);
	await expect.poll(async () => (await cardTitles(page, 'After'))[0]).toBe(first);
	expect(await cardTitles(page, 'Before')).not.toContain(first);
	await expect(page.getByText(`“${first}” moved to After, position 1 of 6`)).toBeVisible();
	// Stored like every move: still there after a reload.
	await page.reload();
	await expect.poll(async () => (await cardTitles(page, 'After'))[0]).toBe(first);
});

test('on a tablet, a card held at the edge of the board scrolls the phases along to where it goes', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).click();
	await page.getByRole('button', { name: /Touchpoints/ }).click();
	const first = 'Intranet page about IT equipment';
	const timeline = page.locator('.timeline');
	const card = column(page, 'Before').locator('li[data-tp]').first();
	await card.scrollIntoViewIfNeeded();
	const from = await middle(page, card);
	const edge = { x: 1024 - 20, y: from.y };
	// The After column starts off the screen: the board scrolls sideways.
	expect(await timeline.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
	await touch(page, [from, { x: (from.x + edge.x) / 2, y: from.y }, edge], 500, async () => {
		await expect.poll(() => timeline.evaluate((t) => t.scrollLeft)).toBeGreaterThan(100);
	});
	await expect.poll(() => cardTitles(page, 'Before')).not.toContain(first);
});
