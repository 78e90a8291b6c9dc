// A whole workshop in a real browser: create it, fill every step by label and keyboard, reload
// in the middle, and read the downloaded PDF back with pdftotext.
import { expect, test, type Page } from './fixtures';
import { execFileSync } from 'node:child_process';

const PLACE = 'Ærøskøbing – Malmö';
const GOAL = 'Łódź → Göteborg č';

async function next(page: Page) {
	// → moves on when no field has focus: the facilitator's keyboard path.
	await page.locator('body').click({ position: { x: 5, y: 700 } });
	await page.keyboard.press('ArrowRight');
}

test('a first visit finds the example workshop ready to open', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();
	await expect(page.getByLabel('Journey name')).toHaveValue('An employee orders a new laptop');
	await page.getByRole('button', { name: /Emotions/ }).click();
	await expect(page.getByRole('img', { name: /Emotion curve over 15 touchpoints/ })).toBeVisible();
});

test('a whole workshop by keyboard, resumed after reload, ends in a PDF', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workshop' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();

	// Step 1 — the only hard rule: no name, no way forward.
	await next(page);
	await expect(page.getByRole('alert')).toContainText('Give the journey a name first');
	await page.getByLabel('Journey name').fill(PLACE);
	await page.getByLabel('Business goal the map should serve').fill(GOAL);
	await page.getByLabel('Customer segment').selectOption('internal');
	await next(page);

	// Step 2 — stakeholders, added with the keyboard.
	await expect(page.getByRole('heading', { level: 1, name: 'Everyone involved' })).toBeVisible();
	const people: [string, string][] = [
		['Åsa Øberg', 'Service desk'],
		['Jiří Nováček', 'IT workplace']
	];
	for (const [name, team] of people) {
		await page.getByRole('button', { name: 'Add stakeholder' }).press('Enter');
		await page.keyboard.type(name);
		await page.getByLabel('Team').last().fill(team);
	}
	await next(page);

	// Step 3 — desired experience.
	await page.getByLabel('Vision').fill('The laptop is ready on day one');
	await page.getByRole('button', { name: 'Add statement' }).click();
	await page.keyboard.type('The customer always knows the delivery date');
	await page.getByLabel('NPS target').fill('40');
	await next(page);

	// Step 4 — persona.
	await page.getByRole('button', { name: 'Add persona' }).click();
	await page.getByLabel('Name', { exact: true }).fill('Søren Kierkegård');
	await next(page);

	// Step 5 — an interview; then reload in the middle of the workshop.
	await page.getByRole('button', { name: 'Add interview' }).click();
	await page.getByLabel('Label (no real names needed)').fill('Interview 1 – new hire');
	await page.getByRole('radio', { name: 'Partly' }).check();
	await page.getByLabel('How likely to recommend (0–10)').fill('9');
	await expect(page.getByRole('status').first()).toHaveText('Saved');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today’s experience' })).toBeVisible();
	await expect(page.getByLabel('Label (no real names needed)')).toHaveValue(
		'Interview 1 – new hire'
	);
	await page.getByRole('button', { name: /One journey/ }).click();
	await expect(page.getByLabel('Journey name')).toHaveValue(PLACE);
	await expect(page.getByLabel('Business goal the map should serve')).toHaveValue(GOAL);
	await page.getByRole('button', { name: /Plan the journey/ }).click();

	// Step 6 — plan.
	await page.getByLabel('Map title').fill('Ordering a laptop, as it is today');
	await next(page);

	// Step 7 — touchpoints, one of them a gap.
	await page.getByRole('button', { name: 'Add touchpoint to Before' }).click();
	await page.keyboard.type('Request form in the portal');
	await page.keyboard.press('Enter'); // the next card opens in the same phase
	await page.keyboard.type('Confirmation e-mail');
	await page.getByRole('button', { name: 'Add gap to During' }).click();
	await page.keyboard.type('Waiting with no status');
	await next(page);

	// Step 8 — a feeling for each.
	await expect(page.getByRole('heading', { level: 1, name: 'Emotions' })).toBeVisible();
	await page
		.getByRole('group', { name: /Request form/ })
		.getByText('Positive', { exact: true })
		.click();
	await page
		.getByRole('group', { name: /Confirmation/ })
		.getByText('Neutral')
		.click();
	await page
		.getByRole('group', { name: /Waiting/ })
		.getByText('Very negative')
		.click();
	await next(page);

	// Step 9 — an opportunity from the suggested gap.
	await page.getByRole('button', { name: /Make an opportunity: Waiting with no status/ }).click();
	await page.getByLabel('Idea').fill('A status e-mail between approval and delivery');
	await next(page);

	// Step 10 — actions and the next review.
	await page.getByRole('button', { name: 'Make actions from opportunities without one' }).click();
	await page.getByLabel('Next review of the map').fill('2027-03-01');
	await next(page);

	// The report.
	await expect(page.getByRole('heading', { level: 1, name: 'The report' })).toBeVisible();
	await page.getByRole('button', { name: 'Make the report' }).click();
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the PDF report' }).click({ timeout: 30_000 });
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^Ærøskøbing.*Malmö-\d{4}-\d{2}-\d{2}\.pdf$/);
	const path = await download.path();
	const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
	for (const typed of [
		PLACE,
		GOAL,
		'Åsa Øberg',
		'Jiří Nováček',
		'Søren Kierkegård',
		'The customer always knows the delivery date',
		'Waiting with no status',
		'A status e-mail between approval and delivery'
	]) {
		expect(text).toContain(typed);
	}
});
