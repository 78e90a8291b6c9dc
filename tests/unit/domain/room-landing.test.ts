// The pure side of the live room: what the facilitator shares with the phones, the room's
// figures, and the landing plan for what the phones send.
import { emptyWorkshopData, newRow, newWorkshopRecord } from '$lib/domain/factories';
import {
	planLanding,
	roomDots,
	roomEmotion,
	roomStateOf,
	rowIdOf,
	waitingItems,
	type LiveRoomInfo
} from '$lib/domain/room-landing';
import type { RoomItem } from '$lib/domain/room';

const info = (extra: Partial<LiveRoomInfo> = {}): LiveRoomInfo => ({
	code: 'K7QF4M',
	facilitatorToken: 'f',
	roomToken: 'r',
	joinUrl: 'http://room.test/j/K7QF4M#r',
	moderation: 'open',
	dots: 3,
	results: 'hidden',
	closed: false,
	landed: {},
	...extra
});

function workshop() {
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	const [before, during] = data.workshop.plan.phases;
	const tp = (title: string, phaseId: string, order: number) => ({
		...newRow.touchpoints({ workshopId: data.workshop.id, order }),
		title,
		phaseId
	});
	// Stored order is not the timeline's: the phones get them phase by phase.
	data.touchpoints = [
		tp('Delivery', during!.id, 0),
		tp('Advert', before!.id, 1),
		tp('', before!.id, 2)
	];
	return data;
}

const item = (kind: RoomItem['kind'], text: string, at = 1): RoomItem => ({ kind, text, at });

describe('roomStateOf', () => {
	it('shares the step, the phases and the touchpoints in the timeline’s order, never an empty card', () => {
		const data = workshop();
		const state = roomStateOf(data, 'emotions', info({ dots: 5 }));
		expect(state.step).toBe(8);
		expect(state.phases.map((p) => p.name)).toEqual(['Before', 'During', 'After']);
		expect(state.touchpoints.map((t) => t.name)).toEqual(['Advert', 'Delivery']);
		expect(state.dots).toBe(5);
		expect(roomStateOf(data, 'report', info()).step).toBe(10);
	});
});

describe('the room’s figures', () => {
	it('averages faces 1–5 on the app’s −2…+2 scale, with the spread and the count', () => {
		const room = roomEmotion({ a: 1, b: 2, c: 2 })!;
		expect(room.count).toBe(3);
		expect(room.mean).toBeCloseTo(-4 / 3);
		expect(room.spread).toBeCloseTo(Math.sqrt(2 / 9));
		expect(roomEmotion({})).toBeNull();
		expect(roomDots({ a: 2, b: 3 })).toBe(5);
	});
});

describe('planLanding', () => {
	it('adds once: with the ledger it returned, the same room plans nothing more', () => {
		const data = workshop();
		const content = { items: { 'p1|i1': item('stakeholder', 'Finance') }, moderation: {} };
		const first = planLanding(data, content, info(), { quotes: 'From the room' });
		expect(first.ops).toEqual([
			{
				op: 'add',
				list: 'stakeholders',
				fields: { id: rowIdOf('p1|i1'), name: 'Finance', fromRoom: { key: 'p1|i1' } }
			}
		]);
		const again = planLanding(data, content, info({ landed: first.landed }), { quotes: '' });
		expect(again).toEqual({ ops: [], landed: first.landed, changed: false });
	});

	it('keeps items waiting in review, and lets none that is hidden onto the wall', () => {
		const data = workshop();
		const content = {
			items: { 'p1|a': item('idea', 'Chat', 1), 'p1|b': item('idea', 'Track', 2) },
			moderation: { 'p1|b': 'hidden' }
		};
		const review = info({ moderation: 'review' });
		expect(planLanding(data, content, review, { quotes: '' }).ops).toEqual([]);
		expect(waitingItems(content, review, {}).map((w) => w.key)).toEqual(['p1|a']);
		const open = planLanding(data, content, info(), { quotes: '' });
		expect(open.ops.map((o) => (o.op === 'add' ? o.fields : null))).toEqual([
			{ id: rowIdOf('p1|a'), idea: 'Chat', fromRoom: { key: 'p1|a' } }
		]);
	});
});
