// Steps 7–10 as a room drives them: twenty touchpoints typed and scored with the keyboard alone,
// the curve painted and its data table saying the same, an opportunity made from a suggestion and
// voted on, an action made from it and downloaded as CSV.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { nextStep, tabTo, typeInto } from './keyboard';

const PHASES = { Before: 7, During: 7, After: 6 };
const WORDS = ['Very negative', 'Negative', 'Neutral', 'Positive', 'Very positive'];
/** The number key pressed for each touchpoint: 1 is very negative … 5 very positive. */
const DIGITS = [3, 4, 2, 5, 1, 3, 3, 2, 4, 4, 1, 2, 3, 5, 4, 3, 2, 4, 5, 3];
const titles = Object.entries(PHASES).flatMap(([phase, n]) =>
	Array.from({ length: n }, (_, i) => `${phase} ${i + 1}: støj og väntan`)
);
const IDEA = 'Send a "status" e-mail, every Friday';

/** What the curve's canvas shows: painted pixels, and how many in the line's and the lows' red. */
function canvasPixels(page: Page) {
	return page.locator('figure.curve canvas').evaluate((canvas: HTMLCanvasElement) => {
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		const near = (i: number, [r, g, b]: number[]) =>
			Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 30;
		let painted = 0;
		let line = 0;
		let low = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i + 3]! === 0) continue;
			painted++;
			if (data[i + 3]! < 200) continue; // a translucent phase band
			if (near(i, [0x1f, 0x3a, 0x5f])) line++;
			if (near(i, [0xc0, 0x39, 0x2b])) low++;
		}
		return { painted, line, low, size: canvas.width * canvas.height };
	});
}

/** A new workshop with a name, open on step 7. */
async function newWorkshopAtTouchpoints(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workshop' }).click();
	await typeInto(page, page.getByLabel('Journey name'), 'Laptop for a new hire');
	await page.getByRole('button', { name: /Touchpoints/ }).click();
}

test('twenty touchpoints typed and scored by keyboard, curve and table agree, action as CSV', async ({
	page
}) => {
	await newWorkshopAtTouchpoints(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Touchpoints' })).toBeFocused();

	// 7 — each phase dictated: Enter after a title opens the next card, Enter on an empty one ends.
	let typed = 0;
	for (const [phase, n] of Object.entries(PHASES)) {
		await tabTo(page, page.getByRole('button', { name: `Add touchpoint to ${phase}` }));
		await page.keyboard.press('Enter');
		for (let i = 0; i < n; i++) {
			await page.keyboard.type(titles[typed++]!);
			await page.keyboard.press('Enter');
		}
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: `Add touchpoint to ${phase}` })).toBeFocused();
	}
	await expect(page.getByText('Touchpoints: 20')).toBeVisible();
	await nextStep(page, 'Emotions');

	// 8 — a number key picks the face, Enter goes on to the next touchpoint.
	await tabTo(page, page.getByRole('radio').first());
	for (const digit of DIGITS) {
		await page.keyboard.press(String(digit));
		await page.keyboard.press('Enter');
	}
	await expect(page.getByText('Scored: 20 of 20')).toBeVisible();
	const lows = DIGITS.filter((d) => d <= 2).length;
	await expect(page.getByText(`Lows: ${lows}`)).toBeVisible();

	const pixels = await canvasPixels(page);
	expect(pixels.painted).toBeGreaterThan(pixels.size * 0.2); // bands, axes, line
	expect(pixels.line).toBeGreaterThan(1500); // the line itself, 3 px wide across the chart
	expect(pixels.low).toBeGreaterThan(lows * 50); // a red dot on every low

	await tabTo(page, page.getByRole('button', { name: 'Show the data as a table' }));
	await page.keyboard.press('Enter');
	const rows = page.locator('table tbody tr');
	await expect(rows).toHaveCount(20);
	const cells = await rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()))
	);
	cells.forEach(([number, phase, title, score], i) => {
		expect(number).toBe(String(i + 1));
		expect(phase).toBe(titles[i]!.split(' ')[0]);
		expect(title).toBe(titles[i]);
		const word = WORDS[DIGITS[i]! - 1]!;
		expect(score).toBe(DIGITS[i]! <= 2 ? `${word} (Low)` : word);
	});
	await nextStep(page, 'Opportunities');

	// 9 — the first suggestion is the lowest touchpoint; it becomes an opportunity with 3 votes.
	const lowest = titles[DIGITS.indexOf(1)]!;
	await page.getByRole('button', { name: `Make an opportunity: ${lowest}` }).click();
	await expect(page.getByLabel('Idea')).toBeFocused();
	await page.keyboard.type(IDEA);
	await page.getByRole('button', { name: `Add a vote: ${IDEA}` }).click();
	await page.getByRole('button', { name: `Add a vote: ${IDEA}` }).click();
	await page.keyboard.press('+'); // the key works anywhere on the card but in text
	await expect(page.getByRole('group', { name: `Votes for ${IDEA}` })).toContainText('3');
	await page.keyboard.press('-');
	await expect(page.getByRole('group', { name: `Votes for ${IDEA}` })).toContainText('2');
	await expect(page.getByRole('button', { name: `Make an opportunity: ${lowest}` })).toHaveCount(0);
	// Made once, and still done after a reload: a way to it, no second "Make".
	await page.reload();
	const goTo = page.getByRole('button', { name: `Go to it: ${lowest}` });
	await expect(goTo).toBeVisible();
	await expect(page.getByRole('button', { name: `Make an opportunity: ${lowest}` })).toHaveCount(0);
	await goTo.click();
	await expect(page.getByLabel('Problem')).toBeFocused();
	await page.getByRole('button', { name: /^Next/ }).click();

	// 10 — the action is made from the opportunity in one click and leaves as CSV.
	await page.getByRole('button', { name: `Make an action: ${IDEA}` }).click();
	await expect(page.getByRole('textbox', { name: 'Action', exact: true })).toHaveValue(IDEA);
	await page.getByLabel('Due date').fill('2027-01-15');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	const csv = readFileSync((await download.path())!, 'utf8');
	const lines = csv.trim().split(/\r\n/);
	expect(lines[0]).toBe('Summary,Description,Assignee,Due date,Labels');
	expect(lines).toHaveLength(2);
	// The quotes doubled and the comma kept inside one quoted field.
	expect(lines[1]).toMatch(/^"Send a ""status"" e-mail, every Friday",/);
	expect(lines[1]).toContain(',2027-01-15,');
	expect(lines[1]).toContain(lowest);
});

test('a gap goes right after the card where the silence is, by key, and stays there', async ({
	page
}) => {
	await newWorkshopAtTouchpoints(page);
	await tabTo(page, page.getByRole('button', { name: 'Add touchpoint to During' }));
	await page.keyboard.press('Enter');
	for (const title of ['Request form', 'Approval', 'Delivery']) {
		await page.keyboard.type(title);
		await page.keyboard.press('Enter');
	}
	await page.keyboard.press('Enter');
	const during = page.getByRole('region', { name: 'During' });
	const names = () =>
		during.locator('li[data-tp] button').evaluateAll((bs) => bs.map((b) => b.textContent!));
	await tabTo(page, during.getByRole('button', { name: /^Approval/ }), { back: true });
	await page.keyboard.press('g');
	await expect(page.getByLabel('Gap: where is communication missing?')).toBeFocused();
	await page.keyboard.type('No news for a week');
	await page.keyboard.press('Escape');
	const order = ['Request form', 'Approval', 'No news for a week', 'Delivery'];
	const inOrder = async () => {
		const texts = await names();
		return order.map((t) => texts.findIndex((x) => x.includes(t)));
	};
	await expect.poll(inOrder).toEqual([0, 1, 2, 3]);
	await page.reload();
	await expect(during.getByRole('button', { name: /^Delivery/ })).toBeVisible();
	await expect.poll(inOrder).toEqual([0, 1, 2, 3]);
});
