import { describe, expect, it } from 'vitest';
import { interpolate, LOCALES, makeTranslator, pickLocale } from '$lib/i18n/translate';

describe('interpolate', () => {
	it('returns the message as it is without parameters', () => {
		expect(interpolate('Page {page} of {pages}')).toBe('Page {page} of {pages}');
	});

	it('replaces every placeholder, numbers included', () => {
		expect(interpolate('Page {page} of {pages}', { page: 2, pages: 7 })).toBe('Page 2 of 7');
		expect(interpolate('{a} and {a}', { a: 'x' })).toBe('x and x');
		expect(interpolate('{n} kontaktpunkter', { n: 0 })).toBe('0 kontaktpunkter');
	});

	it('keeps a missing parameter visible', () => {
		expect(interpolate('Hello {name}, {missing}', { name: 'Søren' })).toBe(
			'Hello Søren, {missing}'
		);
	});

	it('does not treat the replacement as a pattern', () => {
		expect(interpolate('{a}', { a: '$& {b}', b: 'no' })).toBe('$& {b}');
	});
});

describe('makeTranslator', () => {
	const catalogues = {
		en: { hello: 'Hello {name}', bye: 'Bye' },
		da: { hello: 'Hej {name}', bye: '' },
		sv: { hello: 'Hej {name}', bye: 'Hej då' }
	};

	it('uses the chosen language and falls back to English for an empty message', () => {
		const t = makeTranslator(catalogues, 'da');
		expect(t('hello', { name: 'Mette' })).toBe('Hej Mette');
		expect(t('bye')).toBe('Bye');
		expect(makeTranslator(catalogues, 'sv')('bye')).toBe('Hej då');
	});
});

describe('pickLocale', () => {
	it('knows three languages', () => {
		expect(LOCALES).toEqual(['en', 'da', 'sv']);
	});

	it('maps Danish and Norwegian to Danish', () => {
		expect(pickLocale(['da'])).toBe('da');
		expect(pickLocale(['da-DK'])).toBe('da');
		expect(pickLocale(['nb-NO'])).toBe('da');
		expect(pickLocale(['nb'])).toBe('da');
	});

	it('maps Swedish to Swedish', () => {
		expect(pickLocale(['sv'])).toBe('sv');
		expect(pickLocale(['sv-FI'])).toBe('sv');
		expect(pickLocale(['SV-se'])).toBe('sv');
	});

	it('takes the first language it knows, and English otherwise', () => {
		expect(pickLocale(['de-DE', 'sv-SE', 'da'])).toBe('sv');
		expect(pickLocale(['en-GB', 'da'])).toBe('en');
		expect(pickLocale(['fr-FR', 'de'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});
});
