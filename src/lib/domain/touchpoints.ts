// Step 7 as plain logic: where a touchpoint lands when the room moves it (by drag or by key),
// which touchpoints a filter shows, and what a copy carries. The timeline (timeline.ts) reads
// the result: phase by phase, then by `order`. Orders are global over the list and stay 0…n−1;
// a move writes only the rows whose order or phase changed, so a room with hundreds of
// touchpoints saves a handful of rows per move.
import { timelineColumns, type TimelineColumn } from './timeline';
import type { Evidence, Phase, Touchpoint } from './types';

/** A filter value that lets everything through. */
export const ALL = '*';

/** Each field is ALL, '' (not set yet) or a value that must match. */
export interface TouchpointFilter {
	phaseId: string;
	channel: string;
	ownerId: string;
}

export const NO_FILTER: Readonly<TouchpointFilter> = { phaseId: ALL, channel: ALL, ownerId: ALL };

export function isFiltering(filter: TouchpointFilter): boolean {
	return filter.phaseId !== ALL || filter.channel !== ALL || filter.ownerId !== ALL;
}

export function matches(tp: Touchpoint, filter: TouchpointFilter): boolean {
	return (
		(filter.phaseId === ALL || tp.phaseId === filter.phaseId) &&
		(filter.channel === ALL || tp.channel === filter.channel) &&
		(filter.ownerId === ALL || tp.ownerId === filter.ownerId)
	);
}

export function filterTouchpoints<T extends Touchpoint>(
	touchpoints: readonly T[],
	filter: TouchpointFilter
): T[] {
	return isFiltering(filter) ? touchpoints.filter((tp) => matches(tp, filter)) : [...touchpoints];
}

/** Where a touchpoint goes: a phase (null: the column of touchpoints whose phase is gone). */
export interface MoveTarget {
	toPhaseId: string | null;
	/** Its position in that column once it is there (clamped to the column). */
	toIndex: number;
}

/** A row's new place, as the database should store it. */
export interface Placement {
	id: string;
	phaseId: string;
	order: number;
}

/**
 * Moves a touchpoint to a position in a column and returns the rows whose phase or order
 * changed. Orders come out 0…n−1. Between its new neighbours in the column the touchpoint takes
 * the global place nearest to where it was, so rows of other phases are disturbed as little as
 * possible. Nothing moves (an empty answer) for an unknown id or phase, or into the column of
 * removed phases from a real phase.
 */
export function moveTouchpoint(
	phases: readonly Phase[],
	touchpoints: readonly Touchpoint[],
	id: string,
	target: MoveTarget
): Placement[] {
	const known = new Set(phases.map((p) => p.id));
	const sorted = [...touchpoints].sort((a, b) => a.order - b.order);
	const from = sorted.findIndex((tp) => tp.id === id);
	const moving = sorted[from];
	if (!moving) return [];
	const { toPhaseId } = target;
	if (toPhaseId === null ? known.has(moving.phaseId) : !known.has(toPhaseId)) return [];
	const phaseId = toPhaseId ?? moving.phaseId;
	const inColumn = (tp: Touchpoint) =>
		toPhaseId === null ? !known.has(tp.phaseId) : tp.phaseId === toPhaseId;

	const rest = sorted.filter((tp) => tp.id !== id);
	const column = rest.flatMap((tp, i) => (inColumn(tp) ? [i] : []));
	const k = Math.max(0, Math.min(Math.trunc(target.toIndex) || 0, column.length));
	// It must come after its new upper neighbour and before its new lower one.
	const lo = k > 0 ? column[k - 1]! + 1 : 0;
	const hi = k < column.length ? column[k]! : rest.length;
	const at = Math.max(lo, Math.min(from, hi));
	const placed = [...rest.slice(0, at), { ...moving, phaseId }, ...rest.slice(at)];

	return placed.flatMap((tp, order) => {
		const before = tp.id === id ? moving : tp;
		return before.order !== order || before.phaseId !== tp.phaseId
			? [{ id: tp.id, phaseId: tp.phaseId, order }]
			: [];
	});
}

/**
 * The position in a column (among all its touchpoints, without the moving one) that puts the
 * moving touchpoint at place `k` among the shown ones: right before the k-th shown card, after
 * the last shown card, or at the end when the column shows none. With no filter it is `k`.
 */
export function indexAmongShown(
	column: TimelineColumn,
	isShown: (tp: Touchpoint) => boolean,
	movingId: string,
	k: number
): number {
	const others = column.touchpoints.filter((tp) => tp.id !== movingId);
	const shown = others.filter(isShown);
	if (k < shown.length) return others.indexOf(shown[Math.max(0, k)]!);
	if (shown.length) return others.indexOf(shown.at(-1)!) + 1;
	return others.length;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Where Alt+arrow takes a touchpoint, as the room sees the board (only the shown cards count):
 * up and down swap it with the shown neighbour in its column, left and right put it at the same
 * shown position in the previous or next phase. Null at the edges. Nothing goes into the column
 * of removed phases; from there, left goes to the last phase.
 */
export function keyboardTarget(
	phases: readonly Phase[],
	touchpoints: readonly Touchpoint[],
	isShown: (tp: Touchpoint) => boolean,
	id: string,
	direction: Direction
): MoveTarget | null {
	const columns = timelineColumns(phases, touchpoints);
	const c = columns.findIndex((col) => col.touchpoints.some((tp) => tp.id === id));
	const column = columns[c];
	if (!column) return null;
	const shown = column.touchpoints.filter((tp) => tp.id === id || isShown(tp));
	const position = shown.findIndex((tp) => tp.id === id);
	if (direction === 'up' || direction === 'down') {
		const k = position + (direction === 'up' ? -1 : 1);
		if (k < 0 || k >= shown.length) return null;
		return {
			toPhaseId: column.phase?.id ?? null,
			toIndex: indexAmongShown(column, isShown, id, k)
		};
	}
	const next = columns[c + (direction === 'left' ? -1 : 1)];
	if (!next?.phase) return null;
	return { toPhaseId: next.phase.id, toIndex: indexAmongShown(next, isShown, id, position) };
}

/** Where a touchpoint is now: its column, and its place among the shown cards there. */
export function placeOf(
	phases: readonly Phase[],
	touchpoints: readonly Touchpoint[],
	isShown: (tp: Touchpoint) => boolean,
	id: string
): { phase: Phase | null; position: number; count: number } | null {
	for (const column of timelineColumns(phases, touchpoints)) {
		const shown = column.touchpoints.filter((tp) => tp.id === id || isShown(tp));
		const at = shown.findIndex((tp) => tp.id === id);
		if (at >= 0) return { phase: column.phase, position: at + 1, count: shown.length };
	}
	return null;
}

/** The fields of a copy: everything the room wrote, nothing that identifies the row. */
export function duplicateFields(tp: Touchpoint): Omit<Touchpoint, 'id' | 'workshopId' | 'order'> {
	return {
		kind: tp.kind,
		title: tp.title,
		phaseId: tp.phaseId,
		channel: tp.channel,
		customerAction: tp.customerAction,
		ownerId: tp.ownerId,
		importanceCustomer: tp.importanceCustomer,
		importanceBusiness: tp.importanceBusiness,
		emotion: tp.emotion,
		emotionReason: tp.emotionReason,
		desiredEmotion: tp.desiredEmotion,
		evidence: tp.evidence.map((e) => ({ interviewId: e.interviewId, quote: e.quote }))
	};
}

export function hasEvidence(evidence: readonly Evidence[], item: Evidence): boolean {
	return evidence.some((e) => e.interviewId === item.interviewId && e.quote === item.quote);
}

/** Links or unlinks a quote; the list keeps the order the room linked them in. */
export function toggleEvidence(evidence: readonly Evidence[], item: Evidence, on: boolean) {
	const without = evidence.filter(
		(e) => !(e.interviewId === item.interviewId && e.quote === item.quote)
	);
	return on ? [...without, { interviewId: item.interviewId, quote: item.quote }] : without;
}

/**
 * A card with no title and nothing else the room said about it (what the customer does, a
 * feeling, a reason, a desired feeling, a quote) is a draft, not a record: it is never stored,
 * and a draft left on the board goes when the room moves on. Channel, owner and importance
 * alone do not make a record: a new card gets them from the filters and defaults.
 */
export function isDraftTouchpoint(tp: Touchpoint): boolean {
	return (
		!tp.title.trim() &&
		!tp.customerAction.trim() &&
		!tp.emotionReason.trim() &&
		tp.emotion === null &&
		tp.desiredEmotion === null &&
		tp.evidence.length === 0
	);
}
