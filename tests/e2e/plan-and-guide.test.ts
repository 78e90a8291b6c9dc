// In a real Chromium: removing a phase the map uses asks where its touchpoints go (the native
// modal dialog, Escape and all), Undo puts everything back; and the interview guide prints.
import { expect, test, type Page } from './fixtures';

async function openExample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();
}

test('removing a phase in use asks where its touchpoints go, and Undo brings it all back', async ({
	page
}) => {
	await openExample(page);
	await page.getByRole('button', { name: /Plan the journey/ }).click();
	await expect(page.getByText('Touchpoints: 6').or(page.getByText('6 touchpoints'))).toBeVisible();

	const remove = page.getByRole('button', { name: 'Remove: Phase 2' });
	await remove.click();
	const dialog = page.getByRole('dialog', { name: 'Remove “During”?' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('6 touchpoints');
	// Escape is "Cancel": nothing changes and the keyboard is back where it was.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(remove).toBeFocused();
	await expect(page.getByRole('textbox', { name: 'Phase 2', exact: true })).toHaveValue('During');

	await remove.click();
	await dialog.getByLabel(/Where should they go/).selectOption({ label: 'After' });
	await dialog.getByRole('button', { name: 'Move and remove' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('textbox', { name: /^Phase \d$/ })).toHaveCount(2);
	await expect(
		page.getByText('11 touchpoints').or(page.getByText('Touchpoints: 11'))
	).toBeVisible();

	// The touchpoints are in "After" now, on the timeline too.
	await page
		.getByRole('button', { name: /Touchpoints/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Touchpoints' })).toBeVisible();
	await expect(page.getByRole('option', { name: 'During' })).toHaveCount(0);
	await expect(page.getByRole('option', { name: 'After' }).first()).toBeAttached();
	await page.getByRole('button', { name: /Plan the journey/ }).click();

	await page.locator('body').press('ControlOrMeta+z');
	await expect(page.getByRole('textbox', { name: 'Phase 2', exact: true })).toHaveValue('During');
	await expect(page.getByText('6 touchpoints').or(page.getByText('Touchpoints: 6'))).toBeVisible();
	await expect(page.getByRole('status').getByText('Saved', { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Phase 2', exact: true })).toHaveValue('During');
	await expect(page.getByText('6 touchpoints').or(page.getByText('Touchpoints: 6'))).toBeVisible();
});

test('the interview guide asks about every phase and prints without its buttons', async ({
	page
}) => {
	await openExample(page);
	await page.getByRole('button', { name: /Today’s experience/ }).click();
	await page.getByRole('link', { name: 'Interview guide (print)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Interview guide/ })).toBeVisible();
	await expect(page.getByText('Journey: An employee orders a new laptop')).toBeVisible();
	for (const phase of ['Before', 'During', 'After']) {
		await expect(page.getByRole('heading', { name: new RegExp(phase) }).first()).toBeVisible();
	}
	const print = page.getByRole('button', { name: 'Print' });
	await expect(print).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(print).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', path: process.env.GUIDE_PDF });
	expect(pdf.length).toBeGreaterThan(10_000);
});
