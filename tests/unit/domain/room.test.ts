// The live room's rights rules: what one phone may write in the room's document.
import {
	DEFAULT_ROOM,
	isRoomCode,
	itemProblem,
	LIMITS,
	phoneChangeProblem,
	readRoom,
	type PhoneContext,
	type RoomState
} from '$lib/domain/room';

const room: RoomState = {
	...DEFAULT_ROOM,
	step: 9,
	dots: 3,
	phases: [{ id: 'p1', name: 'Order' }],
	touchpoints: [{ id: 't1', name: 'Form', phaseId: 'p1' }],
	opportunities: [{ id: 'o1', text: 'Faster' }]
};
const ctx = (over: Partial<PhoneContext> = {}): PhoneContext => ({
	phoneId: 'me',
	room,
	dotsBefore: 0,
	dotsAfter: 0,
	itemsAfter: 1,
	addedLastMinute: 1,
	...over
});
const item = { kind: 'idea', text: 'Ship it', at: 1 };

describe('phoneChangeProblem', () => {
	it('lets a phone add, edit and withdraw its own contributions', () => {
		expect(
			phoneChangeProblem({ map: 'items', key: 'me|a', before: undefined, after: item }, ctx())
		).toBeNull();
		expect(
			phoneChangeProblem(
				{ map: 'items', key: 'me|a', before: item, after: { ...item, text: 'x' } },
				ctx()
			)
		).toBeNull();
		expect(
			phoneChangeProblem({ map: 'items', key: 'me|a', before: item, after: undefined }, ctx())
		).toBeNull();
	});

	it('refuses anything that is not its own', () => {
		expect(
			phoneChangeProblem({ map: 'items', key: 'you|a', before: item, after: undefined }, ctx())
		).toBe('not-yours');
		expect(phoneChangeProblem({ map: 'votes', key: 'o1|you', before: 1, after: 2 }, ctx())).toBe(
			'not-yours'
		);
		expect(
			phoneChangeProblem({ map: 'scores', key: 'me|t1', before: undefined, after: 2 }, ctx())
		).toBe('not-yours');
		expect(phoneChangeProblem({ map: 'room', key: 'step', before: 9, after: 2 }, ctx())).toBe(
			'facilitator-only'
		);
		expect(
			phoneChangeProblem(
				{ map: 'moderation', key: 'me|a', before: undefined, after: 'approved' },
				ctx()
			)
		).toBe('facilitator-only');
		expect(
			phoneChangeProblem({ map: 'other', key: 'me|a', before: undefined, after: 1 }, ctx())
		).toBe('facilitator-only');
		expect(
			phoneChangeProblem({ map: 'items', key: 'me|a|b', before: undefined, after: item }, ctx())
		).toBe('not-yours');
	});

	it('checks values: shape, length, score range, known touchpoints and opportunities', () => {
		const add = (after: unknown, map = 'items', key = 'me|a') =>
			phoneChangeProblem({ map, key, before: undefined, after }, ctx());
		expect(add({ ...item, text: 'x'.repeat(LIMITS.text + 1) })).toBe('too-long');
		expect(add({ ...item, text: '   ' })).toBe('empty');
		expect(add({ ...item, extra: 1 })).toBe('malformed');
		expect(add({ ...item, kind: 'vote' })).toBe('malformed');
		expect(add({ kind: 'touchpoint', text: 'Mail', at: 1, phaseId: 'nope' })).toBe('malformed');
		expect(add({ kind: 'touchpoint', text: 'Mail', at: 1, phaseId: 'p1', gap: true })).toBeNull();
		expect(add('just text')).toBe('malformed');
		expect(add(3, 'scores', 't1|me')).toBeNull();
		expect(add(6, 'scores', 't1|me')).toBe('malformed');
		expect(add(2.5, 'scores', 't1|me')).toBe('malformed');
		expect(add(3, 'scores', 'gone|me')).toBe('malformed');
		expect(add(1, 'votes', 'gone|me')).toBe('malformed');
		expect(add(0, 'votes', 'o1|me')).toBe('malformed');
	});

	it('keeps a phone within its dots, but always lets it take dots back', () => {
		const vote = (
			before: number | undefined,
			after: number,
			dotsBefore: number,
			dotsAfter: number
		) =>
			phoneChangeProblem(
				{ map: 'votes', key: 'o1|me', before, after },
				ctx({ dotsBefore, dotsAfter })
			);
		expect(vote(undefined, 3, 0, 3)).toBeNull();
		expect(vote(3, 4, 3, 4)).toBe('no-dots');
		// The facilitator lowered the dots to 3 after this phone placed 5: it may still remove some.
		expect(vote(5, 4, 5, 4)).toBeNull();
	});

	it('limits new contributions per minute and per phone, and refuses all in a closed room', () => {
		const add = (over: Partial<PhoneContext>) =>
			phoneChangeProblem({ map: 'items', key: 'me|a', before: undefined, after: item }, ctx(over));
		expect(add({ addedLastMinute: LIMITS.itemsPerMinute })).toBeNull();
		expect(add({ addedLastMinute: LIMITS.itemsPerMinute + 1 })).toBe('too-fast');
		expect(add({ itemsAfter: LIMITS.itemsPerPhone + 1 })).toBe('too-many');
		expect(add({ room: { ...room, closed: true } })).toBe('closed');
	});
});

it('reads a half-written or hostile room state as defaults', () => {
	const values: Record<string, unknown> = {
		step: 42,
		dots: -1,
		phases: [{ id: 'p1', name: 'A' }, 'x', null]
	};
	const read = readRoom((key) => values[key]);
	expect(read.step).toBe(DEFAULT_ROOM.step);
	expect(read.dots).toBe(DEFAULT_ROOM.dots);
	expect(read.phases).toEqual([{ id: 'p1', name: 'A' }]);
	expect(itemProblem(null, read)).toBe('malformed');
});

it('knows a room code when it sees one', () => {
	expect(isRoomCode('K7QF3M')).toBe(true);
	expect(isRoomCode('K7QF2M')).toBe(false); // 2 looks like Z
	expect(isRoomCode('../etc')).toBe(false);
	expect(isRoomCode('KQ')).toBe(false);
});
