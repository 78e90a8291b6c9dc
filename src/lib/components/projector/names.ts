// How the projector names things: what has no name yet (a phase by its place, an opportunity by
// its idea or problem, as on the step's own screen), owners, and due dates short enough for a
// column on the wall.
import { shortDate as formatShortDate } from '$lib/domain/format';
import type { Opportunity, Phase, Stakeholder } from '$lib/domain/types';
import { locale, t } from '$lib/i18n/locale.svelte';

/** The phase's name, "Phase 2" while it has none, or "Phase removed" for a lost phase (null). */
export function phaseName(phases: readonly Phase[], phase: Phase | null): string {
	if (!phase) return t('touchpoints.noPhase');
	return phase.name.trim() || t('field.phase.name', { n: phases.indexOf(phase) + 1 });
}

export function opportunityName(o: Opportunity): string {
	return o.idea.trim() || o.problem.trim() || t('opportunities.item', { n: o.order + 1 });
}

/** The owner's name, or "No one yet". */
export function ownerName(stakeholders: readonly Stakeholder[], id: string): string {
	const owner = id ? stakeholders.find((s) => s.id === id) : undefined;
	return owner?.name.trim() || owner?.team.trim() || t('owner.none');
}

/** Dates as written where the workshop is held: "14 Dec 2026", "14. dec. 2026", "14 dec. 2026". */
/** An ISO date (yyyy-mm-dd) in a few characters, in the UI language. */
export function shortDate(iso: string): string {
	return formatShortDate(iso, locale.current);
}
