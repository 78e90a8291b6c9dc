// The language: switched from the menu or with L, remembered, and followed by every other window
// of the app (the presenter's switch changes the projector too).
import { LocaleState, locale, t, type Part, type WordSource } from '$lib/i18n/locale.svelte';
import type { Locale } from '$lib/domain/types';
import { pickLocale } from '$lib/i18n/translate';

afterEach(() => locale.set('en'));

describe('the app language', () => {
	it('L goes through the languages in the menu’s order, and the choice is remembered', async () => {
		await locale.set('en');
		await locale.cycle();
		expect(locale.current).toBe('da');
		expect(t('home.new')).toBe((await import('$lib/i18n/messages/da')).da['home.new']);
		expect(localStorage.getItem('journey-workshop.locale')).toBe('da');
		expect(document.documentElement.lang).toBe('da');
		await locale.cycle();
		expect(locale.current).toBe('sv');
		await locale.cycle();
		expect(locale.current).toBe('en');
	});

	it('follows a switch made in another window of the app', async () => {
		await locale.set('en');
		window.dispatchEvent(
			new StorageEvent('storage', { key: 'journey-workshop.locale', newValue: 'sv' })
		);
		await vi.waitFor(() => expect(locale.current).toBe('sv'));
		// Other keys, and values that are no language, change nothing.
		window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: 'da' }));
		window.dispatchEvent(
			new StorageEvent('storage', { key: 'journey-workshop.locale', newValue: 'xx' })
		);
		await Promise.resolve();
		expect(locale.current).toBe('sv');
	});

	it('a first visit follows the browser: Danish and Norwegian to Danish, Swedish to Swedish', () => {
		expect(pickLocale(['nb-NO', 'en'])).toBe('da');
		expect(pickLocale(['da'])).toBe('da');
		expect(pickLocale(['sv-FI'])).toBe('sv');
		expect(pickLocale(['de-DE', 'fr'])).toBe('en');
		expect(pickLocale(['de-DE', 'sv'])).toBe('sv');
	});

	it('an open workshop never loses its words, whichever chunk arrives first', async () => {
		// Each request for a part is answered separately, like two import() calls of one chunk,
		// and the test decides the order.
		const known = new Map<string, Record<string, string>>();
		const pending: { part: Part; answer: () => void }[] = [];
		const source: WordSource = {
			known: (l, part) => known.get(`${l}:${part}`),
			load: (l: Locale, part: Part) =>
				new Promise((done) => {
					const words = { [`${part}.word`]: `${part} in ${l}` };
					pending.push({
						part,
						answer: () => {
							known.set(`${l}:${part}`, words);
							done(words);
						}
					});
				})
		};
		localStorage.setItem('journey-workshop.locale', 'da');
		const state = new LocaleState(source);
		// The workshop page asks for its words while the start page's are still on their way.
		const opened = state.need('workshop');
		expect(pending.map((p) => p.part)).toEqual(['core', 'core', 'workshop']);
		// The network answers the workshop page's requests first, the first request last.
		pending[2]!.answer();
		pending[1]!.answer();
		await opened;
		pending[0]!.answer();
		await state.ready;
		await Promise.resolve();
		expect(state.catalogue).toMatchObject({
			'core.word': 'core in da',
			'workshop.word': 'workshop in da'
		});
		expect(state.current).toBe('da');
	});
});
