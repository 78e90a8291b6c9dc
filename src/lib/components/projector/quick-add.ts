// What the projector's quick-add line adds on the steps where the room calls items out. Each adds
// the way the step's own "Add" does (the same session calls, the same empty rows from the
// factories), so the new item is in place at once, saved, and editable later in the wizard.
import { newId } from '$lib/domain/ids';
import type { Phase, Touchpoint, Place } from '$lib/domain/types';
import type { MessageKey } from '$lib/i18n/locale.svelte';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';

export interface QuickAdder {
	/** The input's label: what the facilitator types. */
	label: MessageKey;
	/** Adds `text` (trimmed, never empty); `phaseId` is only read for touchpoints. */
	add(session: WorkshopSession, text: string, phaseId: string): void;
}

export const QUICK_ADD: Partial<Record<Place, QuickAdder>> = {
	stakeholders: {
		label: 'projector.add.stakeholders',
		add: (session, name) => void session.add('stakeholders', { name })
	},
	experience: {
		label: 'projector.add.experience',
		add: (session, text) => session.edit((w) => void w.experience.statements.push(text))
	},
	plan: {
		label: 'projector.add.plan',
		add: (session, name) => session.edit((w) => void w.plan.phases.push({ id: newId(), name }))
	},
	// A new row takes the next order, which puts it last in its phase on the timeline.
	touchpoints: {
		label: 'projector.add.touchpoints',
		add: (session, title, phaseId) => void session.add('touchpoints', { title, phaseId })
	},
	opportunities: {
		label: 'projector.add.opportunities',
		add: (session, idea) => void session.add('opportunities', { idea })
	},
	improve: {
		label: 'projector.add.improve',
		add: (session, title) => void session.add('actions', { title })
	}
};

/**
 * The phase a called-out touchpoint goes to unless the facilitator picks another: the phase of
 * the touchpoint added last (the last row), while that phase exists; else the first phase.
 */
export function defaultPhaseId(
	phases: readonly Phase[],
	touchpoints: readonly Pick<Touchpoint, 'phaseId'>[]
): string {
	const last = touchpoints.at(-1)?.phaseId;
	return phases.find((p) => p.id === last)?.id ?? phases[0]?.id ?? '';
}
