// A whole workshop in a real browser: create it, fill every step by label and keyboard, reload
// in the middle, and read the downloaded PDF back with pdftotext.
import { expect, test, type Page } from './fixtures';
import { execFileSync } from 'node:child_process';
import { exampleName, LOCALES, reportWord, speak, wordsIn } from './words';

const PLACE = 'Ærøskøbing – Malmö';
const GOAL = 'Łódź → Göteborg č';

async function next(page: Page) {
	// → moves on when no field has focus: the facilitator's keyboard path.
	await page.locator('body').click({ position: { x: 5, y: 700 } });
	await page.keyboard.press('ArrowRight');
}

for (const locale of LOCALES) {
	const say = wordsIn(locale);

	test(`${locale}: a first visit finds the example workshop ready to open`, async ({ page }) => {
		await speak(page, locale);
		await page.goto('/');
		await page.getByRole('link', { name: exampleName(locale), exact: true }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: say('step.journey.title') })
		).toBeVisible();
		await expect(page.getByLabel(say('field.journey.name'))).toHaveValue(exampleName(locale));
		await page.getByRole('button', { name: new RegExp(say('step.emotions.title')) }).click();
		await expect(
			page.getByRole('img', { name: say('emotions.summary.other', { n: 15 }) })
		).toBeVisible();
	});

	test(`${locale}: a whole workshop by keyboard, resumed after reload, ends in a PDF`, async ({
		page
	}) => {
		await speak(page, locale);
		await page.goto('/');
		await page.getByRole('button', { name: say('home.new') }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: say('step.journey.title') })
		).toBeVisible();

		// Step 1 — the only hard rule: no name, no way forward.
		await next(page);
		await expect(page.getByRole('alert')).toContainText(say('wizard.blocked'));
		await page.getByLabel(say('field.journey.name')).fill(PLACE);
		await page.getByLabel(say('field.journey.businessGoal')).fill(GOAL);
		await page.getByLabel(say('field.journey.segment')).selectOption('internal');
		await next(page);

		// Step 2 — stakeholders, added with the keyboard.
		await expect(
			page.getByRole('heading', { level: 1, name: say('step.stakeholders.title') })
		).toBeVisible();
		const people: [string, string][] = [
			['Åsa Øberg', 'Service desk'],
			['Jiří Nováček', 'IT workplace']
		];
		for (const [name, team] of people) {
			await page.getByRole('button', { name: say('stakeholders.add') }).press('Enter');
			await page.keyboard.type(name);
			await page.getByLabel(say('field.stakeholder.team')).last().fill(team);
		}
		await next(page);

		// Step 3 — desired experience.
		await page.getByLabel(say('field.experience.vision')).fill('The laptop is ready on day one');
		await page.getByRole('button', { name: say('experience.addStatement') }).click();
		await page.keyboard.type('The customer always knows the delivery date');
		await page.getByLabel(say('field.experience.npsTarget')).fill('40');
		await next(page);

		// Step 4 — persona.
		await page.getByRole('button', { name: say('personas.add') }).click();
		await page.getByLabel(say('field.persona.name'), { exact: true }).fill('Søren Kierkegård');
		await next(page);

		// Step 5 — an interview; then reload in the middle of the workshop.
		await page.getByRole('button', { name: say('interviews.add') }).click();
		await page.getByLabel(say('field.interview.label')).fill('Interview 1 – new hire');
		await page.getByRole('radio', { name: say('met.partly') }).check();
		await page.getByLabel(say('field.interview.nps')).fill('9');
		await expect(
			page.getByRole('status').getByText(say('save.saved'), { exact: true })
		).toBeVisible();
		await page.reload();
		await expect(
			page.getByRole('heading', { level: 1, name: say('step.interviews.title') })
		).toBeVisible();
		await expect(page.getByLabel(say('field.interview.label'))).toHaveValue(
			'Interview 1 – new hire'
		);
		await page.getByRole('button', { name: new RegExp(say('step.journey.title')) }).click();
		await expect(page.getByLabel(say('field.journey.name'))).toHaveValue(PLACE);
		await expect(page.getByLabel(say('field.journey.businessGoal'))).toHaveValue(GOAL);
		await page.getByRole('button', { name: new RegExp(say('step.plan.title')) }).click();

		// Step 6 — plan.
		await page.getByLabel(say('field.plan.title')).fill('Ordering a laptop, as it is today');
		await next(page);

		// Step 7 — touchpoints, one of them a gap.
		await page
			.getByRole('button', { name: say('touchpoints.addTo', { phase: say('phase.before') }) })
			.click();
		await page.keyboard.type('Request form in the portal');
		await page.keyboard.press('Enter'); // the next card opens in the same phase
		await page.keyboard.type('Confirmation e-mail');
		await page
			.getByRole('button', { name: say('touchpoints.addGapTo', { phase: say('phase.during') }) })
			.click();
		await page.keyboard.type('Waiting with no status');
		await next(page);

		// Step 8 — a feeling for each.
		await expect(
			page.getByRole('heading', { level: 1, name: say('step.emotions.title') })
		).toBeVisible();
		await page
			.getByRole('group', { name: /Request form/ })
			.getByText(say('emotion.positive'), { exact: true })
			.click();
		await page
			.getByRole('group', { name: /Confirmation/ })
			.getByText(say('emotion.neutral'), { exact: true })
			.click();
		await page
			.getByRole('group', { name: /Waiting/ })
			.getByText(say('emotion.veryNegative'), { exact: true })
			.click();
		await next(page);

		// Step 9 — an opportunity from the suggested gap.
		await page
			.getByRole('button', {
				name: `${say('opportunities.fromSuggestion')}: Waiting with no status`
			})
			.click();
		await page
			.getByLabel(say('field.opportunity.idea'))
			.fill('A status e-mail between approval and delivery');
		await next(page);

		// Step 10 — actions and the next review.
		await page.getByRole('button', { name: say('actions.fromOpportunity') }).click();
		await page.getByLabel(say('field.improve.reviewDate')).fill('2027-03-01');
		await next(page);

		// The report.
		await expect(
			page.getByRole('heading', { level: 1, name: say('step.report.title') })
		).toBeVisible();
		await page.getByRole('button', { name: say('report.make') }).click();
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: say('report.download') }).click({ timeout: 30_000 });
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
		// The report speaks the room's language: its fixed words are that language's.
		const flat = text.replace(/\s+/g, ' ');
		for (const key of ['report.subtitle', 'section.stakeholders', 'section.journey'] as const)
			expect(flat).toContain(reportWord(locale, key));
	});
}
