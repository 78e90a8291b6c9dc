// The phone's words for a rule it would break: each refusal the domain names, said kindly.
import type { RefusalReason } from '$lib/domain/room';
import { LIMITS } from '$lib/domain/room';
import { t } from '$lib/i18n/locale.svelte';

export function problemText(problem: RefusalReason): string {
	switch (problem) {
		case 'too-long':
			return t('phone.tooLong', { n: LIMITS.text });
		case 'too-fast':
			return t('phone.tooFast');
		case 'too-many':
			return t('phone.tooMany');
		case 'no-dots':
			return t('phone.noDots');
		case 'closed':
			return t('phone.closed');
		default:
			return t('phone.empty');
	}
}
