// A team lead opens the app on a phone (390×844) or a tablet (768×1024): the start page, every
// step of the example, the preparation view, the interview guide and the presenter window fit
// the width — nothing scrolls sideways, no control or word runs off the screen or is cut — in
// English, Danish and Swedish (whose words run longer). Below a laptop's width the step list
// folds into a "Steps" button that opens it, keyboard and all.
import { STEP_IDS } from '../../src/lib/domain/types';
import { expect, test, type Page } from './fixtures';
import { exampleName, LOCALES, speak, wordsIn, type Locale } from './words';

const PLACES = [...STEP_IDS, 'report'] as const;
const SIZES = [
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 }
];

/** What does not fit the screen's width, in words: empty when everything does. */
function overflow(page: Page, screen: string): Promise<string[]> {
	return page.evaluate((screen) => {
		const width = document.documentElement.clientWidth;
		const found: string[] = [];
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/)[0] : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
		if (document.documentElement.scrollWidth > width)
			found.push(`${screen}: the page is ${document.documentElement.scrollWidth} px wide`);
		/** Inside a box that scrolls sideways on purpose (a wide table, the touchpoint board). */
		const inScroller = (el: Element) => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
				const x = getComputedStyle(p).overflowX;
				if (x === 'auto' || x === 'scroll') return true;
			}
			return false;
		};
		const shown = (el: Element) => {
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			return (
				r.width > 2 &&
				r.height > 2 &&
				style.visibility !== 'hidden' &&
				!el.closest('.visually-hidden')
			);
		};
		const controls =
			'button, input, select, textarea, a, label, h1, h2, h3, legend, summary, li, p, th, td';
		for (const el of document.querySelectorAll(controls)) {
			// The skip link waits off screen until the keyboard reaches it.
			if (!shown(el) || inScroller(el) || el.matches('.skip')) continue;
			const r = el.getBoundingClientRect();
			if (r.right > width + 1 || r.left < -1) {
				found.push(
					`${screen}: ${name(el)} runs from x=${Math.round(r.left)} to ${Math.round(r.right)}`
				);
				continue;
			}
			// Words cut off inside their own box (a clipped title, a label under its neighbour). A
			// field's own text scrolls inside it, as fields do.
			// A line shortened on purpose ends in "…" and is written out in full beside it.
			const style = getComputedStyle(el);
			if (el.matches('input, select, textarea') || style.display === 'inline') continue;
			if (style.textOverflow === 'ellipsis' && el !== document.querySelector('h1')) continue;
			if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
				found.push(`${screen}: ${name(el)} is cut (${el.scrollWidth} px in ${el.clientWidth})`);
		}
		// One line a problem: a row of ten cut buttons says it once.
		return [...new Set(found)];
	}, screen);
}

async function walk(page: Page, locale: Locale, size: string): Promise<string[]> {
	const say = wordsIn(locale);
	const found: string[] = [];
	await speak(page, locale);
	await page.goto('/');
	const open = page.getByRole('link', { name: exampleName(locale), exact: true });
	await expect(open).toBeVisible();
	found.push(...(await overflow(page, `${locale} ${size} start page`)));
	await open.click();
	await expect(page.getByLabel(say('field.journey.name'))).toBeEditable();
	const id = page.url().split('/w/')[1]!.split(/[/?#]/)[0]!;

	const menu = page.getByRole('button', { name: say('wizard.steps') });
	for (const [i, place] of PLACES.entries()) {
		// The steps are behind the menu: open it, choose, and it closes again.
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await page
			.getByRole('navigation', { name: say('wizard.steps') })
			.getByRole('button')
			.nth(i)
			.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(page.locator('.step-list')).toBeHidden();
		await expect(
			page.getByRole('heading', { level: 1, name: say(`step.${place}.title`) })
		).toBeVisible();
		await expect(page.locator('[data-work] > *').first()).toBeVisible();
		// Long lists are built a screenful first, the rest just after.
		await page.waitForTimeout(250);
		found.push(...(await overflow(page, `${locale} ${size} step ${i + 1} (${place})`)));
	}
	for (const [path, heading] of [
		['prepare', say('prepare.title')],
		['guide', say('guide.title')],
		['presenter', say('presenter.title')]
	] as const) {
		await page.goto(`/w/${id}/${path}`);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		await page.waitForTimeout(250);
		found.push(...(await overflow(page, `${locale} ${size} ${path} (${heading})`)));
	}
	return found;
}

for (const { width, height } of SIZES)
	for (const locale of LOCALES)
		test(`${width}×${height}, ${locale}: every screen fits the width`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width, height });
			const found = await walk(page, locale, `${width}×${height}`);
			expect(found, found.join('\n')).toEqual([]);
		});

test('the folded step list opens from its button, by keyboard too, and Escape closes it', async ({
	page
}) => {
	const say = wordsIn('en');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await page.getByRole('link', { name: exampleName('en'), exact: true }).click();
	await expect(page.getByLabel(say('field.journey.name'))).toBeEditable();
	const menu = page.getByRole('button', { name: say('wizard.steps') });
	const steps = page.getByRole('navigation', { name: say('wizard.steps') });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(steps).toBeHidden();

	await menu.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await expect(steps).toBeVisible();
	// Into the list with Tab, and out of it with Escape: the keyboard is back on the button.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Escape');
	await expect(steps).toBeHidden();
	await expect(menu).toBeFocused();

	// Choosing a step goes there and folds the list away.
	await menu.click();
	await steps.getByRole('button', { name: new RegExp(say('step.persona.title')) }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: say('step.persona.title') })
	).toBeVisible();
	await expect(steps).toBeHidden();
	await expect(menu).toHaveAttribute('aria-expanded', 'false');

	// On a laptop the list stands beside the step and the button is not there.
	await page.setViewportSize({ width: 1280, height: 720 });
	await expect(steps).toBeVisible();
	await expect(menu).toBeHidden();
});
