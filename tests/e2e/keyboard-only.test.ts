// A whole workshop with the keyboard alone, as a facilitator without a mouse runs it: from the
// home page to the downloaded PDF through all ten steps, with Tab, Shift+Tab, Enter, Space,
// arrows, number keys, Delete and Ctrl+Z — after the first page load nothing is clicked or
// filled. Every Tab is checked for a visible focus ring (keyboard.ts), and a deletion in three
// lists must leave the keyboard in that list, with Ctrl+Z bringing the item back.
import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from './fixtures';
import { expectFocusVisible, nextStep, press, tabTo, typeInto } from './keyboard';
import { exampleName, wordsIn } from './words';

const say = wordsIn('en');

const JOURNEY = 'Ærøskøbing laptop – keyboard only';
const PEOPLE: [string, string][] = [
	['Åsa Øberg', 'Service desk'],
	['Jiří Nováček', 'IT workplace'],
	['Märta Lind', 'Purchasing']
];
const STATEMENT = 'The customer always knows the delivery date';
const PERSONA = 'Søren Kierkegård';
const INTERVIEW = 'Interview 1 – new hire';
const TOUCHPOINTS = ['Request form in the portal', 'Confirmation e-mail', 'Laptop handed over'];
const GAP = 'Waiting with no status';
const IDEA = 'A status e-mail every Friday';

/** Waits for a step's form, which loads the first time the step is shown. */
async function stepShown(page: Page) {
	await expect(page.locator('.step-body > *').first()).toBeVisible();
}

/** The keyboard is on a control inside `within` (a list and its Add button), visibly. */
async function focusStaysIn(page: Page, within: Locator) {
	await expect(within.locator(':focus')).toHaveCount(1);
	await expectFocusVisible(page);
}

test('a whole workshop by keyboard alone, focus always visible, never lost on delete', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await tabTo(page, page.getByRole('button', { name: say('home.new') }));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { level: 1, name: say('step.journey.title') })
	).toBeVisible();
	await stepShown(page);

	// 1 — the journey's name.
	await typeInto(page, page.getByLabel(say('field.journey.name')), JOURNEY);
	await nextStep(page, say('step.stakeholders.title'));
	await stepShown(page);

	// 2 — three stakeholders dictated (Enter in the last row starts the next), the middle one
	// deleted with its Remove button and brought back with Ctrl+Z.
	await tabTo(page, page.getByRole('button', { name: say('stakeholders.add') }));
	await page.keyboard.press('Enter');
	for (const [i, [name, team]] of PEOPLE.entries()) {
		await expect(
			page.getByLabel(say('field.stakeholder.name'), { exact: true }).nth(i)
		).toBeFocused();
		await page.keyboard.type(name);
		await press(page, 'Tab');
		await page.keyboard.type(team);
		if (i < PEOPLE.length - 1) await page.keyboard.press('Enter');
	}
	const stakeholders = page.locator('section.list');
	const nameFields = stakeholders.getByLabel(say('field.stakeholder.name'), { exact: true });
	const middle = PEOPLE[1]!.join(' · ');
	await tabTo(page, page.getByRole('button', { name: `${say('list.remove')}: ${middle}` }), {
		back: true
	});
	await page.keyboard.press('Enter');
	await expect(nameFields).toHaveCount(2);
	await focusStaysIn(page, stakeholders);
	await page.keyboard.press('Control+z');
	await expect(nameFields).toHaveCount(3);
	await expect(nameFields.nth(1)).toHaveValue(PEOPLE[1]![0]);
	await focusStaysIn(page, stakeholders);
	await nextStep(page, say('step.experience.title'));
	await stepShown(page);

	// 3 — one experience statement.
	await tabTo(page, page.getByRole('button', { name: say('experience.addStatement') }));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('textbox', { name: say('field.experience.statement', { n: 1 }) })
	).toBeFocused();
	await page.keyboard.type(STATEMENT);
	await nextStep(page, say('step.persona.title'));
	await stepShown(page);

	// 4 — the primary persona.
	await tabTo(page, page.getByRole('button', { name: say('personas.add') }));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel(say('field.persona.name'), { exact: true })).toBeFocused();
	await page.keyboard.type(PERSONA);
	await nextStep(page, say('step.interviews.title'));
	await stepShown(page);

	// 5 — one interview, its expectation partly met (arrows in the radio group).
	await tabTo(page, page.getByRole('button', { name: say('interviews.add') }));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel(say('field.interview.label'))).toBeFocused();
	await page.keyboard.type(INTERVIEW);
	await tabTo(page, page.getByRole('radio', { name: say('met.none') }));
	await press(page, 'ArrowRight');
	await press(page, 'ArrowRight');
	await expect(page.getByRole('radio', { name: say('met.partly') })).toBeChecked();
	await nextStep(page, say('step.plan.title'));
	await stepShown(page);

	// 6 — the phases as they are.
	await expect(page.getByLabel(say('field.phase.name', { n: 1 }), { exact: true })).toHaveValue(
		say('phase.before')
	);
	await nextStep(page, say('step.touchpoints.title'));
	await stepShown(page);

	// 7 — three touchpoints dictated into "Before", a gap in "During"; the middle card deleted
	// with the Delete key and brought back with Ctrl+Z.
	await tabTo(
		page,
		page.getByRole('button', { name: say('touchpoints.addTo', { phase: say('phase.before') }) })
	);
	await page.keyboard.press('Enter');
	for (const title of TOUCHPOINTS) {
		await page.keyboard.type(title);
		await page.keyboard.press('Enter');
	}
	await page.keyboard.press('Enter'); // Enter on the empty card ends the dictation
	await tabTo(
		page,
		page.getByRole('button', { name: say('touchpoints.addGapTo', { phase: say('phase.during') }) })
	);
	await page.keyboard.press('Enter');
	await page.keyboard.type(GAP);
	await page.keyboard.press('Escape');
	await expect(page.getByText(say('touchpoints.count', { n: 4 }))).toBeVisible();

	const timeline = page.locator('.timeline');
	// A card is named by what it shows, its title first.
	const card = (title: string) =>
		timeline.getByRole('button', { name: new RegExp(`^${title}\\s*,`) });
	await tabTo(page, card(TOUCHPOINTS[1]!), { back: true });
	await page.keyboard.press('Delete');
	await expect(card(TOUCHPOINTS[1]!)).toHaveCount(0);
	await focusStaysIn(page, timeline);
	await page.keyboard.press('Control+z');
	await expect(card(TOUCHPOINTS[1]!)).toBeFocused();
	await expect(page.getByText(say('touchpoints.count', { n: 4 }))).toBeVisible();
	await expectFocusVisible(page);
	await nextStep(page, say('step.emotions.title'));
	await stepShown(page);

	// 8 — a score for each touchpoint: a number key picks the face, Enter goes to the next one.
	const scores = [4, 3, 5, 1]; // the three in "Before", then the gap
	await tabTo(page, page.getByRole('radio').first());
	for (const score of scores) {
		await page.keyboard.press(String(score));
		await page.keyboard.press('Enter');
		await expectFocusVisible(page);
	}
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(scores.length);
	await nextStep(page, say('step.opportunities.title'));
	await stepShown(page);

	// 9 — an opportunity from the suggested gap; a second one added, deleted, and undone.
	await tabTo(
		page,
		page.getByRole('button', { name: `${say('opportunities.fromSuggestion')}: ${GAP}` })
	);
	await page.keyboard.press('Enter');
	await expect(page.getByLabel(say('field.opportunity.idea'))).toBeFocused();
	await page.keyboard.type(IDEA);
	await tabTo(page, page.getByRole('button', { name: say('opportunities.add') }));
	await page.keyboard.press('Enter');
	await page.keyboard.type('Nobody answers the phone');
	const opportunities = page.locator('.views');
	const removeSecond = page.getByRole('button', {
		name: `${say('list.remove')}: Nobody answers the phone`
	});
	await tabTo(page, removeSecond, { back: true });
	await page.keyboard.press('Enter');
	await expect(removeSecond).toHaveCount(0);
	await focusStaysIn(page, opportunities);
	await page.keyboard.press('Control+z');
	await expect(removeSecond).toHaveCount(1);
	await focusStaysIn(page, opportunities);
	await nextStep(page, say('step.improve.title'));
	await stepShown(page);

	// 10 — an action made from the opportunity, and the next review date.
	await tabTo(page, page.getByRole('button', { name: `${say('actions.makeOne')}: ${IDEA}` }));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('textbox', { name: say('field.action.title'), exact: true })
	).toHaveValue(IDEA);
	const review = page.getByLabel(say('field.improve.reviewDate'));
	await tabTo(page, review, { back: true });
	// Day first, as the app reads a date in every language; leaving the field writes it out.
	await page.keyboard.type('1/3/2027');
	await press(page, 'Tab');
	await expect(review).toHaveValue('1 March 2027');
	await nextStep(
		page,
		say('step.report.title'),
		page.getByRole('button', { name: say('wizard.toReport') })
	);
	await stepShown(page);

	// The report: made, then downloaded, and every typed word read back from the PDF.
	await tabTo(page, page.getByRole('button', { name: say('report.make') }));
	await page.keyboard.press('Enter');
	const download = page.getByRole('button', { name: say('report.download') });
	await expect(download).toBeVisible({ timeout: 30_000 });
	await tabTo(page, download);
	const downloading = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const path = await (await downloading).path();
	const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
	for (const typed of [
		JOURNEY,
		...PEOPLE.map(([name]) => name),
		STATEMENT,
		PERSONA,
		...TOUCHPOINTS,
		GAP,
		IDEA
	])
		expect(text).toContain(typed);
});

test('dot voting by keyboard: the fifth opportunity of the example gets a vote in a few keys', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: exampleName('en'), exact: true }).click();
	await expect(page.getByLabel(say('field.journey.name'))).toBeEditable();
	await page.locator('.step-list button').nth(8).click();
	const title = page.getByRole('heading', { level: 1, name: say('step.opportunities.title') });
	await expect(title).toBeVisible();
	await stepShown(page);
	const cards = page.locator('[data-opportunity]');
	await expect(cards).toHaveCount(5);
	const fifth = cards.nth(4);
	const name = (await fifth.locator('.row-title').textContent())!;
	const votesOf = () =>
		page.getByRole('group', { name: say('opportunities.vote.group', { item: name }) });
	const before = Number(await votesOf().locator('.count').textContent());

	// From the step's title: Tab past the suggestions, the views and the order to the cards,
	// every stop visibly focused; the list of cards is a single stop.
	await title.focus();
	let presses = 0;
	while (!(await cards.first().evaluate((el) => el === document.activeElement))) {
		await press(page, 'Tab');
		expect(++presses, 'Tab presses to the first card').toBeLessThanOrEqual(15);
	}
	const toList = presses;
	for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
		await press(page, key);
		presses++;
	}
	await expect(fifth).toBeFocused();
	await page.keyboard.press('+');
	presses++;
	await expect(votesOf().locator('.count')).toHaveText(String(before + 1));
	await expect(
		page.getByRole('status').filter({ hasText: `${name}: ${before + 1} votes` })
	).toHaveCount(1);
	expect(presses - toList, 'keys from the first card to a vote on the fifth').toBeLessThanOrEqual(
		6
	);

	// The next Tab leaves the cards for "Add opportunity".
	await press(page, 'Tab');
	await expect(page.getByRole('button', { name: say('opportunities.add') })).toBeFocused();
});
