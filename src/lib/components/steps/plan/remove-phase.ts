// Applying a phase removal to the open workshop, and putting everything back exactly on Undo.
// Interview notes are not touched: they stay with the phase they were written for.
import type { PhaseRemoval } from '$lib/domain/phases';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';

export function applyPhaseRemoval(session: WorkshopSession, removal: PhaseRemoval) {
	for (const id of removal.touchpointIds)
		session.update('touchpoints', id, { phaseId: removal.targetId });
	session.edit((w) => {
		const at = w.plan.phases.findIndex((p) => p.id === removal.phase.id);
		if (at >= 0) w.plan.phases.splice(at, 1);
	});
}

export function undoPhaseRemoval(session: WorkshopSession, removal: PhaseRemoval) {
	session.edit((w) => {
		if (w.plan.phases.some((p) => p.id === removal.phase.id)) return;
		w.plan.phases.splice(Math.min(removal.index, w.plan.phases.length), 0, { ...removal.phase });
	});
	for (const id of removal.touchpointIds)
		session.update('touchpoints', id, { phaseId: removal.phase.id });
}
