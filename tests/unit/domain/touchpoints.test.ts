import { newRow } from '$lib/domain/factories';
import { timelineColumns } from '$lib/domain/timeline';
import {
	isDraftTouchpoint,
	ALL,
	NO_FILTER,
	duplicateFields,
	filterTouchpoints,
	indexAmongShown,
	isFiltering,
	keyboardTarget,
	moveTouchpoint,
	placeOf,
	toggleEvidence,
	type MoveTarget
} from '$lib/domain/touchpoints';
import type { Touchpoint } from '$lib/domain/types';
import { touchpoint } from './helpers';

const phases = [
	{ id: 'b', name: 'Before' },
	{ id: 'd', name: 'During' },
	{ id: 'a', name: 'After' }
];

/** Rows from a picture of the board: `{ b: ['A', 'B'], d: ['C'] }`, orders in that reading. */
function board(columns: Record<string, string[]>): Touchpoint[] {
	let order = 0;
	return Object.entries(columns).flatMap(([phaseId, titles]) =>
		titles.map((title) => touchpoint(order++, { id: title, title, phaseId }))
	);
}

/** The board as titles per column, phase by phase (null: the column of removed phases). */
function picture(rows: readonly Touchpoint[]) {
	return timelineColumns(phases, rows).map((c) => [
		c.phase?.id ?? null,
		c.touchpoints.map((t) => t.title)
	]);
}

/** The rows with the placements a move returns written into them, as the session writes them. */
function applyPlacements<T extends Touchpoint>(
	touchpoints: readonly T[],
	placements: readonly { id: string; phaseId: string; order: number }[]
): T[] {
	const byId = new Map(placements.map((p) => [p.id, p]));
	return touchpoints.map((tp) => {
		const p = byId.get(tp.id);
		return p ? { ...tp, phaseId: p.phaseId, order: p.order } : tp;
	});
}

function moved(rows: Touchpoint[], id: string, target: MoveTarget) {
	const changes = moveTouchpoint(phases, rows, id, target);
	const after = applyPlacements(rows, changes);
	return { changes, after };
}

const orders = (rows: readonly Touchpoint[]) => rows.map((r) => r.order).sort((x, y) => x - y);
const consecutive = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('moving a touchpoint', () => {
	const rows = board({ b: ['A', 'B', 'C'], d: ['D', 'E'], a: ['F'] });

	it('down within its phase, writing only the two rows that swap', () => {
		const { changes, after } = moved(rows, 'A', { toPhaseId: 'b', toIndex: 1 });
		expect(picture(after)).toEqual([
			['b', ['B', 'A', 'C']],
			['d', ['D', 'E']],
			['a', ['F']]
		]);
		expect(changes).toEqual([
			{ id: 'B', phaseId: 'b', order: 0 },
			{ id: 'A', phaseId: 'b', order: 1 }
		]);
		expect(orders(after)).toEqual(consecutive(6));
	});

	it('up to the top of its phase', () => {
		const { after } = moved(rows, 'C', { toPhaseId: 'b', toIndex: 0 });
		expect(picture(after)[0]).toEqual(['b', ['C', 'A', 'B']]);
		expect(orders(after)).toEqual(consecutive(6));
	});

	it('to another phase, at a position, writing its phase', () => {
		const { changes, after } = moved(rows, 'B', { toPhaseId: 'd', toIndex: 1 });
		expect(picture(after)).toEqual([
			['b', ['A', 'C']],
			['d', ['D', 'B', 'E']],
			['a', ['F']]
		]);
		expect(changes.find((c) => c.id === 'B')).toMatchObject({ phaseId: 'd' });
		expect(
			changes.every((c) => c.id === 'B' || c.phaseId === rows.find((r) => r.id === c.id)!.phaseId)
		).toBe(true);
		expect(orders(after)).toEqual(consecutive(6));
	});

	it('to the end of a later phase, and to the start of an earlier one', () => {
		const later = moved(rows, 'A', { toPhaseId: 'a', toIndex: Infinity }).after;
		expect(picture(later)).toEqual([
			['b', ['B', 'C']],
			['d', ['D', 'E']],
			['a', ['F', 'A']]
		]);
		expect(orders(later)).toEqual(consecutive(6));
		const earlier = moved(rows, 'F', { toPhaseId: 'b', toIndex: 0 }).after;
		expect(picture(earlier)[0]).toEqual(['b', ['F', 'A', 'B', 'C']]);
		expect(orders(earlier)).toEqual(consecutive(6));
	});

	it('into an empty phase changes only its phase when no order needs to change', () => {
		const sparse = board({ b: ['A', 'B'], a: ['C'] });
		const { changes, after } = moved(sparse, 'B', { toPhaseId: 'd', toIndex: 0 });
		expect(picture(after)).toEqual([
			['b', ['A']],
			['d', ['B']],
			['a', ['C']]
		]);
		expect(changes).toEqual([{ id: 'B', phaseId: 'd', order: 1 }]);
	});

	it('clamps positions past either end of the column', () => {
		expect(picture(moved(rows, 'A', { toPhaseId: 'b', toIndex: 99 }).after)[0]).toEqual([
			'b',
			['B', 'C', 'A']
		]);
		expect(picture(moved(rows, 'C', { toPhaseId: 'b', toIndex: -3 }).after)[0]).toEqual([
			'b',
			['C', 'A', 'B']
		]);
	});

	it('writes nothing when the card stays where it is, or the id or phase is unknown', () => {
		expect(moveTouchpoint(phases, rows, 'B', { toPhaseId: 'b', toIndex: 1 })).toEqual([]);
		expect(moveTouchpoint(phases, rows, 'nope', { toPhaseId: 'b', toIndex: 0 })).toEqual([]);
		expect(moveTouchpoint(phases, rows, 'A', { toPhaseId: 'gone', toIndex: 0 })).toEqual([]);
		// Nothing goes into the column of removed phases from a real phase.
		expect(moveTouchpoint(phases, rows, 'A', { toPhaseId: null, toIndex: 0 })).toEqual([]);
	});

	it('reorders within the column of removed phases, keeping each card’s own phase id', () => {
		const lost = [...rows, touchpoint(6, { id: 'X', title: 'X', phaseId: 'gone' })];
		lost.push(touchpoint(7, { id: 'Y', title: 'Y', phaseId: 'gone2' }));
		const { after } = moved(lost, 'Y', { toPhaseId: null, toIndex: 0 });
		expect(picture(after).at(-1)).toEqual([null, ['Y', 'X']]);
		expect(after.find((r) => r.id === 'Y')!.phaseId).toBe('gone2');
	});

	it('works when orders interleave phases, disturbing rows of other phases as little as possible', () => {
		// Orders: A(b)0, D(d)1, B(b)2, E(d)3, C(b)4
		const mixed = [
			touchpoint(0, { id: 'A', title: 'A', phaseId: 'b' }),
			touchpoint(1, { id: 'D', title: 'D', phaseId: 'd' }),
			touchpoint(2, { id: 'B', title: 'B', phaseId: 'b' }),
			touchpoint(3, { id: 'E', title: 'E', phaseId: 'd' }),
			touchpoint(4, { id: 'C', title: 'C', phaseId: 'b' })
		];
		const { changes, after } = moved(mixed, 'A', { toPhaseId: 'b', toIndex: 1 });
		expect(picture(after).slice(0, 2)).toEqual([
			['b', ['B', 'A', 'C']],
			['d', ['D', 'E']]
		]);
		expect(changes.map((c) => c.id)).toEqual(['D', 'B', 'A']);
		expect(orders(after)).toEqual(consecutive(5));
	});

	it('repairs orders that are not 0…n−1 while it is at it', () => {
		const holes = [
			touchpoint(3, { id: 'A', title: 'A', phaseId: 'b' }),
			touchpoint(10, { id: 'B', title: 'B', phaseId: 'b' })
		];
		const { after } = moved(holes, 'B', { toPhaseId: 'b', toIndex: 0 });
		expect(picture(after)[0]).toEqual(['b', ['B', 'A']]);
		expect(orders(after)).toEqual([0, 1]);
	});
});

describe('keyboard moves (Alt+arrows)', () => {
	const rows = board({ b: ['A', 'B', 'C'], d: ['D', 'E'], a: [] });
	const all = (_t: Touchpoint) => true;
	const go = (id: string, dir: 'up' | 'down' | 'left' | 'right', shown = all) => {
		const target = keyboardTarget(phases, rows, shown, id, dir);
		return target && picture(applyPlacements(rows, moveTouchpoint(phases, rows, id, target)));
	};

	it('up and down swap with the neighbour; nothing past the ends', () => {
		expect(go('B', 'down')![0]).toEqual(['b', ['A', 'C', 'B']]);
		expect(go('B', 'up')![0]).toEqual(['b', ['B', 'A', 'C']]);
		expect(keyboardTarget(phases, rows, all, 'A', 'up')).toBeNull();
		expect(keyboardTarget(phases, rows, all, 'C', 'down')).toBeNull();
	});

	it('left and right keep the position, clamped, and stop at the first and last phase', () => {
		expect(go('B', 'right')!.slice(0, 2)).toEqual([
			['b', ['A', 'C']],
			['d', ['D', 'B', 'E']]
		]);
		expect(go('C', 'right')![1]).toEqual(['d', ['D', 'E', 'C']]);
		expect(go('E', 'left')![0]).toEqual(['b', ['A', 'E', 'B', 'C']]);
		expect(go('D', 'right')![2]).toEqual(['a', ['D']]);
		expect(keyboardTarget(phases, rows, all, 'A', 'left')).toBeNull();
		const last = board({ a: ['Z'] });
		expect(keyboardTarget(phases, last, all, 'Z', 'right')).toBeNull();
	});

	it('with a filter, moves past the next shown card, not a hidden one', () => {
		// B is hidden: A moving down jumps over C (the next shown card), B keeps its place.
		const shown = (t: Touchpoint) => t.id !== 'B';
		expect(go('A', 'down', shown)![0]).toEqual(['b', ['B', 'C', 'A']]);
		expect(go('C', 'up', shown)![0]).toEqual(['b', ['C', 'A', 'B']]);
		// Across phases it lands at the same shown position: before D when D is shown.
		expect(go('C', 'right', shown)![1]).toEqual(['d', ['D', 'C', 'E']]);
		const noD = (t: Touchpoint) => t.id !== 'D' && t.id !== 'B';
		expect(go('A', 'right', noD)![1]).toEqual(['d', ['D', 'A', 'E']]);
	});

	it('leaves the column of removed phases only to the left, to the last phase', () => {
		const lost = [...rows, touchpoint(5, { id: 'X', title: 'X', phaseId: 'gone' })];
		expect(keyboardTarget(phases, lost, all, 'X', 'right')).toBeNull();
		expect(keyboardTarget(phases, lost, all, 'X', 'left')).toEqual({ toPhaseId: 'a', toIndex: 0 });
		expect(keyboardTarget(phases, lost, all, 'D', 'right')).toEqual({ toPhaseId: 'a', toIndex: 0 });
	});

	it('says where the card is among the shown cards', () => {
		expect(placeOf(phases, rows, all, 'E')).toEqual({ phase: phases[1], position: 2, count: 2 });
		expect(placeOf(phases, rows, (t) => t.id !== 'A', 'C')).toMatchObject({
			position: 2,
			count: 2
		});
		expect(placeOf(phases, rows, all, 'nope')).toBeNull();
	});
});

describe('drop position among shown cards', () => {
	const rows = board({ b: ['A', 'B', 'C', 'D'] });
	const column = timelineColumns(phases, rows)[0]!;
	it('is the shown index without a filter, and maps past hidden cards with one', () => {
		expect(indexAmongShown(column, () => true, 'A', 2)).toBe(2);
		const shown = (t: Touchpoint) => t.id === 'A' || t.id === 'D';
		// Without A: [B, C, D]; shown: [D]. Before D is 2; after the last shown is 3.
		expect(indexAmongShown(column, shown, 'A', 0)).toBe(2);
		expect(indexAmongShown(column, shown, 'A', 1)).toBe(3);
		expect(indexAmongShown(column, () => false, 'A', 0)).toBe(3);
	});
});

describe('filtering touchpoints', () => {
	const rows = [
		touchpoint(0, { id: '1', phaseId: 'b', channel: 'email', ownerId: 's1' }),
		touchpoint(1, { id: '2', phaseId: 'b', channel: 'phone', ownerId: '' }),
		touchpoint(2, { id: '3', phaseId: 'd', channel: 'email', ownerId: 's2' }),
		touchpoint(3, { id: '4', phaseId: 'd', channel: '', ownerId: 's1' })
	];
	const ids = (f: Partial<typeof NO_FILTER>) =>
		filterTouchpoints(rows, { ...NO_FILTER, ...f }).map((t) => t.id);

	it('lets everything through without a filter', () => {
		expect(isFiltering(NO_FILTER)).toBe(false);
		expect(ids({})).toEqual(['1', '2', '3', '4']);
	});

	it('by phase, channel and owner, and all of them together', () => {
		expect(ids({ phaseId: 'd' })).toEqual(['3', '4']);
		expect(ids({ channel: 'email' })).toEqual(['1', '3']);
		expect(ids({ ownerId: 's1' })).toEqual(['1', '4']);
		expect(ids({ channel: 'email', ownerId: 's1' })).toEqual(['1']);
		expect(ids({ phaseId: 'b', channel: 'email', ownerId: 's2' })).toEqual([]);
		expect(isFiltering({ ...NO_FILTER, channel: 'email' })).toBe(true);
	});

	it('finds what is not set yet: no owner, no channel', () => {
		expect(ids({ ownerId: '' })).toEqual(['2']);
		expect(ids({ channel: '' })).toEqual(['4']);
		expect(ids({ channel: ALL, ownerId: ALL })).toHaveLength(4);
	});
});

describe('duplicating a touchpoint', () => {
	it('copies everything the room wrote, not the row identity, and not the same evidence array', () => {
		const original = touchpoint(4, {
			id: 'x',
			kind: 'gap',
			title: 'No news',
			phaseId: 'd',
			channel: 'email',
			customerAction: 'Waits',
			ownerId: 's1',
			importanceCustomer: 5,
			importanceBusiness: 2,
			emotion: -2,
			emotionReason: 'Nobody says anything',
			desiredEmotion: 1,
			evidence: [{ interviewId: 'i1', quote: 'I heard nothing' }]
		});
		const copy = duplicateFields(original);
		expect(copy).not.toHaveProperty('id');
		expect(copy).not.toHaveProperty('order');
		expect(copy).not.toHaveProperty('workshopId');
		const { id: _id, order: _order, workshopId: _w, ...rest } = original;
		expect(copy).toEqual(rest);
		expect(copy.evidence).not.toBe(original.evidence);
		expect(copy.evidence[0]).not.toBe(original.evidence[0]);
	});
});

describe('linking quotes', () => {
	it('adds at the end, removes, and never links the same quote twice', () => {
		const a = { interviewId: 'i1', quote: 'A' };
		const b = { interviewId: 'i2', quote: 'A' };
		let list = toggleEvidence([], a, true);
		list = toggleEvidence(list, b, true);
		list = toggleEvidence(list, a, true);
		expect(list).toEqual([b, a]);
		expect(toggleEvidence(list, b, false)).toEqual([a]);
	});
});

describe('isDraftTouchpoint', () => {
	const blank = () => newRow.touchpoints({ workshopId: 'w', order: 0, phaseId: 'p' });
	it('is a card with no title and nothing else said about it, a gap too', () => {
		expect(isDraftTouchpoint(blank())).toBe(true);
		expect(isDraftTouchpoint({ ...blank(), title: '   ' })).toBe(true);
		expect(isDraftTouchpoint({ ...blank(), kind: 'gap' })).toBe(true);
		// Defaults and filters alone make no record.
		expect(isDraftTouchpoint({ ...blank(), channel: 'email', ownerId: 's1' })).toBe(true);
	});
	it('is a record once anything the room said is in it', () => {
		expect(isDraftTouchpoint({ ...blank(), title: 'Advert' })).toBe(false);
		expect(isDraftTouchpoint({ ...blank(), customerAction: 'Reads it' })).toBe(false);
		expect(isDraftTouchpoint({ ...blank(), emotion: 0 })).toBe(false);
		expect(isDraftTouchpoint({ ...blank(), emotionReason: 'Slow' })).toBe(false);
		expect(isDraftTouchpoint({ ...blank(), desiredEmotion: 1 })).toBe(false);
		expect(isDraftTouchpoint({ ...blank(), evidence: [{ interviewId: 'i', quote: 'q' }] })).toBe(
			false
		);
	});
});
