// Turning a message key into text in one language. Pure: the report and the tests use it with an
// explicit locale; the app wraps it in a reactive locale (locale.svelte.ts).
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

export function makeTranslator<K extends string>(
	catalogues: Record<Locale, Catalogue<K>>,
	locale: Locale
) {
	const catalogue = catalogues[locale];
	return (key: K, params?: Params) => interpolate(catalogue[key] || catalogues.en[key], params);
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
