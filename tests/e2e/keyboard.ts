// Driving the app as a keyboard user does: Tab until the control has the focus, then type or
// press. Shared by the keyboard-only browser tests. Every Tab is checked as a sighted keyboard
// user checks it: the focus is on a control (never lost to <body>) and a ring shows where.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Runs in the page: why the focused element cannot be seen to have the focus, or null when it
 * can. A ring is app.css's `:focus-visible` outline (or a box-shadow); a control drawn invisibly
 * (the radio inside a face, a chip or a stage choice) shows it on the label around it instead,
 * through `:focus-within`.
 */
function focusProblemIn(): string | null {
	const el = document.activeElement;
	if (!el || el === document.body || el === document.documentElement)
		return 'the focus is lost to <body>'; // = LOST (a page function sees no outer names)
	const label =
		el.getAttribute('aria-label') ??
		(el as HTMLInputElement).labels?.[0]?.textContent ??
		el.textContent ??
		'';
	const name = `<${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}> “${label.trim().slice(0, 50)}” (outline ${getComputedStyle(el).outline})`;
	const ringed = (e: Element) => {
		const s = getComputedStyle(e);
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
		return outline || (s.boxShadow !== '' && s.boxShadow !== 'none');
	};
	const shown = (e: Element) => {
		const box = e.getBoundingClientRect();
		const s = getComputedStyle(e);
		return box.width > 1 && box.height > 1 && s.visibility !== 'hidden' && s.opacity !== '0';
	};
	if (shown(el)) return ringed(el) ? null : `${name} has the focus but no visible focus ring`;
	for (let up = el.parentElement, i = 0; up && i < 4; up = up.parentElement, i++) {
		if (shown(up)) return ringed(up) ? null : `${name} is hidden and nothing around it shows focus`;
	}
	return `${name} has the focus but cannot be seen`;
}

const LOST = 'the focus is lost to <body>';

/** Asserts that the focus is on a control and visibly so. */
export async function expectFocusVisible(page: Page) {
	await expect.poll(() => page.evaluate(focusProblemIn), { timeout: 2000 }).toBeNull();
}

/** Presses a key that moves the focus (Tab, Shift+Tab, an arrow in a group), then checks it. */
export async function press(page: Page, key: string) {
	await page.keyboard.press(key);
	await expectFocusVisible(page);
}

/**
 * Tabs forward (or back, with Shift+Tab) until `target` has the focus, checking every stop. Past
 * the last control Tab goes on to the browser's own bar and then round to the top: only there
 * may <body> be the page's focused element.
 */
export async function tabTo(page: Page, target: Locator, { max = 120, back = false } = {}) {
	for (let i = 0; i < max; i++) {
		const focused = target.evaluate((el) => el === document.activeElement, null, { timeout: 2000 });
		if (await focused.catch(() => false)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		await expect
			.poll(async () => {
				const problem = await page.evaluate(focusProblemIn);
				return problem === LOST ? null : problem;
			})
			.toBeNull();
	}
	throw new Error(`Tab never reached ${target}`);
}

export async function typeInto(page: Page, target: Locator, text: string) {
	await tabTo(page, target);
	await page.keyboard.type(text);
}

/** Next step from the keyboard: Tab to "Next" (or `button`) and press Enter. */
export async function nextStep(
	page: Page,
	title: string,
	button: Locator = page.getByRole('button', { name: /^Next/ })
) {
	await tabTo(page, button);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
	await expectFocusVisible(page);
}
