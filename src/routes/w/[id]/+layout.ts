// Every workshop page (the wizard, preparation, the presenter window, the interview guide)
// speaks the steps' words: they load with the first workshop opened, not with the start page.
import { locale } from '$lib/i18n/locale.svelte';

export async function load() {
	await locale.need('workshop');
}
