// The timeline of the map: touchpoints phase by phase (the phases' order from step 6), and within
// a phase as the room placed them (their `order`). Steps 7, 8 and 9, the curve and the report
// all read the journey through this one function, so "in order" means the same everywhere.
// Touchpoints whose phase no longer exists come last, in a column of their own, never dropped.
import type { Phase, Touchpoint } from './types';

export interface TimelineColumn<T extends Touchpoint = Touchpoint> {
	/** The phase, or null for touchpoints whose phase is gone. */
	phase: Phase | null;
	touchpoints: T[];
}

export function timelineColumns<T extends Touchpoint>(
	phases: readonly Phase[],
	touchpoints: readonly T[]
): TimelineColumn<T>[] {
	const byPhase = new Map<string, T[]>(phases.map((p) => [p.id, []]));
	const orphans: T[] = [];
	for (const tp of [...touchpoints].sort((a, b) => a.order - b.order)) {
		(byPhase.get(tp.phaseId) ?? orphans).push(tp);
	}
	const columns: TimelineColumn<T>[] = phases.map((phase) => ({
		phase,
		touchpoints: byPhase.get(phase.id)!
	}));
	if (orphans.length) columns.push({ phase: null, touchpoints: orphans });
	return columns;
}

/** Every touchpoint in timeline order. */
export function timeline<T extends Touchpoint>(
	phases: readonly Phase[],
	touchpoints: readonly T[]
): T[] {
	return timelineColumns(phases, touchpoints).flatMap((c) => c.touchpoints);
}
