// Undo and redo as a facilitator uses them: Ctrl+Z outside a field takes back the last edit —
// on another step it goes there — and Ctrl+Shift+Z brings it back; inside a field the browser's
// own undo takes the typing back first, and one key press never undoes two things; the buttons
// say what they will do; another tab's edits are not this tab's to undo.
import { expect, test, type Page } from './fixtures';
import { twoTabs } from './two-tabs';

const stepTitle = (page: Page) => page.getByRole('heading', { level: 1 });

// An undo that breaks a screen is worse than none: every page error fails the test.
let errors: string[] = [];
test.beforeEach(({ context }) => {
	errors = [];
	context.on('weberror', (error) => errors.push(error.error().message));
});
test.afterEach(() => expect(errors, 'page errors').toEqual([]));

async function openExample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).click();
	await expect(stepTitle(page)).toBeVisible();
}

test('a deleted touchpoint comes back from step 8: the undo goes to step 7 and shows it', async ({
	page
}) => {
	await openExample(page);
	await page.getByRole('button', { name: /Touchpoints/ }).click();
	await expect(stepTitle(page)).toHaveText('Touchpoints');
	const cards = page.locator('.timeline [data-tp]');
	await expect(cards.first()).toBeVisible();
	const before = await cards.count();
	const first = cards.first();
	const title = (await first.locator('.title, strong').first().textContent())
		?.trim()
		.replace(/,$/, '');
	await first.getByRole('button').first().focus();
	await page.keyboard.press('Delete');
	await expect(cards).toHaveCount(before - 1);

	await page
		.getByRole('button', { name: /Emotions/ })
		.first()
		.click();
	await expect(stepTitle(page)).not.toHaveText('Touchpoints');
	const undo = page.getByRole('button', { name: /^Undo: delete touchpoint/ });
	await expect(undo).toHaveAccessibleName(`Undo: delete touchpoint “${title}”`);
	await page.keyboard.press('Control+z');
	await expect(stepTitle(page)).toHaveText('Touchpoints');
	await expect(cards).toHaveCount(before);
	await expect(
		page.getByRole('status').getByText(`Undone: delete touchpoint “${title}”`)
	).toBeVisible();

	await page.getByRole('button', { name: /^Redo: delete touchpoint/ }).click();
	await expect(cards).toHaveCount(before - 1);
	await page.reload();
	await expect(cards).toHaveCount(before - 1);
});

test('in a field the browser’s undo takes the typing back first; then Ctrl+Z undoes the add before it, one thing per press', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workshop' }).click();
	const name = page.getByLabel('Journey name');
	await name.click();
	await page.keyboard.type('Bike rental');
	await page.getByRole('button', { name: /^Next/ }).click();
	await page.getByRole('button', { name: 'Add stakeholder' }).click();
	const who = page.getByLabel('Name').last();
	await who.click();
	await page.keyboard.type('Service desk');
	await expect(who).toHaveValue('Service desk');

	// The browser's own text undo, while the field still has typing to take back.
	for (let i = 0; i < 5 && (await who.inputValue()) !== ''; i++) {
		await page.keyboard.press('Control+z');
		await expect(page.getByLabel('Name')).toHaveCount(1);
	}
	await expect(who).toHaveValue('');
	// Nothing left in the field: the next press is the app's, and takes back the added row only.
	await page.keyboard.press('Control+z');
	await expect(page.getByLabel('Name')).toHaveCount(0);
	await expect(stepTitle(page)).toHaveText('Everyone involved');
	// Then the journey's name, on step 1.
	await page.keyboard.press('Control+z');
	await expect(stepTitle(page)).toHaveText('One journey');
	await expect(name).toHaveValue('');
	await page.keyboard.press('Control+Shift+z');
	await expect(name).toHaveValue('Bike rental');
	await expect(page.getByRole('button', { name: /^Redo:/ })).toHaveAccessibleName(
		'Redo: add stakeholder'
	);
	await page.keyboard.press('Control+y');
	await expect(stepTitle(page)).toHaveText('Everyone involved');
	await expect(page.getByLabel('Name')).toHaveCount(1);
});

test('another tab’s edit is not undone by this tab’s Ctrl+Z', async ({ page }) => {
	const other = await twoTabs(page);

	await page.getByLabel('Where it starts (the trigger)').fill('Mine');
	await other.getByLabel('Where it ends').fill('Theirs');
	await expect(page.getByLabel('Where it ends')).toHaveValue('Theirs');
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('Control+z');
	await expect(page.getByLabel('Where it starts (the trigger)')).toHaveValue('');
	await expect(page.getByLabel('Where it ends')).toHaveValue('Theirs');
	await expect(other.getByLabel('Where it starts (the trigger)')).toHaveValue('');
	await expect(other.getByLabel('Where it ends')).toHaveValue('Theirs');
	// Next in this tab's history is the name it typed, not the other tab's words.
	await expect(page.getByRole('button', { name: /^Undo:/ })).toHaveAccessibleName(
		'Undo: change in “One journey”'
	);
});

test('the presenter window’s Undo and Redo (and Ctrl+Z there) act on the projector window', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workshop' }).click();
	await page.getByLabel('Journey name').fill('Bike rental');
	await page.getByLabel('Business goal').fill('Fewer calls');
	await page.locator('#step-title').focus();
	const opening = context.waitForEvent('page');
	await page.keyboard.press('w');
	const presenter = await opening;

	const undo = presenter.getByRole('button', { name: /^Undo:/ });
	await expect(undo).toHaveAccessibleName('Undo: change in “One journey”');
	await undo.click();
	await expect(page.getByLabel('Business goal')).toHaveValue('');
	await expect(page.getByLabel('Journey name')).toHaveValue('Bike rental');
	await presenter.getByRole('button', { name: /^Redo:/ }).click();
	await expect(page.getByLabel('Business goal')).toHaveValue('Fewer calls');

	// Ctrl+Z outside the notes: the projector window's undo. In the notes, the text's own first.
	await presenter.getByRole('heading', { level: 1 }).first().click();
	await presenter.keyboard.press('Control+z');
	await expect(page.getByLabel('Business goal')).toHaveValue('');
	const notes = presenter.getByLabel('Your notes for this step');
	await notes.click();
	await presenter.keyboard.type('Ask about returns');
	await presenter.keyboard.press('Control+z');
	await expect(notes).toHaveValue('');
	await expect(page.getByLabel('Journey name')).toHaveValue('Bike rental');
});
