// The wizard on a projector's 1280×720, as the room sees it when a step opens: the questions to
// ask the room are all on screen, and so is the beginning of the step's own work (its first
// field, card, curve or table) — nobody has to scroll or fold the questions away to start. In
// every language, since Danish and Swedish words run longer.
import { STEP_IDS } from '../../src/lib/domain/types';
import { expect, test, type Page } from './fixtures';
import { exampleName, LOCALES, speak, wordsIn, type Locale } from './words';

const PLACES = [...STEP_IDS, 'report'] as const;
/** How much of the work must show above the Back/Next bar: a field with its label, a card's
 *  head, the top of the curve — a line is not enough to start on. */
const WORK_SHOWN = 150;
/** What the step's first control or card must show at least: its own first line. */
const FIRST_SHOWN = 60;

interface FirstScreen {
	viewport: number;
	/** Top of the Back/Next bar, which stays at the bottom of the screen (or under a short step). */
	navTop: number;
	workTop: number;
	/** The first field, button, card, canvas or table inside the work. */
	first: { top: number; what: string } | null;
	/** Each prompt's box: [top, bottom]. */
	prompts: [number, number][];
	promptsOpen: boolean;
}

function measure(page: Page): Promise<FirstScreen> {
	return page.evaluate(() => {
		const rect = (el: Element) => el.getBoundingClientRect();
		const work = document.querySelector('[data-work]')!;
		const controls = 'input, textarea, select, button, canvas, table, [role="tab"], li, a[href]';
		const first = [...work.querySelectorAll(controls)].find((el) => {
			const r = rect(el);
			return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
		});
		const details = document.querySelector<HTMLDetailsElement>('.step-header .prompts');
		return {
			viewport: window.innerHeight,
			navTop: rect(document.querySelector('.nav-buttons')!).top,
			workTop: rect(work).top,
			first: first
				? {
						top: rect(first).top,
						what: `${first.tagName} ${first.textContent?.trim().slice(0, 30)}`
					}
				: null,
			prompts: [...(details?.querySelectorAll('li') ?? [])].map((li) => {
				const r = rect(li);
				return [r.top, r.bottom] as [number, number];
			}),
			promptsOpen: details?.open ?? false
		};
	});
}

async function openExample(page: Page, locale: Locale) {
	await speak(page, locale);
	await page.goto('/');
	await page.getByRole('link', { name: exampleName(locale), exact: true }).click();
	await expect(page.getByLabel(wordsIn(locale)('field.journey.name'))).toBeEditable();
}

for (const locale of LOCALES) {
	test(`every step shows its questions and the start of its work at 1280×720 (${locale})`, async ({
		page
	}) => {
		const say = wordsIn(locale);
		await openExample(page, locale);
		const found: string[] = [];
		for (const [i, place] of PLACES.entries()) {
			await page.locator('.step-list button').nth(i).click();
			await expect(
				page.getByRole('heading', { level: 1, name: say(`step.${place}.title`) })
			).toBeVisible();
			// A step's form loads the first time it is shown.
			await expect(page.locator('[data-work] > *').first()).toBeVisible();
			await page.waitForTimeout(150);
			const m = await measure(page);
			const where = `${locale} step ${i + 1} (${place})`;
			// Back and Next are always on screen, at the bottom or under a short step.
			expect(m.navTop, `${where}: Back and Next are on screen`).toBeLessThan(m.viewport - 40);
			if (place !== 'report') {
				if (!m.promptsOpen || m.prompts.length < 3)
					found.push(`${where}: the questions are folded`);
				for (const [top, bottom] of m.prompts)
					if (top < 0 || bottom > m.workTop)
						found.push(`${where}: a question runs from ${top} to ${bottom}, work at ${m.workTop}`);
			}
			if (m.navTop - m.workTop < WORK_SHOWN)
				found.push(
					`${where}: the work starts at y=${Math.round(m.workTop)}, ${Math.round(m.navTop - m.workTop)} px above the bar`
				);
			if (!m.first || m.navTop - m.first.top < FIRST_SHOWN)
				found.push(`${where}: its first control (${m.first?.what}) starts at y=${m.first?.top}`);
		}
		expect(found, found.join('\n')).toEqual([]);
	});
}
