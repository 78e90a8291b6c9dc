// Turning a message key into text in one language. Pure: the report and the tests use it with an
// explicit locale; the app wraps it in a reactive locale (locale.svelte.ts).
import { LOCALE_TAGS } from '$lib/domain/format';
import type { Locale } from '$lib/domain/types';

export type Params = Record<string, string | number>;

export type Catalogue<K extends string> = Record<K, string>;

/** Replaces {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function interpolate(message: string, params?: Params): string {
	if (!params) return message;
	return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/**
 * The base of every key in `K` that has a form for each plural category: `'plan.notes'` when
 * `'plan.notes.one'` and `'plan.notes.other'` are both keys. English, Danish and Swedish have just
 * these two (CLDR's `one` and `other`); a language with more (`few`, `many`) adds keys with those
 * suffixes, and a category without its own key falls back to `.other`.
 */
export type PluralBase<K extends string> = {
	[P in K]: P extends `${infer B}.one` ? (`${B}.other` extends K ? B : never) : never;
}[K];

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The CLDR plural category of `n` in `locale` ('one', 'other', …), one rule set per language. */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(LOCALE_TAGS[locale]);
		pluralRules.set(locale, rules);
	}
	return rules.select(n);
}

/** The key of `base`'s form for `n` in `locale`, among the keys `has` knows. */
export function pluralKey<K extends string>(
	base: PluralBase<K>,
	n: number,
	locale: Locale,
	has: (key: string) => boolean
): K {
	const key = `${base}.${pluralCategory(n, locale)}`;
	return (has(key) ? key : `${base}.other`) as K;
}

/** A translator: `t(key, params)`, and `t.plural(base, n, params)` for a count's form, with
 *  `{n}` set to the count. */
export interface Translator<K extends string> {
	(key: K, params?: Params): string;
	plural(base: PluralBase<K>, n: number, params?: Params): string;
}

export function makeTranslator<K extends string>(
	catalogues: Record<Locale, Catalogue<K>>,
	locale: Locale
): Translator<K> {
	const catalogue = catalogues[locale];
	const t = (key: K, params?: Params) => interpolate(catalogue[key] || catalogues.en[key], params);
	const has = (key: string) => key in catalogue;
	return Object.assign(t, {
		plural: (base: PluralBase<K>, n: number, params?: Params) =>
			t(pluralKey(base, n, locale, has), { n, ...params })
	});
}

export const LOCALES: readonly Locale[] = ['en', 'da', 'sv'];

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', da: 'Dansk', sv: 'Svenska' };

/** The language a first visit gets, from the browser's list: Danish or Norwegian → Danish, Swedish → Swedish. */
export function pickLocale(languages: readonly string[]): Locale {
	for (const lang of languages) {
		const base = lang.toLowerCase().split('-')[0];
		if (base === 'da' || base === 'nb' || base === 'no' || base === 'nn') return 'da';
		if (base === 'sv') return 'sv';
		if (base === 'en') return 'en';
	}
	return 'en';
}
