// The language the app speaks, chosen on first visit from the browser and remembered. Only the
// chosen language's words are loaded (each is its own chunk, fetched once and kept offline by the
// service worker): the root layout waits for them before the first screen, and a switch shows
// the new language once its words are in, never a screen of keys. Reading `t()` inside a
// component makes it re-render when the language changes.
import type { Locale } from '$lib/domain/types';
import type { MessageKey } from './messages/en';
import { interpolate, LOCALES, pickLocale, type Params } from './translate';

export type Catalogue = Record<MessageKey, string>;

const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
	en: () => import('./messages/en').then((m) => m.en),
	da: () => import('./messages/da').then((m) => m.da),
	sv: () => import('./messages/sv').then((m) => m.sv)
};

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache; the state is `catalogue`
const loaded = new Map<Locale, Catalogue>();

/** One language's words, loaded once. */
export async function loadCatalogue(l: Locale): Promise<Catalogue> {
	const known = loaded.get(l);
	if (known) return known;
	const catalogue = await LOADERS[l]();
	loaded.set(l, catalogue);
	return catalogue;
}

const STORAGE_KEY = 'journey-workshop.locale';

function firstChoice(): Locale {
	if (typeof window === 'undefined') return 'en';
	const saved = localStorage.getItem(STORAGE_KEY);
	return saved && (LOCALES as string[]).includes(saved)
		? (saved as Locale)
		: pickLocale(navigator.languages ?? [navigator.language]);
}

class LocaleState {
	current: Locale = $state(firstChoice());
	catalogue: Catalogue | undefined = $state.raw();
	/** Resolves once the first language's words are in. */
	readonly ready: Promise<void>;
	/** The language asked for last: a slower earlier switch must not win. */
	#wanted: Locale;

	constructor() {
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

	#show(l: Locale): Promise<void> {
		this.#wanted = l;
		const known = loaded.get(l);
		if (known) {
			this.#apply(l, known);
			return Promise.resolve();
		}
		return loadCatalogue(l).then((catalogue) => {
			if (l === this.#wanted) this.#apply(l, catalogue);
		});
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

/** A message that only some screens have (a step's fourth prompt, its tip), or undefined. */
export function maybeT(key: string, params?: Params): string | undefined {
	return locale.catalogue && key in locale.catalogue ? t(key as MessageKey, params) : undefined;
}

export type { MessageKey };
