// The workshops list: rename, delete only after confirming, a language that is remembered, and a
// clear message when the browser refuses to store anything.
import { expect, test } from './fixtures';

test('rename and delete a workshop, with a confirmation that can be cancelled', async ({
	page
}) => {
	await page.goto('/');
	const example = page.getByRole('link', { name: 'An employee orders a new laptop', exact: true });
	await expect(example).toBeVisible();

	await page.getByRole('button', { name: 'Rename: An employee orders a new laptop' }).click();
	const field = page.getByLabel('New name for “An employee orders a new laptop”');
	await field.fill('   ');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toHaveText('Give the workshop a name.');
	await field.fill('Laptop – Göteborg');
	await field.press('Enter');
	await expect(page.getByRole('link', { name: 'Laptop – Göteborg', exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Delete: Laptop – Göteborg' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('Delete “Laptop – Göteborg”');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await page.reload();
	await expect(page.getByRole('link', { name: 'Laptop – Göteborg', exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Delete: Laptop – Göteborg' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('link', { name: 'Laptop – Göteborg', exact: true })).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('No workshops yet.')).toBeVisible();
});

test('the language can be switched, is remembered, and the example follows it', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Language').selectOption('da');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dine workshops');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dine workshops');
	await page.getByRole('button', { name: 'Start med eksemplet' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Én kunderejse' })).toBeVisible();
	await expect(page.getByLabel('Kunderejsens navn')).toHaveValue(/bærbar/);
	await page.getByLabel('Sprog').selectOption('sv');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('En kundresa');
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('a browser that refuses storage gets a message, not an endless "Opening"', async ({
	page
}) => {
	// As in a private window with site data blocked: IndexedDB refuses to open.
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('Storage is blocked', 'InvalidStateError');
		};
	});
	await page.goto('/');
	await expect(page.getByRole('alert')).toHaveText(
		/This browser will not let the app keep anything on this device/
	);
	await expect(page.getByText('Opening your workshops…')).toBeHidden();
	await expect(page.getByRole('button', { name: 'New workshop' })).toBeDisabled();

	await page.goto('/w/not-readable');
	await expect(page.getByRole('alert')).toHaveText(
		'This workshop could not be opened. Nothing in it was changed.'
	);
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
