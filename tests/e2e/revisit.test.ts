// Revisiting a journey in Chromium: the example revisited with its scores as they were, three
// feelings changed on step 8 and seen as then and now (the dated earlier curve, ↑ / ↓ with the
// difference), the report's "Since" section read back with pdftotext (both dates, the moved
// touchpoints), and the revisit's file alone opened in a fresh profile: it says the earlier
// workshop is missing and still opens.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from './fixtures';

const EXAMPLE = 'An employee orders a new laptop';

/** "6 December 2026", as the app writes a date in English. */
const written = (date: Date) =>
	new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date);

function pdfText(path: string): string {
	return execFileSync('/usr/bin/pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function goToStep(page: Page, name: RegExp) {
	await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name }).click();
}

/** Picks `face` for the touchpoint titled `title` on step 8. */
async function score(page: Page, title: string, face: string) {
	const scale = page.getByRole('group', { name: `Feeling at “${title}”` });
	await scale.getByText(face, { exact: true }).click();
	await expect(scale.getByRole('radio', { checked: true })).toHaveCount(1);
}

test('revisit the example, change three feelings, see then and now, and read it in the report', async ({
	page,
	browser
}) => {
	const today = new Date();
	const review = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 91);
	const [then, now] = [written(today), written(review)];

	await page.goto('/');
	await page.getByRole('button', { name: `Revisit: ${EXAMPLE}` }).click();
	const dialog = page.getByRole('dialog', { name: 'Revisit this journey' });
	await dialog.getByRole('radio', { name: /As they were/ }).check();
	await dialog.getByRole('button', { name: 'Make the revisit' }).click();
	await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// Step 8: three feelings moved since the first visit.
	await goToStep(page, /Emotions/);
	await score(page, 'Intranet page about IT equipment', 'Very positive'); // −1 → +2
	await score(page, 'First login at the desk', 'Positive'); // −1 → +1
	await score(page, 'Laptop handed over at the IT counter', 'Negative'); // +2 → −1
	const since = page.getByRole('region', { name: `Since ${then}` });
	await expect(since).toBeVisible();
	await expect(page.getByText(`Feeling on ${then}`)).toBeVisible();
	const moved = since.getByRole('listitem');
	await expect(moved).toHaveCount(3);
	await expect(moved.filter({ hasText: 'Intranet page about IT equipment' })).toContainText('↑ +3');
	await expect(moved.filter({ hasText: 'First login at the desk' })).toContainText('↑ +2');
	await expect(moved.filter({ hasText: 'Laptop handed over at the IT counter' })).toContainText(
		'↓ −3'
	);
	await expect(since.getByText('Laptop handed over at the IT counter, down by 3')).toBeAttached();

	// Step 10: the first visit's actions, none done yet.
	await goToStep(page, /Keep improving/);
	await expect(page.getByRole('heading', { name: `The actions from ${then}` })).toBeVisible();
	await expect(page.getByText('0 of 5 done')).toBeVisible();

	// The report: the revisit's date on the cover, the first visit's in "Since".
	await goToStep(page, /The report/);
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByTitle('Preview of the PDF report')).toBeVisible({ timeout: 30_000 });
	const saved = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the PDF report' }).click();
	const text = pdfText(await (await saved).path());
	expect(text).toContain(now);
	expect(text).toContain(`Since ${then}`);
	expect(text).toContain(`Feeling on ${then}`);
	expect(text).toContain('Feelings that moved');
	for (const title of ['Intranet page about IT equipment', 'First login at the desk'])
		expect(text).toContain(title);

	// The revisit's file alone, opened on another laptop (a fresh profile).
	await page.goto('/');
	const rows = page.getByRole('listitem').filter({ hasText: EXAMPLE });
	await expect(rows).toHaveCount(2);
	// The revisit was changed last: it is first in the list.
	const downloading = page.waitForEvent('download');
	await rows
		.first()
		.getByRole('button', { name: `Download file: ${EXAMPLE}` })
		.click();
	const file = await (await downloading).path();
	const other = await browser.newContext();
	const laptop = await other.newPage();
	await laptop.goto('/');
	await expect(laptop.getByRole('link', { name: EXAMPLE, exact: true })).toBeVisible();
	await laptop.locator('input[type="file"]').setInputFiles(file);
	await laptop.getByRole('link', { name: `Open “${EXAMPLE}”` }).click();
	await goToStep(laptop, /Emotions/);
	await expect(
		laptop.getByText(
			`This workshop revisits “${EXAMPLE}” of ${then}, which is not on this device.`,
			{
				exact: false
			}
		)
	).toBeVisible();
	await score(laptop, 'Case-closed e-mail', 'Very positive');
	await expect(laptop.getByRole('region', { name: /^Since/ })).toHaveCount(0);
	await other.close();
});
