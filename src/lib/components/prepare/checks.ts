// How the preparation view reads what the team lead types into its checked fields: the domain
// says whether the text is a start time, a timebox or a minimum, and this turns its answer into
// the message the field shows, in the UI language.
import { checkMinimum, parseMinutes, parseStart } from '$lib/domain/agenda';
import type { Agenda } from '$lib/domain/types';
import { t } from '$lib/i18n/locale.svelte';

export type Checked<V> = { ok: true; value: V } | { ok: false; message: string };

export function checkStart(text: string): Checked<string> {
	const value = parseStart(text);
	return value === null
		? { ok: false, message: t('prepare.when.startInvalid') }
		: { ok: true, value };
}

export function checkTimebox(text: string): Checked<number> {
	const value = parseMinutes(text);
	return value === null
		? { ok: false, message: t('prepare.agenda.minutesInvalid') }
		: { ok: true, value };
}

export function checkMinimumText(text: string, agenda: Agenda): Checked<number> {
	const read = checkMinimum(text, agenda);
	if (read.ok) return read;
	return {
		ok: false,
		message:
			read.problem === 'notWhole'
				? t('prepare.agenda.minimumInvalid')
				: t('prepare.agenda.minimumTooLong', { n: read.shortest })
	};
}

/** "2 h 45 min", "3 h", "40 min" in the UI language. */
export function durationText(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return t('prepare.duration.m', { m });
	return m === 0 ? t('prepare.duration.h', { h }) : t('prepare.duration.hm', { h, m });
}
