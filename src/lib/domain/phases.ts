// The phases of the journey (step 6): what each one holds, which names need a second look, and
// how to remove one without losing a touchpoint or an interview note the room wrote under it.
// Touchpoints move to a phase the room picks. Interview notes stay with the phase they were
// written for, by its id, and are shown as that removed phase's (noteGroups): merged into
// another phase they would read as said about it.
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

/** Notes brought together under one phase (an old file's, see migrate.ts) go after the ones
 *  already there, never over them. */
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
	return {
		phase: { ...phases[index]! },
		index,
		targetId,
		touchpointIds: data.touchpoints.filter((tp) => tp.phaseId === phaseId).map((tp) => tp.id)
	};
}

/** One phase's notes of an interview, as step 5 and the report show them. */
export interface NoteGroup {
	phaseId: string;
	/** The phase, or null when it was removed. */
	phase: Phase | null;
	/** What the phase was called when the note was written, when that differs from its name
	 *  now (a renamed phase), or a removed phase's name ('' when not known). */
	writtenAs: string;
	text: string;
}

/**
 * An interview's notes in the plan's phase order, then those of removed phases (never dropped).
 * Phases without a note are included only with `everyPhase` (step 5's form has a box for each).
 */
export function noteGroups(
	phases: readonly Phase[],
	iv: Pick<Interview, 'notes' | 'notePhases'>,
	everyPhase = false
): NoteGroup[] {
	const known = new Set(phases.map((p) => p.id));
	const name = (id: string) => (iv.notePhases?.[id] ?? '').trim();
	const current = phases
		.map((phase) => ({
			phaseId: phase.id,
			phase,
			writtenAs: name(phase.id) && name(phase.id) !== phase.name.trim() ? name(phase.id) : '',
			text: iv.notes[phase.id] ?? ''
		}))
		.filter((g) => everyPhase || g.text.trim());
	const removed = Object.entries(iv.notes)
		.filter(([id, text]) => !known.has(id) && (everyPhase || text.trim()))
		.map(([phaseId, text]) => ({ phaseId, phase: null, writtenAs: name(phaseId), text }));
	return [...current, ...removed];
}
