// The language the app speaks, chosen on first visit from the browser and remembered. Only the
// chosen language's words are loaded, in parts (each its own chunk, fetched once and kept
// offline by the service worker): the start page's words, which the root layout waits for, an
// open workshop's, which the workshop pages wait for (`need('workshop')`), and a phone's in the
// live room (`need('phone')`), which no laptop page loads, and a workshop file's checks and
// outcome (`need('import')`), loaded when a file is chosen. A switch shows the
// new language once every part in use is in, never a screen of keys. Reading `t()` inside a
// component makes it re-render when the language changes.
import type { Locale } from '$lib/domain/types';
import type { MessageKey } from './messages/en';
import {
	interpolate,
	LOCALES,
	pickLocale,
	pluralKey,
	type Params,
	type PluralBase
} from './translate';

export type Catalogue = Record<MessageKey, string>;

/** The catalogue's parts: every page's words, an open workshop's, a phone's in the room, and
 *  what the start page says about a workshop file once one is chosen. */
export type Part = 'core' | 'workshop' | 'phone' | 'import';
type Words = Partial<Catalogue>;

const LOADERS: Record<Locale, Record<Part, () => Promise<Words>>> = {
	en: {
		core: () => import('./messages/en/core').then((m) => m.core),
		workshop: () => import('./messages/en/workshop').then((m) => m.workshop),
		phone: () => import('./messages/en/room/phone').then((m) => m.phone),
		import: () => import('./messages/en/room/file-import').then((m) => m.fileImport)
	},
	da: {
		core: () => import('./messages/da/core').then((m) => m.core),
		workshop: () => import('./messages/da/workshop').then((m) => m.workshop),
		phone: () => import('./messages/da/room/phone').then((m) => m.phone),
		import: () => import('./messages/da/room/file-import').then((m) => m.fileImport)
	},
	sv: {
		core: () => import('./messages/sv/core').then((m) => m.core),
		workshop: () => import('./messages/sv/workshop').then((m) => m.workshop),
		phone: () => import('./messages/sv/room/phone').then((m) => m.phone),
		import: () => import('./messages/sv/room/file-import').then((m) => m.fileImport)
	}
};

/** Where the words come from: loaded on demand, and known at once after that. */
export interface WordSource {
	load(l: Locale, part: Part): Promise<Words>;
	known(l: Locale, part: Part): Words | undefined;
}

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache; the state is `catalogue`
const loaded = new Map<string, Words>();

/** The app's chunks, each fetched once. */
const CHUNKS: WordSource = {
	async load(l, part) {
		const known = this.known(l, part);
		if (known) return known;
		const words = await LOADERS[l][part]();
		loaded.set(`${l}:${part}`, words);
		return words;
	},
	known: (l, part) => loaded.get(`${l}:${part}`)
};

/** The loaded parts of a language, merged; undefined while one is still missing. */
function merged(source: WordSource, l: Locale, parts: Iterable<Part>): Catalogue | undefined {
	const all = [...parts].map((p) => source.known(l, p));
	return all.every(Boolean) ? (Object.assign({}, ...all) as Catalogue) : undefined;
}

/** One language's words, all parts (tests, and anything that needs every word). */
export async function loadCatalogue(l: Locale): Promise<Catalogue> {
	const parts: Part[] = ['core', 'workshop', 'phone', 'import'];
	await Promise.all(parts.map((part) => CHUNKS.load(l, part)));
	return merged(CHUNKS, l, parts)!;
}

const STORAGE_KEY = 'journey-workshop.locale';

function firstChoice(): Locale {
	if (typeof window === 'undefined') return 'en';
	const saved = localStorage.getItem(STORAGE_KEY);
	return saved && (LOCALES as string[]).includes(saved)
		? (saved as Locale)
		: pickLocale(navigator.languages ?? [navigator.language]);
}

export class LocaleState {
	current: Locale = $state(firstChoice());
	catalogue: Catalogue | undefined = $state.raw();
	/** Resolves once the first language's words are in. */
	readonly ready: Promise<void>;
	/** The language asked for last: a slower earlier switch must not win. */
	#wanted: Locale;
	/** The parts of the catalogue the pages opened so far need. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read when loading, not rendered
	#parts = new Set<Part>(['core']);
	readonly #source: WordSource;

	constructor(source: WordSource = CHUNKS) {
		this.#source = source;
		this.#wanted = this.current;
		this.ready = this.#show(this.current);
		// Another window of the app switched (the presenter window, a second tab): follow it, so
		// the facilitator's screen and the projector never speak different languages.
		if (typeof window !== 'undefined')
			window.addEventListener('storage', (event) => {
				const l = event.newValue as Locale | null;
				if (event.key === STORAGE_KEY && l && LOCALES.includes(l) && l !== this.#wanted)
					void this.#show(l);
			});
	}

	/** Switches the app to `l` and remembers it: at once when its words are already loaded. */
	set(l: Locale): Promise<void> {
		localStorage.setItem(STORAGE_KEY, l);
		return this.#show(l);
	}

	/** The next language in the menu's order (the L key). */
	cycle(): Promise<void> {
		return this.set(LOCALES[(LOCALES.indexOf(this.#wanted) + 1) % LOCALES.length]!);
	}

	/** Loads a part of the words (an open workshop's) in the current language, and keeps it
	 *  loaded for every later switch. */
	need(part: Part): Promise<void> {
		this.#parts.add(part);
		return this.#show(this.#wanted);
	}

	/**
	 * Shows `l` with every part the open pages need. A part asked for while others were loading
	 * is loaded before anything shows, so the words never go back to fewer parts than the pages
	 * use, whichever chunk the network delivers first.
	 */
	async #show(l: Locale): Promise<void> {
		this.#wanted = l;
		for (;;) {
			const all = merged(this.#source, l, this.#parts);
			if (all) return this.#apply(l, all);
			await Promise.all([...this.#parts].map((part) => this.#source.load(l, part)));
			// A later switch to another language wins over this one.
			if (l !== this.#wanted) return;
		}
	}

	#apply(l: Locale, catalogue: Catalogue) {
		this.catalogue = catalogue;
		this.current = l;
		if (typeof document !== 'undefined') document.documentElement.lang = l;
	}
}

export const locale = new LocaleState();

export function t(key: MessageKey, params?: Params): string {
	const catalogue = locale.catalogue;
	if (!catalogue)
		throw new Error(`t('${key}') before the language was loaded (await locale.ready)`);
	return interpolate(catalogue[key], params);
}

/** A count's form ("1 vote", "3 votes") by the language's plural rules, with `{n}` set to `n`:
 *  `t.plural('opportunities.chipVotes', n)`. Components never pick `.one` or `.other` themselves,
 *  so a language with more forms only adds keys. */
t.plural = (base: PluralBase<MessageKey>, n: number, params?: Params): string =>
	t(
		pluralKey(base, n, locale.current, (key) => !!locale.catalogue && key in locale.catalogue),
		{ n, ...params }
	);

/** A message that only some screens have (a step's fourth prompt, its tip), or undefined. */
export function maybeT(key: string, params?: Params): string | undefined {
	return locale.catalogue && key in locale.catalogue ? t(key as MessageKey, params) : undefined;
}

export type { MessageKey };
