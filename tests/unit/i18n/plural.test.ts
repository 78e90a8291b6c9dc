// Counts take their form from the language's plural rules (Intl.PluralRules), never from
// `n === 1` at a call site: the app's and the report's translators, in all three languages.
import type { Locale } from '$lib/domain/types';
import { da } from '$lib/i18n/messages/da';
import { en } from '$lib/i18n/messages/en';
import { sv } from '$lib/i18n/messages/sv';
import { reportMessages } from '$lib/i18n/report-messages';
import { makeTranslator, pluralCategory, pluralKey } from '$lib/i18n/translate';

const app = (locale: Locale) => makeTranslator({ en, da, sv }, locale);

describe('pluralCategory', () => {
	it.each(['en', 'da', 'sv'] as const)('%s: only exactly one is "one"', (locale) => {
		expect(pluralCategory(1, locale)).toBe('one');
		for (const n of [0, 2, 5, 11, 21, 100]) expect(pluralCategory(n, locale), `${n}`).toBe('other');
	});
});

describe('t.plural', () => {
	const votes: Record<Locale, [number, string][]> = {
		en: [
			[0, '0 votes'],
			[1, '1 vote'],
			[2, '2 votes'],
			[21, '21 votes']
		],
		da: [
			[0, '0 stemmer'],
			[1, '1 stemme'],
			[2, '2 stemmer'],
			[21, '21 stemmer']
		],
		sv: [
			[0, '0 röster'],
			[1, '1 röst'],
			[2, '2 röster'],
			[21, '21 röster']
		]
	};
	it.each(['en', 'da', 'sv'] as const)('%s: 0, 1, 2 and many votes', (locale) => {
		const t = app(locale);
		for (const [n, text] of votes[locale])
			expect(t.plural('opportunities.chipVotes', n)).toBe(text);
	});

	it('keeps the other parameters beside the count', () => {
		expect(app('en').plural('opportunities.votes', 3, { item: 'Chat' })).toBe('Chat: 3 votes');
		expect(app('da').plural('opportunities.votes', 1, { item: 'Chat' })).toBe('Chat: 1 stemme');
		expect(app('sv').plural('plan.remove.where', 2)).toBe('Vart ska de flyttas?');
	});

	it('the report counts with the same helper', () => {
		const t = makeTranslator(reportMessages, 'da');
		expect(t.plural('interviews.moreQuotes', 1)).toBe('Yderligere 1 citat findes i workshopfilen.');
		expect(t.plural('interviews.moreQuotes', 4)).toBe(
			'Yderligere 4 citater findes i workshopfilen.'
		);
	});

	it('accepts only keys that have both forms (checked by npm run check)', () => {
		const t = app('en');
		const misuse = () => [
			// @ts-expect-error -- 'projector.pages' has no .one/.other forms
			t.plural('projector.pages', 1),
			// @ts-expect-error -- a whole key, not a base
			t.plural('plan.notes.one', 1)
		];
		expect(misuse).toBeTypeOf('function');
	});
});

describe('pluralKey', () => {
	it("falls back to .other when a language's category has no key of its own", () => {
		// As a language with a "few" form would find a base written with just one/other.
		const has = (key: string) => key.endsWith('.one') || key.endsWith('.other');
		expect(pluralKey<'x.one' | 'x.other'>('x', 2, 'en', has)).toBe('x.other');
		expect(pluralKey<'x.one' | 'x.other'>('x', 1, 'en', () => false)).toBe('x.other');
		expect(pluralKey<'x.one' | 'x.other'>('x', 1, 'sv', has)).toBe('x.one');
	});
});
