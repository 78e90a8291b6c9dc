// The app's own words in each language, for browser tests that run once per language: a test
// finds a control by what the catalogue says it is called, so it proves the screens speak that
// language (and a renamed label changes the test with it, never breaks it).
import type { Page } from '@playwright/test';
import { exampleWorkshop } from '../../src/lib/domain/example';
import type { Locale } from '../../src/lib/domain/types';
import { da } from '../../src/lib/i18n/messages/da';
import { en, type MessageKey } from '../../src/lib/i18n/messages/en';
import { sv } from '../../src/lib/i18n/messages/sv';
import { reportMessages, type ReportKey } from '../../src/lib/i18n/report-messages';
import { interpolate, LOCALES, type Params } from '../../src/lib/i18n/translate';

export { LOCALES };
export type { Locale };

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, da, sv };

/** `say('stakeholders.add')` → "Add stakeholder", "Tilføj interessent", … */
export function wordsIn(locale: Locale) {
	return (key: MessageKey, params?: Params) => interpolate(CATALOGUES[locale][key], params);
}

/** The example workshop's journey name in that language. */
export function exampleName(locale: Locale): string {
	return exampleWorkshop(locale).workshop.journey.name;
}

/** Opens the app in `locale` from the first page on, as a browser set to that language would. */
export async function speak(page: Page, locale: Locale) {
	await page.addInitScript((l) => localStorage.setItem('journey-workshop.locale', l), locale);
}

/** A fixed word of the PDF report in that language. */
export function reportWord(locale: Locale, key: ReportKey): string {
	return reportMessages[locale][key];
}
