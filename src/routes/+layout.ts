// A client-only app: all data lives in the browser's IndexedDB.
import { locale } from '$lib/i18n/locale.svelte';

export const ssr = false;
export const prerender = false;

/** The first screen waits for its language's words (one small chunk, cached offline). */
export async function load() {
	await locale.ready;
}
