// "4 touchpoints", "1 touchpoint", "No touchpoints yet": counts said the way people say them.
import { t } from '$lib/i18n/locale.svelte';

export function touchpointsText(n: number): string {
	if (n === 0) return t('plan.touchpoints.none');
	return t.plural('plan.touchpoints', n);
}

export function notesText(n: number): string {
	return t.plural('plan.notes', n);
}
