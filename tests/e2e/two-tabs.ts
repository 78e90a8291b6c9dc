// A new workshop open in two tabs of one browser, as a facilitator who opened it twice has it.
import { expect, type Page } from './fixtures';

/** Makes a workshop named "Two tabs" in `page` and opens it in a second tab, which it returns. */
export async function twoTabs(page: Page): Promise<Page> {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workshop' }).click();
	await page.getByLabel('Journey name').fill('Two tabs');
	const other = await page.context().newPage();
	await other.goto(page.url());
	await expect(other.getByLabel('Journey name')).toHaveValue('Two tabs');
	return other;
}
