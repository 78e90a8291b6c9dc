// A history step in words: "delete touchpoint “Order form”", for the Undo and Redo buttons and
// for what the screen says after an undo.
import type { ChangeLabel } from '$lib/domain/history';
import { t } from '$lib/i18n/locale.svelte';
import type { MessageKey } from '$lib/i18n/messages/en';

export function historyWords(label: ChangeLabel): string {
	if (label.list === null) {
		const area = label.area;
		const name =
			area === 'prepare' || area === 'notes' || area === null
				? t(`history.area.${area ?? 'prepare'}`)
				: t(`step.${area}.title`);
		return t('history.editIn', { area: name });
	}
	const item = t(label.gap ? 'history.item.gap' : `history.item.${label.list}`);
	const { kind, name, count } = label;
	if ((kind === 'add' || kind === 'delete') && count > 1)
		return t(`history.${kind}Many`, { count });
	const key = `history.${kind}${name ? 'Named' : ''}` as MessageKey;
	return t(key, { item, name: shorten(name) });
}

/** A long title is cut: the button's label stays one line. */
function shorten(name: string): string {
	return name.length > 40 ? `${name.slice(0, 39).trimEnd()}…` : name;
}
