// Choices shared by several steps, in the current language: channels, owners, phases, 1–5.
import { CHANNELS } from '$lib/domain/types';
import { t } from '$lib/i18n/locale.svelte';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';

export function channelOptions() {
	return CHANNELS.map((value) => ({
		value,
		label: t(value ? `channel.${value}` : 'channel.none')
	}));
}

export function ownerOptions(session: WorkshopSession) {
	return [
		{ value: '', label: t('owner.none') },
		...session.data.stakeholders.map((s) => ({ value: s.id, label: s.name || s.team || '—' }))
	];
}

export function phaseOptions(session: WorkshopSession) {
	return session.workshop.plan.phases.map((p, i) => ({
		value: p.id,
		label: p.name || t('field.phase.name', { n: i + 1 })
	}));
}

export const SCALE = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));
