// Where a change made in two places at once happened, in words the facilitator recognises: the
// step (and the item) it belongs to, not the field's name in the code.
import { stepIndex } from '$lib/domain/steps';
import type { ListName, StepId } from '$lib/domain/types';
import type { SyncConflict } from '$lib/session/workshop-sync.svelte';
import { t } from '$lib/i18n/locale.svelte';

const RECORD_STEPS: Partial<Record<string, StepId>> = {
	journey: 'journey',
	experience: 'experience',
	plan: 'plan',
	improve: 'improve'
};

const LIST_STEPS: Record<ListName, StepId> = {
	stakeholders: 'stakeholders',
	personas: 'persona',
	interviews: 'interviews',
	touchpoints: 'touchpoints',
	opportunities: 'opportunities',
	actions: 'improve'
};

const EMOTION_FIELDS = new Set(['emotion', 'emotionReason', 'desiredEmotion']);

function stepWords(step: StepId) {
	return { n: stepIndex(step) + 1, title: t(`step.${step}.title`) };
}

function rowName(row: object | undefined): string {
	const fields = (row ?? {}) as Record<string, unknown>;
	for (const key of ['name', 'title', 'label', 'idea', 'problem', 'what'])
		if (typeof fields[key] === 'string' && fields[key].trim()) return fields[key].trim();
	return t('list.item', { n: Number(fields.order ?? 0) + 1 });
}

/** `row`: the row as it is now on this tab (a deleted row's conflict carries its own copy). */
export function conflictWhere(c: SyncConflict, row?: object): string {
	if (c.list) {
		const emotions = c.list === 'touchpoints' && EMOTION_FIELDS.has(c.path[0] ?? '');
		const step = emotions ? 'emotions' : LIST_STEPS[c.list];
		const name = rowName(c.deleted ? (c.other as object) : row);
		return t('sync.where.row', { ...stepWords(step), name });
	}
	const [section, key] = c.path;
	if (section === 'facilitation' && key) return t('sync.where.notes', stepWords(key as StepId));
	const step = RECORD_STEPS[section ?? ''];
	return step ? t('sync.where.step', stepWords(step)) : t('sync.where.prepare');
}

/** The version not saved, when it is text (a list or a choice has no short form to quote). */
export function otherText(c: SyncConflict): string | undefined {
	if (c.deleted || typeof c.other !== 'string' || !c.other.trim()) return undefined;
	const text = c.other.trim();
	return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
