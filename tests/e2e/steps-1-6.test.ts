// Steps 1–6 filled with the keyboard alone — Tab, typing, Space, Enter, arrows, never the mouse —
// and every word found again after a reload.
import { expect, test } from './fixtures';
import { nextStep, tabTo, typeInto } from './keyboard';

const JOURNEY = 'Åsa orders a laptop – Łódź edition';

test('steps 1–6 by keyboard only, all of it there after a reload', async ({ page }) => {
	await page.goto('/');
	await tabTo(page, page.getByRole('button', { name: 'New workshop' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'One journey' })).toBeVisible();

	// 1 — one journey.
	await typeInto(page, page.getByLabel('Journey name'), JOURNEY);
	await tabTo(page, page.getByLabel('Customer segment'));
	await page.keyboard.press('ArrowDown'); // Choose… → Internal customers
	await expect(page.getByLabel('Customer segment')).toHaveValue('internal');
	await typeInto(page, page.getByLabel('Business goal the map should serve'), 'Fewer chase calls');
	await typeInto(page, page.getByLabel('Where it starts (the trigger)'), 'A new hire is coming');
	await typeInto(page, page.getByLabel('Where it ends'), 'Two weeks after pick-up');
	await tabTo(page, page.getByRole('checkbox', { name: 'Everyday use' }));
	await page.keyboard.press('Space');
	await tabTo(page, page.getByRole('checkbox', { name: 'Buying or ordering' }).first());
	await page.keyboard.press('Space');
	await typeInto(page, page.getByLabel('Facilitator'), 'Jiří Nováček');
	await nextStep(page, 'Everyone involved');

	// 2 — two stakeholders: one front stage, one back stage who stays away.
	await tabTo(page, page.getByRole('button', { name: '+ Add stakeholder' }));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Name')).toBeFocused();
	await page.keyboard.type('Priya Shah');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Service desk');
	await page.keyboard.press('Enter'); // Enter in the last row starts the next
	await expect(page.getByLabel('Name').nth(1)).toBeFocused();
	await page.keyboard.type('Tom Hughes');
	await page.keyboard.press('Tab');
	await page.keyboard.type('IT devices');
	await tabTo(page, page.getByRole('radio', { name: 'Front stage' }).nth(1));
	await page.keyboard.press('ArrowRight'); // → Back stage
	await tabTo(page, page.getByRole('checkbox', { name: 'Takes part in the workshop' }).nth(1));
	await page.keyboard.press('Space');
	await nextStep(page, 'Desired experience');

	// 3 — vision, two ambitions (the second chosen), a statement, an NPS target and a measure.
	await typeInto(page, page.getByLabel('Vision'), 'Ready on day one');
	await tabTo(page, page.getByRole('button', { name: '+ Add an option' }));
	await page.keyboard.press('Enter');
	await page.keyboard.type('Fully configured');
	await page.keyboard.press('Enter');
	await page.keyboard.type('A basic setup, fast');
	// One radio group: Tab lands on it once, the arrow keys choose within it.
	await tabTo(page, page.getByRole('radio', { name: /Choose this ambition/ }).first());
	await page.keyboard.press('ArrowDown');
	await tabTo(page, page.getByRole('button', { name: '+ Add statement' }));
	await page.keyboard.press('Enter');
	await page.keyboard.type('Good service');
	await expect(page.getByText(/^Vague:/)).toBeVisible();
	await page.keyboard.type(' — answers within 4 hours');
	await expect(page.getByText(/^Vague:/)).toHaveCount(0);
	await typeInto(page, page.getByLabel('NPS target'), '140');
	await expect(page.getByText(/from −100 to 100/).first()).toBeVisible();
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('Backspace');
	await page.keyboard.type('40');
	await tabTo(page, page.getByRole('button', { name: '+ Add a measure' }));
	await page.keyboard.press('Enter');
	await page.keyboard.type('Chase calls per order');
	await page.keyboard.press('Tab');
	await page.keyboard.type('fewer than 1 in 10');
	await nextStep(page, 'Persona');

	// 4 — the primary persona, with a quote and a colour.
	await tabTo(page, page.getByRole('button', { name: 'Add persona' }));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
	await page.keyboard.type('Søren Kierkegård');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Account manager');
	await typeInto(page, page.getByLabel('Quote'), 'Just let me start working.');
	await nextStep(page, 'Today’s experience');

	// 5 — one interview, partly met, with a note for the first phase and an NPS of 9.
	await tabTo(page, page.getByRole('button', { name: 'Add interview' }));
	await page.keyboard.press('Enter');
	await page.keyboard.type('Interview 1 – new hire');
	await tabTo(page, page.getByRole('radio', { name: 'Not asked' }));
	await page.keyboard.press('ArrowRight'); // wraps round to Yes…
	await page.keyboard.press('ArrowRight'); // …and on to Partly
	await expect(page.getByRole('radio', { name: 'Partly' })).toBeChecked();
	await typeInto(page, page.getByLabel('Notes: Before'), 'Nobody said when it would come');
	await typeInto(page, page.getByLabel('Pain points (one a line)'), 'No delivery date');
	await typeInto(page, page.getByLabel('How likely to recommend (0–10)'), '9');
	await nextStep(page, 'Plan the journey');

	// 6 — a title, "During" renamed, "Aftercare" added with Enter, then moved up with Alt+↑.
	await typeInto(page, page.getByLabel('Map title'), 'Laptop, as it is today');
	const during = page.getByLabel('Phase 2', { exact: true });
	await tabTo(page, during);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('Waiting');
	await tabTo(page, page.getByLabel('Phase 3', { exact: true }));
	await page.keyboard.press('Enter');
	await page.keyboard.type('Aftercare');
	await page.keyboard.press('Alt+ArrowUp');
	await expect(page.getByLabel('Phase 3', { exact: true })).toHaveValue('Aftercare');
	await expect(page.getByLabel('Phase 3', { exact: true })).toBeFocused();
	await expect(page.getByRole('status').getByText('Saved', { exact: true })).toBeVisible();

	// Reload, then walk back through the steps with ← and find every word.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Plan the journey' })).toBeVisible();
	const phases = ['Before', 'Waiting', 'Aftercare', 'After'];
	for (const [i, name] of phases.entries()) {
		await expect(page.getByLabel(`Phase ${i + 1}`, { exact: true })).toHaveValue(name);
	}
	await expect(page.getByLabel('Map title')).toHaveValue('Laptop, as it is today');

	const back = async (title: string) => {
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	};
	await page.locator('body').press('ArrowLeft');
	await expect(page.getByRole('heading', { level: 1, name: 'Today’s experience' })).toBeVisible();
	await expect(page.getByLabel('Label (no real names needed)')).toHaveValue(
		'Interview 1 – new hire'
	);
	await expect(page.getByRole('radio', { name: 'Partly' })).toBeChecked();
	await expect(page.getByLabel('Notes: Before')).toHaveValue('Nobody said when it would come');
	await expect(page.getByLabel('How likely to recommend (0–10)')).toHaveValue('9');

	await back('Persona');
	await expect(page.getByText('Søren Kierkegård')).toBeVisible();
	await expect(page.getByText('Just let me start working.')).toBeVisible();
	await expect(page.getByText('SK', { exact: true })).toBeVisible();

	await back('Desired experience');
	await expect(page.getByLabel('Vision')).toHaveValue('Ready on day one');
	await expect(page.getByRole('radio', { name: /Choose this ambition/ }).nth(1)).toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Option 2' })).toHaveValue('A basic setup, fast');
	await expect(page.getByRole('textbox', { name: 'Statement 1' })).toHaveValue(
		'Good service — answers within 4 hours'
	);
	await expect(page.getByLabel('NPS target')).toHaveValue('40');
	await expect(page.getByRole('textbox', { name: 'Target 1' })).toHaveValue('fewer than 1 in 10');

	await back('Everyone involved');
	await expect(page.getByLabel('Name').nth(1)).toHaveValue('Tom Hughes');
	await expect(page.getByRole('radio', { name: 'Back stage' }).nth(1)).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: 'Takes part in the workshop' }).nth(1)
	).not.toBeChecked();

	await back('One journey');
	await expect(page.getByLabel('Journey name')).toHaveValue(JOURNEY);
	await expect(page.getByLabel('Customer segment')).toHaveValue('internal');
	await expect(page.getByRole('checkbox', { name: 'Everyday use' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Buying or ordering' })).toBeChecked();
	await expect(page.getByLabel('Facilitator')).toHaveValue('Jiří Nováček');
});
