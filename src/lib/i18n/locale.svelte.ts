// The language the app speaks, chosen on first visit from the browser and remembered. Reading
// `t()` inside a component makes it re-render when the language changes.
import type { Locale } from '$lib/domain/types';
import { en, type MessageKey } from './messages/en';
import { da } from './messages/da';
import { sv } from './messages/sv';
import { LOCALES, makeTranslator, pickLocale, type Params } from './translate';

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, da, sv };

const STORAGE_KEY = 'journey-workshop.locale';

class LocaleState {
	current: Locale = $state('en');

	constructor() {
		if (typeof window === 'undefined') return;
		const saved = localStorage.getItem(STORAGE_KEY);
		this.current =
			saved && (LOCALES as string[]).includes(saved)
				? (saved as Locale)
				: pickLocale(navigator.languages ?? [navigator.language]);
		document.documentElement.lang = this.current;
	}

	set(locale: Locale) {
		this.current = locale;
		localStorage.setItem(STORAGE_KEY, locale);
		document.documentElement.lang = locale;
	}
}

export const locale = new LocaleState();

export function t(key: MessageKey, params?: Params): string {
	return makeTranslator(catalogues, locale.current)(key, params);
}

/** A message that only some screens have (a step's fourth prompt, its tip), or undefined. */
export function maybeT(key: string, params?: Params): string | undefined {
	return key in catalogues.en ? t(key as MessageKey, params) : undefined;
}

export type { MessageKey };
