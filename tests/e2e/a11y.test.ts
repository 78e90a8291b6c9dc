// Every screen the room or a team lead meets, checked with axe against WCAG 2.2 A and AA (and
// axe's rules for landmarks and headings): the home page and its dialogs, the ten steps and the
// report of the example workshop with the states that show more, projector mode on every step in
// both themes — where all text must also reach 7:1, as the projector's themes promise — the
// preparation view, the presenter window and the interview guide. A failure names the screen,
// the rule, its impact and the elements, so it reads as a to-do list.
import AxeBuilder from '@axe-core/playwright';
import type { Result, RunOptions } from 'axe-core';
import { STEP_IDS } from '../../src/lib/domain/types';
import { expect, test, type Page } from './fixtures';
import { exampleName, wordsIn } from './words';

// A screen takes one to two seconds to check, more on a busy machine; the longest test checks 24.
test.describe.configure({ timeout: 120_000 });

const say = wordsIn('en');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PLACES = [...STEP_IDS, 'report'] as const;
const title = (page: Page, place: (typeof PLACES)[number]) =>
	page.getByRole('heading', { level: 1, name: say(`step.${place}.title`) });

/** One screen's violations, written to be read: the rule, its impact, what it asks, and where. */
function describe(screen: string, violations: Result[]): string[] {
	return violations.map((v) => {
		const nodes = v.nodes
			.slice(0, 6)
			.map((n) => {
				const why = (n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim();
				return `    ${n.target.join(' ')}${why ? ` — ${why}` : ''}`;
			})
			.join('\n');
		const more = v.nodes.length > 6 ? `\n    … and ${v.nodes.length - 6} more` : '';
		return `${screen}: ${v.id} (${v.impact}) — ${v.help}\n${nodes}${more}`;
	});
}

/** Beyond the WCAG tags, axe's structural best practices: the landmarks, the skip link's
 *  target and the order of headings are how a screen-reader user finds the way around a screen
 *  (projector mode once had no main landmark, so "Skip to content" led nowhere). */
const STRUCTURE = [
	'landmark-one-main',
	'landmark-no-duplicate-main',
	'landmark-unique',
	'region',
	'skip-link',
	'heading-order',
	'page-has-heading-one',
	// WCAG 2.5.3, Label in Name: a control's accessible name holds its visible label, so a person
	// using voice control can say what they see ("click Request form"). axe keeps the rule among
	// its experimental ones, off unless asked for by name.
	'label-content-name-mismatch'
];

/** The projector's promise: every text at 7:1 or more, large or not. axe's enhanced contrast
 *  rule (AAA) asks 7:1 of body text but only 4.5:1 of large text — and at 28px all of the
 *  projector's text is large — so it is asked for 7:1 at every size. */
const SEVEN_EVERYWHERE = {
	'color-contrast-enhanced': {
		options: { contrastRatio: { normal: { expected: 7 }, large: { expected: 7 } } }
	}
};

/** Label in Name, the way a person using voice control needs it: where a control's name is set
 *  apart from its content (aria-label, aria-labelledby), the name begins with the words it shows,
 *  so "click Add touchpoint" finds it. axe only asks that the words appear somewhere in the name.
 *  Controls that show only a symbol (✕, ↑, +) have no visible words to say, and are left out. */
async function labelsFirst(page: Page, screen: string): Promise<string[]> {
	return page.evaluate((screen) => {
		const words = (text: string) =>
			text
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim()
				.toLowerCase();
		const controls = document.querySelectorAll<HTMLElement>(
			'button, a[href], summary, [role="button"], [role="link"], [role="tab"], [role="radio"], [role="checkbox"], [role="switch"], [role="option"], [role="menuitem"]'
		);
		const found: string[] = [];
		for (const el of controls) {
			const ids = el.getAttribute('aria-labelledby');
			const name = ids
				? ids
						.split(/\s+/)
						.map((id) => document.getElementById(id)?.textContent ?? '')
						.join(' ')
				: el.getAttribute('aria-label');
			if (name === null || !el.checkVisibility()) continue;
			const shown = words(el.innerText);
			if (shown && !words(name).startsWith(shown))
				found.push(`${screen}: "${name}" does not begin with what it shows, "${el.innerText}"`);
		}
		return found;
	}, screen);
}

/** Checks the page as it is now and returns what is wrong, to be asserted at the end of the test
 *  (so one run lists every screen's problems, not only the first). */
async function audit(page: Page, screen: string, { sevenToOne = false } = {}): Promise<string[]> {
	const extra = sevenToOne ? [...STRUCTURE, 'color-contrast-enhanced'] : STRUCTURE;
	const options = {
		// Passing elements are only counted, not described: much faster on a screen of 1,400.
		resultTypes: ['violations'],
		rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])),
		...(sevenToOne && { checks: SEVEN_EVERYWHERE })
	};
	// Options first: withTags() adds to them, options() would replace what it set.
	const results = await new AxeBuilder({ page })
		.options(options as RunOptions)
		.withTags(WCAG_22_AA)
		.analyze();
	const found = [...describe(screen, results.violations), ...(await labelsFirst(page, screen))];
	// The extra rules are outside the tags: make sure they ran (with a modal dialog open, the
	// page-wide ones find nothing to apply to), and that the 7:1 rule measured some text.
	const { passes, violations, incomplete, inapplicable } = results;
	const ran = new Set([...passes, ...violations, ...incomplete, ...inapplicable].map((r) => r.id));
	for (const id of extra) if (!ran.has(id)) found.push(`${screen}: ${id} did not run`);
	const measured = [...passes, ...violations].find((r) => r.id === 'color-contrast-enhanced');
	if (sevenToOne && !measured?.nodes.length) found.push(`${screen}: no text was measured at 7:1`);
	return found;
}

function expectNone(found: string[]) {
	expect(found, `${found.length} accessibility violations:\n\n${found.join('\n\n')}\n`).toEqual([]);
}

async function openExample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: exampleName('en'), exact: true }).click();
	await expect(title(page, 'journey')).toBeVisible();
	await expect(page.getByLabel(say('field.journey.name'))).toBeEditable();
}

test('the home page, its delete dialog and a workshop file that is already here', async ({
	page
}) => {
	const found: string[] = [];
	await page.goto('/');
	const name = exampleName('en');
	await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	found.push(...(await audit(page, 'home')));

	await page.getByRole('button', { name: `${say('home.delete')}: ${name}` }).click();
	const confirm = page.getByRole('dialog');
	await expect(confirm).toBeVisible();
	found.push(...(await audit(page, 'home: delete dialog')));
	await confirm.getByRole('button', { name: say('home.cancel') }).click();
	await expect(confirm).toBeHidden();

	// The example's own file, downloaded and opened again: it is here already.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: `${say('handover.download')}: ${name}` }).click();
	const file = await (await downloading).path();
	await page.locator('input[type="file"]').setInputFiles(file);
	const conflict = page.getByRole('dialog', {
		name: say('handover.conflict.titleOne', { name })
	});
	await expect(conflict).toBeVisible();
	found.push(...(await audit(page, 'home: import conflict dialog')));
	await conflict.getByRole('button', { name: say('handover.conflict.copyOne') }).click();
	await expect(conflict).toBeHidden();
	await expect(
		page.getByRole('link', {
			name: say('handover.openIt', { name: say('handover.copyName', { name }) })
		})
	).toBeVisible();
	found.push(...(await audit(page, 'home: after an import')));

	// A file that is not a workshop: the explanation.
	await page.locator('input[type="file"]').setInputFiles({
		name: 'laptop.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"not": "a workshop"}')
	});
	await expect(page.getByRole('alert')).toContainText(say('handover.failed'));
	found.push(...(await audit(page, 'home: a file that failed')));
	expectNone(found);
});

test('every step and the report of the example, the list of keys and a question dialog', async ({
	page
}) => {
	const found: string[] = [];
	await openExample(page);
	const steps = page.locator('.step-list button');
	for (const [i, place] of PLACES.entries()) {
		await steps.nth(i).click();
		await expect(title(page, place)).toBeVisible();
		// A step's form loads the first time it is shown: audit it, not the empty frame.
		await expect(page.locator('.step-body > *').first()).toBeVisible();
		found.push(...(await audit(page, `step ${place}`)));

		if (place === 'stakeholders') {
			// A removal offers "Undo" in a toast for a few seconds.
			await page
				.getByRole('button', { name: new RegExp(`^${say('list.remove')}: `) })
				.first()
				.click();
			const undo = page.getByRole('button', { name: say('undo.undo'), exact: true });
			await expect(undo).toBeVisible();
			found.push(...(await audit(page, 'step stakeholders: undo toast')));
			await undo.click();
		}
		if (place === 'emotions') {
			await page.getByRole('button', { name: say('emotions.showTable') }).click();
			await expect(page.getByRole('table').first()).toBeVisible();
			found.push(...(await audit(page, 'step emotions: data as a table')));
		}
		if (place === 'plan') {
			await page
				.getByRole('button', {
					name: `${say('list.remove')}: ${say('field.phase.name', { n: 2 })}`
				})
				.click();
			await expect(page.getByRole('dialog')).toBeVisible();
			found.push(...(await audit(page, 'step plan: remove-phase dialog')));
			await page.keyboard.press('Escape');
			await expect(page.getByRole('dialog')).toBeHidden();
		}
		if (place === 'touchpoints') {
			await page.locator('.card button.open').first().click();
			await expect(page.getByRole('dialog')).toBeVisible();
			found.push(...(await audit(page, 'step touchpoints: card editor dialog')));
			await page.keyboard.press('Escape');
			await expect(page.getByRole('dialog')).toBeHidden();
		}
	}

	await title(page, 'report').focus();
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: say('keys.title') })).toBeVisible();
	found.push(...(await audit(page, 'keyboard shortcuts dialog')));
	expectNone(found);
});

test('projector mode: every step in the dark and the light theme, text at 7:1', async ({
	page
}) => {
	const found: string[] = [];
	await openExample(page);
	await title(page, 'journey').focus();
	await page.keyboard.press('p');
	const projector = page.locator('.projector');
	await expect(projector).toBeVisible();
	const first = await projector.getAttribute('data-theme');

	// There and back: every step in one theme, D, every step in the other.
	for (const pass of [0, 1]) {
		const theme = await projector.getAttribute('data-theme');
		const order = pass === 0 ? PLACES : [...PLACES].reverse();
		for (const [i, place] of order.entries()) {
			if (i > 0) await page.keyboard.press(pass === 0 ? 'ArrowRight' : 'ArrowLeft');
			await expect(title(page, place)).toBeFocused();
			await expect(page.locator('.projector-output > *').first()).toBeVisible();
			found.push(...(await audit(page, `projector ${theme} ${place}`, { sevenToOne: true })));
		}
		await page.keyboard.press('?');
		const keys = page.getByRole('dialog', { name: say('keys.title') });
		await expect(keys).toBeVisible();
		found.push(...(await audit(page, `projector ${theme}: keys dialog`, { sevenToOne: true })));
		await page.keyboard.press('Escape');
		await expect(keys).toBeHidden();
		await page.keyboard.press('d');
		await expect(projector).not.toHaveAttribute('data-theme', theme!);
	}
	expect(await projector.getAttribute('data-theme')).toBe(first);
	expectNone(found);
});

test('a new workshop: the blocked first step and the banner when saving fails', async ({
	page
}) => {
	const found: string[] = [];
	await page.goto('/');
	await page.getByRole('button', { name: say('home.new') }).click();
	await expect(title(page, 'journey')).toBeVisible();
	await expect(page.getByLabel(say('field.journey.name'))).toBeEditable();
	found.push(...(await audit(page, 'new workshop')));

	await title(page, 'journey').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('alert')).toContainText(say('wizard.blocked'));
	found.push(...(await audit(page, 'new workshop: step 1 blocked')));

	// The same field changed in a second tab at the same moment: both tabs say so.
	const other = await page.context().newPage();
	await other.goto(page.url());
	await expect(other.getByLabel(say('field.journey.name'))).toBeEditable();
	await page.getByLabel(say('field.journey.name')).fill('Laptop (tab A)');
	await other.getByLabel(say('field.journey.name')).fill('Laptop (tab B)');
	await expect(page.getByText(say('sync.title'))).toBeVisible();
	found.push(...(await audit(page, 'new workshop: changed in another tab')));
	await other.close();

	// Every write refused, as on a full disk.
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The disk is full.', 'QuotaExceededError');
		};
	});
	await page.getByLabel(say('field.journey.name')).fill('Quota');
	await expect(page.getByRole('button', { name: say('storage.backup') })).toBeVisible();
	found.push(...(await audit(page, 'new workshop: not saved')));
	expectNone(found);
});

test('the preparation view, the presenter window and the interview guide', async ({
	page,
	context
}) => {
	const found: string[] = [];
	await openExample(page);
	const url = page.url();

	await title(page, 'journey').focus();
	const opening = context.waitForEvent('page');
	await page.keyboard.press('w');
	const presenter = await opening;
	await expect(title(presenter, 'journey')).toBeVisible();
	await expect(presenter.getByText(say('presenter.connected'))).toBeVisible();
	found.push(...(await audit(presenter, 'presenter window')));
	await presenter.close();

	await page.goto(`${url}/prepare`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('textbox').first()).toBeEditable();
	found.push(...(await audit(page, 'preparation')));

	await page.goto(url);
	await page.locator('.step-list button').nth(STEP_IDS.indexOf('interviews')).click();
	await page.getByRole('link', { name: say('interviews.guideLink') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	found.push(...(await audit(page, 'interview guide')));
	expectNone(found);
});
