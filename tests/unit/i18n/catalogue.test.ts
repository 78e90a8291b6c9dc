// Every message exists, is not empty, and keeps the same {placeholders} in every language.
import { en } from '$lib/i18n/messages/en';
import { da } from '$lib/i18n/messages/da';
import { sv } from '$lib/i18n/messages/sv';
import { reportMessages } from '$lib/i18n/report-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const sets = {
	app: { en, da, sv } as Record<string, Record<string, string>>,
	report: reportMessages as Record<string, Record<string, string>>
};

describe.each(Object.entries(sets))('the %s catalogue', (_name, catalogues) => {
	const source = catalogues.en!;
	it.each(['da', 'sv'])('%s has every English key, none empty, same placeholders', (locale) => {
		const catalogue = catalogues[locale]!;
		expect(Object.keys(catalogue).sort()).toEqual(Object.keys(source).sort());
		for (const [key, text] of Object.entries(source)) {
			const translated = catalogue[key]!;
			expect(translated.trim(), `${locale} ${key}`).not.toBe('');
			expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(text));
		}
	});

	it('English has no empty message', () => {
		for (const [key, text] of Object.entries(source)) expect(text.trim(), key).not.toBe('');
	});
});
