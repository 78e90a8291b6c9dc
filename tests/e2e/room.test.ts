// Running the room: projector mode by keys, the presenter window driving the projector window
// and hearing it back, private notes that survive closing the presenter, and a step's timer run
// into overrun on a mocked clock — seen in both windows, with the day's pace re-planned.
import { expect, test, type Page } from './fixtures';
import { typeInto } from './keyboard';
import { wordsIn } from './words';

const title = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function newWorkshop(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workshop' }).click();
	await typeInto(page, page.getByLabel('Journey name'), 'Laptop for a new hire');
	// Out of the field, so the keys are shortcuts again.
	await title(page, 'One journey').focus();
}

test('projector mode, themes, full screen and the list of keys — all from the keyboard', async ({
	page
}) => {
	await newWorkshop(page);
	await page.keyboard.press('p');
	const projector = page.locator('.projector');
	await expect(projector).toBeVisible();
	await expect(title(page, 'One journey')).toBeFocused();
	await expect(page.getByRole('complementary')).toHaveCount(0); // no step list, no sidebar
	await expect(projector).toHaveCSS('font-size', '28px');
	const theme = await projector.getAttribute('data-theme');
	await page.keyboard.press('d');
	await expect(projector).not.toHaveAttribute('data-theme', theme!);
	// The choice of theme is the room's: it is still there after a reload.
	const chosen = await projector.getAttribute('data-theme');

	await page.keyboard.press('ArrowRight');
	await expect(title(page, 'Everyone involved')).toBeFocused();
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);

	await page.keyboard.press('?');
	const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(keys).toBeVisible();
	await expect(keys).toContainText('Open the presenter window');
	await page.keyboard.press('Escape');
	await expect(keys).toBeHidden();

	await page.keyboard.press('p');
	await expect(projector).toBeHidden();
	await expect(page.getByRole('navigation')).toBeVisible();
	await page.reload();
	await expect(title(page, 'Everyone involved')).toBeVisible();
	await page.keyboard.press('p');
	await expect(page.locator('.projector')).toHaveAttribute('data-theme', chosen!);
});

test('the presenter window drives the projector window and hears it back; a step runs over on a mocked clock', async ({
	page,
	context
}) => {
	await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
	await newWorkshop(page);

	const opening = context.waitForEvent('page');
	await page.keyboard.press('w');
	let presenter = await opening;
	await expect(presenter.getByText('The projector window follows this one.')).toBeVisible();
	await expect(title(presenter, 'One journey')).toBeVisible();
	await expect(page.getByRole('button', { name: /Presenter ✓/ })).toBeVisible();

	// Notes are private to the presenter window and outlive it.
	const note = 'Ask Maja which journey hurts most';
	await presenter.getByLabel('Your notes for this step').fill(note);
	await expect(page.getByText(note)).toHaveCount(0);
	await presenter.close({ runBeforeUnload: true });
	await expect(page.getByRole('button', { name: /^Presenter W/ })).toBeVisible();
	const reopening = context.waitForEvent('page');
	await page.keyboard.press('w');
	presenter = await reopening;
	await expect(presenter.getByLabel('Your notes for this step')).toHaveValue(note);

	// Presenter → projector: projector mode, the next step, the theme.
	await presenter.getByRole('button', { name: 'Projector mode: off' }).click();
	await expect(page.locator('.projector')).toBeVisible();
	await presenter.getByRole('button', { name: /^Next/ }).click();
	await expect(title(page, 'Everyone involved')).toBeVisible();
	await expect(title(presenter, 'Everyone involved')).toBeVisible();
	// Projector → presenter.
	await page.keyboard.press('ArrowRight');
	await expect(title(presenter, 'Desired experience')).toBeVisible();
	await presenter.getByRole('button', { name: 'Theme: dark' }).click();
	await expect(page.locator('.projector')).toHaveAttribute('data-theme', 'light');
	await expect(presenter.getByRole('button', { name: 'Theme: light' })).toBeVisible();

	// Step 3 has 20 minutes. Start it from the presenter and let 21 go by.
	await presenter.getByRole('button', { name: 'Start' }).click();
	await page.clock.fastForward('16:30');
	const projectorTimer = page.getByRole('region', { name: 'Timer for this step' });
	await expect(projectorTimer).toContainText('Time to wrap up');
	await expect(projectorTimer).toHaveClass(/amber/);
	await page.clock.fastForward('04:30');
	// The clock still flows between steps of the test: allow for a few seconds of it.
	await expect(projectorTimer).toHaveClass(/red/);
	await expect(projectorTimer).toContainText(/1:0\d over/);
	const presenterTimer = presenter.getByRole('region', { name: 'Timer for this step' });
	await expect(presenterTimer).toContainText(/1:0\d over/);
	await expect(presenterTimer).toContainText('Time is up');
	// The steps still to come give up the minute: the day still ends on time.
	await expect(presenterTimer).toContainText('On time');
	await expect(presenter.getByText('Ends at 12:00')).toBeVisible();

	// The presenter's pause reaches the projector, and the time spent is kept.
	await presenter.getByRole('button', { name: 'Pause' }).click();
	await expect(presenter.getByRole('button', { name: 'Resume' })).toBeVisible();
	const paused = await projectorTimer.locator('.clock').textContent();
	await page.clock.fastForward('05:00');
	await expect(projectorTimer.locator('.clock')).toHaveText(paused!);

	// Closing the projector window: the presenter says so and offers to open it again.
	await page.close();
	await expect(
		presenter.getByText('The projector window is closed. Nothing is lost.')
	).toBeVisible();
	const again = context.waitForEvent('page');
	await presenter.getByRole('button', { name: 'Open the projector window' }).click();
	const projector = await again;
	await expect(projector.locator('.projector')).toBeVisible();
	await expect(title(projector, 'Desired experience')).toBeVisible();
	await expect(presenter.getByText('The projector window follows this one.')).toBeVisible();
});

test('L switches the language in projector mode, and the presenter window follows; its menu switches both', async ({
	page,
	context
}) => {
	await newWorkshop(page);
	const opening = context.waitForEvent('page');
	await page.keyboard.press('w');
	const presenter = await opening;
	await expect(title(presenter, 'One journey')).toBeVisible();
	await page.bringToFront();
	await page.keyboard.press('p');
	await expect(title(page, 'One journey')).toBeFocused();

	const da = wordsIn('da');
	const sv = wordsIn('sv');
	await page.keyboard.press('l');
	await expect(title(page, da('step.journey.title'))).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await expect(title(presenter, da('step.journey.title'))).toBeVisible();

	await presenter.getByLabel(da('app.language')).selectOption('sv');
	await expect(title(presenter, sv('step.journey.title'))).toBeVisible();
	await expect(title(page, sv('step.journey.title'))).toBeVisible();
	// Remembered: a reload opens in Swedish.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
