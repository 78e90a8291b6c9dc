// The language: switched from the menu or with L, remembered, and followed by every other window
// of the app (the presenter's switch changes the projector too).
import { locale, t } from '$lib/i18n/locale.svelte';
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
});
