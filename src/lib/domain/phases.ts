// The phases of the journey (step 6): what each one holds, which names need a second look, and
// how to remove one without losing a touchpoint or an interview note the room wrote under it.
import type { Interview, Phase, Touchpoint } from './types';

/** What points at phases: touchpoints by `phaseId`, interview notes by key. */
export interface PhaseHolders {
	touchpoints: readonly Pick<Touchpoint, 'id' | 'phaseId'>[];
	interviews: readonly Pick<Interview, 'id' | 'notes'>[];
}

export interface PhaseUsage {
	touchpoints: number;
	/** Interviews with a non-blank note under the phase. */
	notes: number;
}

export function phaseUsage(data: PhaseHolders, phaseId: string): PhaseUsage {
	return {
		touchpoints: data.touchpoints.filter((tp) => tp.phaseId === phaseId).length,
		notes: data.interviews.filter((iv) => (iv.notes[phaseId] ?? '').trim() !== '').length
	};
}

export const isUsed = (usage: PhaseUsage) => usage.touchpoints + usage.notes > 0;

/** How many touchpoints each phase holds, by phase id (phases with none are absent). */
export function touchpointCounts(
	touchpoints: readonly Pick<Touchpoint, 'phaseId'>[]
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const tp of touchpoints) counts.set(tp.phaseId, (counts.get(tp.phaseId) ?? 0) + 1);
	return counts;
}

export type PhaseProblem = 'empty' | 'duplicate';

/** Phases whose name is blank, or the same as another's (trimmed, case and spacing ignored). */
export function phaseProblems(phases: readonly Phase[]): Map<string, PhaseProblem> {
	const key = (p: Phase) => p.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
	const seen = new Map<string, number>();
	for (const p of phases) if (key(p)) seen.set(key(p), (seen.get(key(p)) ?? 0) + 1);
	const problems = new Map<string, PhaseProblem>();
	for (const p of phases) {
		if (!key(p)) problems.set(p.id, 'empty');
		else if (seen.get(key(p))! > 1) problems.set(p.id, 'duplicate');
	}
	return problems;
}

/** Notes moved from a removed phase go after the ones already there, never over them. */
export function mergeNotes(kept: string, moved: string): string {
	if (!moved.trim()) return kept;
	if (!kept.trim()) return moved;
	return `${kept.trimEnd()}\n\n${moved.trimStart()}`;
}

/** Where a removed phase's content goes unless the room says otherwise: the phase before it, or
 * the one after it for the first. */
export function defaultTargetId(phases: readonly Phase[], index: number): string | undefined {
	return phases[index === 0 ? 1 : index - 1]?.id;
}

/** Everything removing one phase changes, with what it was, so it can be applied and undone. */
export interface PhaseRemoval {
	phase: Phase;
	index: number;
	targetId: string;
	/** Touchpoints that move from `phase` to the target. */
	touchpointIds: string[];
	/** Interviews with a note key for `phase`: their notes before and after. */
	interviews: { id: string; before: Record<string, string>; after: Record<string, string> }[];
}

/** The removal of `phaseId` into `targetId`; undefined when either is unknown, they are the same,
 * or it is the last phase (a journey keeps at least one). */
export function planPhaseRemoval(
	phases: readonly Phase[],
	data: PhaseHolders,
	phaseId: string,
	targetId: string
): PhaseRemoval | undefined {
	const index = phases.findIndex((p) => p.id === phaseId);
	if (index < 0 || phaseId === targetId || !phases.some((p) => p.id === targetId)) return;
	const interviews = data.interviews
		.filter((iv) => phaseId in iv.notes)
		.map((iv) => {
			const before = { ...iv.notes };
			const { [phaseId]: moved = '', ...after } = before;
			const merged = mergeNotes(after[targetId] ?? '', moved);
			if (merged) after[targetId] = merged;
			return { id: iv.id, before, after };
		});
	return {
		phase: { ...phases[index]! },
		index,
		targetId,
		touchpointIds: data.touchpoints.filter((tp) => tp.phaseId === phaseId).map((tp) => tp.id),
		interviews
	};
}
