// The join page speaks the workshop's words (the invite's are among them).
import { locale } from '$lib/i18n/locale.svelte';

export async function load() {
	await locale.need('workshop');
}
