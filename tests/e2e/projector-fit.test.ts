// Projector mode at a projector's 1280×720 with long maps: the room cannot scroll, so every phase,
// touchpoint, point of the curve and idea is either on the screen — inside it and not clipped by a
// box that hides its overflow — or on another page that ↓ turns to, the page bar saying which.
// Also the room's type (nothing under 24 px, half of it 28 px or more) and Danish and Swedish words
// that break at the end of a narrow column only where a hyphen shows.
import { seedMap } from '../../bench/seed.js';
import { expect, test, type Page } from './fixtures';
import { speak, type Locale } from './words';

const SCREEN = { width: 1280, height: 720 };

async function openMap(
	page: Page,
	size: { phases: number; touchpoints: number; opportunities: number } | null,
	step: number,
	locale: Locale = 'en'
) {
	await speak(page, locale);
	await page.goto('/');
	const open = page.locator('a[href^="/w/"]').first();
	await open.waitFor();
	if (size) {
		await page.evaluate(seedMap, { ...size, locale });
		await page.reload();
	}
	await open.click();
	await page
		.locator('.step-list button')
		.nth(step - 1)
		.click();
	await expect(page.locator('.step-body > *').first()).toBeVisible();
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('p');
	await expect(page.locator('.projector-output > *').first()).toBeVisible();
	await settle(page);
}

/** Waits until the projector has planned its pages and stopped changing. */
async function settle(page: Page) {
	let last = '';
	await expect
		.poll(
			async () => {
				const now = await page.locator('.projector').evaluate((p) => p.innerHTML);
				const same = now === last;
				last = now;
				return same;
			},
			{ intervals: [400], timeout: 10_000 }
		)
		.toBe(true);
}

/** The elements matching `selector` that are NOT wholly inside the screen and every box around
 *  them that hides what overflows it; their texts, for the message. */
function offScreen(page: Page, selector: string) {
	return page.evaluate(
		([selector, screen]) =>
			[...document.querySelectorAll(selector)]
				.filter((element) => {
					const r = element.getBoundingClientRect();
					const inside = (box: { left: number; top: number; right: number; bottom: number }) =>
						r.left >= box.left - 1 &&
						r.top >= box.top - 1 &&
						r.right <= box.right + 1 &&
						r.bottom <= box.bottom + 1;
					if (r.width === 0 || !inside({ left: 0, top: 0, ...screen })) return true;
					for (let a = element.parentElement; a; a = a.parentElement) {
						const style = getComputedStyle(a);
						if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
						if (!inside(a.getBoundingClientRect())) return true;
					}
					return false;
				})
				.map((e) => e.textContent!.replace(/\u00ad/g, '').trim()),
		[selector, { right: SCREEN.width, bottom: SCREEN.height }] as const
	);
}

const texts = (page: Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((all) => all.map((e) => e.textContent!.replace(/\u00ad/g, '').trim()));

/** Calls `check` on every page of the step shown, turning them with ↓; returns how many. */
async function everyPage(page: Page, check: (n: number) => Promise<void>): Promise<number> {
	const bar = page.locator('.page-bar');
	if (!(await bar.count())) {
		await check(1);
		return 1;
	}
	// "Page 1 of 3", "Side 1 af 3", "Sida 1 av 3".
	const at = async () => (await bar.locator('strong').textContent())!.match(/\d+/g)!.map(Number);
	const total = (await at())[1]!;
	const shows = (n: number) => expect.poll(async () => (await at())[0]).toBe(n);
	for (let n = 1; n <= total; n++) {
		await shows(n);
		await check(n);
		if (n < total) {
			await page.keyboard.press('ArrowDown');
			await settle(page);
		}
	}
	// The last page stays the last; ↑ goes back.
	await page.keyboard.press('ArrowDown');
	await shows(total);
	await page.keyboard.press('ArrowUp');
	if (total > 1) await shows(total - 1);
	return total;
}

for (const phases of [5, 8]) {
	test(`step 7, ${phases} phases × 40 touchpoints: every phase and card on the screen or on a page ↓ reaches`, async ({
		page
	}) => {
		await openMap(page, { phases, touchpoints: 40, opportunities: 12 }, 7);
		const seen = new Set<number>();
		const names = new Set<string>();
		const pages = await everyPage(page, async () => {
			expect(await offScreen(page, '.projector .phase h3, .projector .card')).toEqual([]);
			for (const card of await texts(page, '.projector .card')) seen.add(parseInt(card, 10));
			for (const name of await texts(page, '.projector .phase h3')) names.add(name);
		});
		expect(pages).toBeGreaterThan(1);
		expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
		// Every phase has a column (5 and 8 phases have different names in the seed).
		expect(names.size).toBe(phases);
	});
}

test('step 8, 5 phases × 40 touchpoints: every touchpoint on the curve with its number drawn', async ({
	page
}) => {
	await openMap(page, { phases: 5, touchpoints: 40, opportunities: 12 }, 8);
	const seen = new Set<number>();
	await everyPage(page, async () => {
		const canvas = page.locator('.projector canvas');
		expect(await offScreen(page, '.projector canvas, .projector .low')).toEqual([]);
		// Chart.js skips labels that would overlap: the page must hold no more than can be drawn.
		await expect(canvas).toHaveAttribute('data-labels-shown', /^(\d+)\/\1$/);
		const [from, to] = (await page.locator('.page-bar').textContent())!
			.replace(/\u00ad/g, '')
			.match(/Touchpoints (\d+)–(\d+) of 40/)!
			.slice(1)
			.map(Number);
		const shown = Number((await canvas.getAttribute('data-labels-shown'))!.split('/')[0]);
		expect(shown).toBe(to! - from! + 1);
		for (let n = from!; n <= to!; n++) seen.add(n);
	});
	expect(seen.size).toBe(40);
});

test('step 9, 12 ideas: every idea written out whole, on the screen or on a page ↓ reaches', async ({
	page
}) => {
	await openMap(page, { phases: 5, touchpoints: 40, opportunities: 12 }, 9);
	const seen = new Set<string>();
	await everyPage(page, async () => {
		expect(await offScreen(page, '.projector .cell h3, .projector .cell li')).toEqual([]);
		for (const idea of await texts(page, '.projector .cell li')) seen.add(idea);
	});
	// The seed numbers its ideas (1)…(12); each appears whole, none cut with "…".
	for (let i = 1; i <= 12; i++) {
		expect([...seen].filter((s) => s.includes(`(${i})`)).length, `idea ${i}`).toBe(1);
	}
	expect([...seen].some((s) => s.includes('…'))).toBe(false);
});

test('the example in projector mode: the whole map of step 7 on one screen, the type large', async ({
	page
}) => {
	await openMap(page, null, 7);
	await expect(page.locator('.page-bar')).toHaveCount(0);
	await expect(page.locator('.projector .card')).toHaveCount(15);
	expect(await offScreen(page, '.projector .phase h3, .projector .card')).toEqual([]);
	const sizes = await page.locator('.projector').evaluate((root) => {
		const found: number[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (!n.nodeValue!.trim()) continue;
			const range = document.createRange();
			range.selectNodeContents(n);
			const rect = range.getBoundingClientRect();
			// Shown to the room: on the screen and bigger than a screen reader's 1-px box.
			if (rect.width <= 1 || rect.height <= 1 || rect.bottom > 720 || rect.right > 1280) continue;
			found.push(parseFloat(getComputedStyle(n.parentElement!).fontSize));
		}
		return found.sort((a, b) => a - b);
	});
	expect(sizes.length).toBeGreaterThan(20);
	expect(sizes[0]).toBeGreaterThanOrEqual(24);
	expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThanOrEqual(28);
});

test('the example on step 8: the whole curve of 15 touchpoints on every page, each low named once', async ({
	page
}) => {
	await openMap(page, null, 8);
	const lows: string[] = [];
	await everyPage(page, async () => {
		await expect(page.locator('.projector canvas')).toHaveAttribute('data-labels-shown', '15/15');
		expect(await offScreen(page, '.projector canvas, .projector .low')).toEqual([]);
		lows.push(...(await texts(page, '.projector .low')));
	});
	expect(lows.length).toBeGreaterThan(2);
	expect(new Set(lows).size).toBe(lows.length);
});

// Steps 1–6 and 10 of the example: the questions for the room and all the step shows, whole, in
// each language (long Danish words, three lines of a Swedish measure), paged where needed.
for (const locale of ['en', 'da', 'sv'] as const) {
	test(`${locale}: the example's steps 1–6 and 10 show every question and every line whole`, async ({
		page
	}) => {
		for (const step of [1, 2, 3, 4, 5, 6, 10]) {
			await openMap(page, null, step, locale);
			const rows = new Set<string>();
			await everyPage(page, async () => {
				const parts =
					'.projector .room-prompts li, .projector-output :is(h3, p, li, tr, blockquote, dt, dd)';
				expect(await offScreen(page, parts), `step ${step}`).toEqual([]);
				for (const row of await texts(page, '.projector-output tbody tr, .projector-output .row'))
					rows.add(row);
			});
			// Step 10's five actions and its measures all reach the room, on one page or another.
			if (step === 10) expect(rows.size, 'actions and measures').toBeGreaterThanOrEqual(8);
			await page.keyboard.press('p');
		}
	});
}

for (const locale of ['da', 'sv'] as const) {
	test(`${locale}: no word on the projector breaks at a line's end without a hyphen`, async ({
		page
	}) => {
		await openMap(page, { phases: 8, touchpoints: 40, opportunities: 12 }, 7, locale);
		await expect(page.locator('.projector')).toHaveAttribute('lang', locale);
		const check = () =>
			page.locator('.projector').evaluate((root) => {
				const bad: string[] = [];
				let words = 0;
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					const text = n.nodeValue!;
					for (const m of text.matchAll(/\S+/g)) {
						words++;
						// The top of each letter's box: where it changes, the word goes on a new line.
						let top: number | null = null;
						for (let i = m.index; i < m.index + m[0].length; i++) {
							const range = document.createRange();
							range.setStart(n, i);
							range.setEnd(n, i + 1);
							// A letter just after a break can also report an empty box at the end of
							// the line before: the letter is where its box has a width.
							const rects = [...range.getClientRects()].filter((r) => r.width > 0);
							if (!rects.length || text[i] === '\u00ad') continue;
							const at = rects.at(-1)!.top;
							if (top !== null && at > top + 4) {
								// Only after a soft hyphen (shown as "-") or a hyphen in the word itself.
								if (!/[\u00ad-]/.test(text[i - 1]!))
									bad.push(`${text.slice(m.index, i)}|${text.slice(i, m.index + m[0].length)}`);
							}
							top = at;
						}
					}
				}
				return { bad, words };
			});
		let pages = 0;
		await everyPage(page, async () => {
			const { bad, words } = await check();
			expect(words).toBeGreaterThan(20);
			expect(bad).toEqual([]);
			pages++;
		});
		expect(pages).toBeGreaterThan(0);
	});
}

test('step 10 beside the room’s way in: every action and measure whole, the page bar one line, the address unhyphenated', async ({
	page
}) => {
	await openMap(page, null, 10);
	await page.keyboard.press('r');
	const join = page.locator('.projector-join');
	await expect(join.getByText(/^Code [A-Z0-9]{6}$/)).toBeVisible();
	await settle(page);
	const rows = new Set<string>();
	const actionsOnPage: number[] = [];
	await everyPage(page, async () => {
		const parts = '.projector-output :is(h3, p, li, tr), .projector-join p';
		expect(await offScreen(page, parts)).toEqual([]);
		const bar = await page.locator('.page-bar').boundingBox();
		expect(bar!.height).toBeLessThan(45);
		const actions = await texts(page, '.projector-output tbody tr');
		actionsOnPage.push(actions.length);
		for (const row of [...actions, ...(await texts(page, '.projector-output .row'))]) rows.add(row);
	});
	expect(rows.size).toBe(9);
	// The column beside the way in is narrower, not a page per action.
	expect(actionsOnPage[0]).toBeGreaterThanOrEqual(2);
	const address = await join.locator('.address').evaluate((p) => p.textContent!);
	expect(address).toMatch(/^localhost:\d+\/j\/[A-Z0-9]{6}$/);
});
