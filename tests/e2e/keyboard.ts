// Driving the app as a keyboard user does: Tab until the control has the focus, then type or
// press. Shared by the keyboard-only browser tests.
import { expect, type Locator, type Page } from '@playwright/test';

/** Tabs forward until `target` has the focus. */
export async function tabTo(page: Page, target: Locator, max = 120) {
	for (let i = 0; i < max; i++) {
		const focused = target.evaluate((el) => el === document.activeElement, null, { timeout: 2000 });
		if (await focused.catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

export async function typeInto(page: Page, target: Locator, text: string) {
	await tabTo(page, target);
	await page.keyboard.type(text);
}

/** Next step from the keyboard: Tab to "Next" and press Enter. */
export async function nextStep(page: Page, title: string) {
	await tabTo(page, page.getByRole('button', { name: /^Next/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
}
