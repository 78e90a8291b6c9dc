// Where a word may break, in Danish, Swedish and English: the syllable points of TeX's patterns
// (the `hyphen` package). Debian's Chromium hyphenates nothing with CSS `hyphens: auto`, and jsPDF
// breaks a word anywhere, so projector mode and the PDF both take their breaks from here and never
// split a compound without a hyphen ("Beställnings-formulär", not "Beställningsf|ormulär").
// Projector mode loads one language's patterns (~15 kB zipped) the first time it opens, never with
// the start page. The report bundles all three in its worker: a report made again offline in
// another language breaks its words the same way.
import type { Locale } from '$lib/domain/types';

/** `text` with a soft hyphen (U+00AD) at each syllable point of its words. */
export type Hyphenate = (text: string) => string;

export const SOFT_HYPHEN = '\u00ad';

type Patterns = typeof import('hyphen/da').default;

/** Soft hyphens by one language's patterns. */
export function softHyphens(patterns: Patterns): Hyphenate {
	return (text) => patterns.hyphenateSync(text, { hyphenChar: SOFT_HYPHEN });
}

const PATTERNS: Record<Locale, () => Promise<{ default: Patterns }>> = {
	en: () => import('hyphen/en-gb'),
	da: () => import('hyphen/da'),
	sv: () => import('hyphen/sv')
};

const loaded = new Map<Locale, Promise<Hyphenate>>();

/** The hyphenator for `locale`, loaded once. */
export function hyphenator(locale: Locale): Promise<Hyphenate> {
	let found = loaded.get(locale);
	if (!found) {
		// A CommonJS module: its `module.exports` is the default export everywhere.
		found = PATTERNS[locale]().then((m) => softHyphens(m.default));
		loaded.set(locale, found);
	}
	return found;
}
