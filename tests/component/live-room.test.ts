// The live room on the facilitator's side, through a real session and real Y.Docs: a "server"
// document stands in for the room, and phones write into it as the phone page does. What the
// room adds must land in the workshop once, follow edits and withdrawals, respect moderation and
// the facilitator's own edits, and carry scores and dots onto their rows.
import { flushSync } from 'svelte';
import * as Y from 'yjs';
import { itemKey, scoreKey, voteKey, type RoomItem } from '$lib/domain/room';
import { LiveRoom, type Connect, type Fetch } from '$lib/session/live-room.svelte';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { setupSession } from './helpers';

/** The room on the server: one Y.Doc every connected client is synced with, update by update. */
class FakeServer {
	doc = new Y.Doc();
	closed = false;
	/** Cuts this laptop off (`drop`) and brings it back (`back`), as a provider does by itself. */
	drop = () => {};
	back = () => {};
	/** The shared workshop for a co-facilitator (co-facilitation.test.ts tries it; none here). */
	connect: Connect = (doc, _info, events, name) => {
		if (name) return { destroy() {} };
		const toClient = (u: Uint8Array, origin: unknown) =>
			origin !== doc && Y.applyUpdate(doc, u, this.doc);
		const toServer = (u: Uint8Array, origin: unknown) =>
			origin !== this.doc && Y.applyUpdate(this.doc, u, doc);
		const join = () => {
			Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.doc), 'server');
			Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(doc), 'client');
			this.doc.on('update', toClient);
			doc.on('update', toServer);
			events.synced();
		};
		const leave = () => {
			this.doc.off('update', toClient);
			doc.off('update', toServer);
		};
		this.drop = () => {
			leave();
			events.status(false);
		};
		this.back = join;
		join();
		return { destroy: leave };
	};
	fetch: Fetch = async (input) => {
		if (input === '/api/rooms')
			return new Response(
				JSON.stringify({
					code: 'K7QF4M',
					facilitatorToken: 'f-token',
					roomToken: 'r-token',
					joinUrl: 'http://room.test:4319/j/K7QF4M#r-token'
				}),
				{ status: 201 }
			);
		if (input.endsWith('/close')) {
			this.closed = true;
			return new Response(null, { status: 204 });
		}
		return new Response(JSON.stringify({ phones: 2, joined: 3 }), { status: 200 });
	};
	items = this.doc.getMap<RoomItem>('items');
	scores = this.doc.getMap<number>('scores');
	votes = this.doc.getMap<number>('votes');
	room = this.doc.getMap<unknown>('room');
}

const item = (kind: RoomItem['kind'], text: string, extra: Partial<RoomItem> = {}): RoomItem => ({
	kind,
	text,
	at: Date.now() + Math.random(),
	...extra
});

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const c of cleanups) await c();
	cleanups = [];
});

async function openRoom(server = new FakeServer()) {
	const setup = await setupSession('Laptop');
	cleanups.push(setup.cleanup);
	const live = new LiveRoom(setup.session, server.fetch, server.connect);
	cleanups.push(async () => live.destroy());
	await live.open();
	flushSync();
	return { ...setup, live, server };
}

const titles = (s: WorkshopSession) => s.data.touchpoints.map((t) => t.title);

describe('LiveRoom', () => {
	it('keeps the room in the workshop record and tells the phones the step and the phases', async () => {
		const { session, live, server } = await openRoom();
		expect(live.status).toBe('live');
		expect(session.workshop.live?.code).toBe('K7QF4M');
		expect(server.room.get('step')).toBe(1);
		expect((server.room.get('phases') as { name: string }[]).map((p) => p.name)).toEqual([
			'Before',
			'During',
			'After'
		]);
		session.send({ type: 'nav.goto', step: 'touchpoints' } as never);
		flushSync();
		expect(server.room.get('step')).toBe(7);
	});

	it('says the room needs the server when there is none', async () => {
		const setup = await setupSession('Laptop');
		cleanups.push(setup.cleanup);
		const live = new LiveRoom(setup.session, () => Promise.reject(new TypeError('offline')));
		await live.open();
		expect(live.status).toBe('no-server');
		expect(setup.session.workshop.live).toBeUndefined();
	});

	it('lands a touchpoint once, in its phase, as a gap, and follows the phone’s edit and withdrawal', async () => {
		const { session, server } = await openRoom();
		const during = session.workshop.plan.phases[1]!.id;
		const key = itemKey('phoneA', 'item1');
		server.items.set(
			key,
			item('touchpoint', 'Waiting for news', { phaseId: during, gap: true, name: 'Ann' })
		);
		expect(session.data.touchpoints).toHaveLength(1);
		const row = session.data.touchpoints[0]!;
		expect(row).toMatchObject({ title: 'Waiting for news', phaseId: during, kind: 'gap' });
		expect(row.fromRoom).toEqual({ key, name: 'Ann' });
		// The landed touchpoint goes back to the phones, for step 8.
		flushSync();
		expect((server.room.get('touchpoints') as { name: string }[]).map((t) => t.name)).toEqual([
			'Waiting for news'
		]);

		server.items.set(key, item('touchpoint', 'Waiting, no status', { phaseId: during }));
		expect(titles(session)).toEqual(['Waiting, no status']);
		server.items.delete(key);
		expect(titles(session)).toEqual([]);
	});

	it('the phones’ items and scores are not the facilitator’s to undo', async () => {
		const { session, server } = await openRoom();
		session.edit((w) => (w.journey.trigger = 'Mine'));
		await Promise.resolve();
		server.items.set(itemKey('phoneA', 'item1'), item('touchpoint', 'From a phone'));
		expect(titles(session)).toEqual(['From a phone']);
		server.scores.set(scoreKey(session.data.touchpoints[0]!.id, 'phoneA'), 2);
		await Promise.resolve();
		expect(session.history.undoStep?.label).toMatchObject({ kind: 'edit', area: 'journey' });
		expect(session.undoLast()).toBe(true);
		expect(session.workshop.journey.trigger).toBe('');
		expect(titles(session)).toEqual(['From a phone']);
		expect(session.undoLast()).toBe(false);
	});

	it('never adds twice: a reload, a reconnect or a second window finds the item landed', async () => {
		const { session, server, live } = await openRoom();
		server.items.set(itemKey('phoneA', 'a'), item('idea', 'Status e-mail'));
		server.items.set(itemKey('phoneB', 'b'), item('stakeholder', 'Purchasing'));
		live.destroy();
		const again = new LiveRoom(session, server.fetch, server.connect);
		cleanups.push(async () => again.destroy());
		again.resume();
		const second = new LiveRoom(session, server.fetch, server.connect);
		cleanups.push(async () => second.destroy());
		second.resume();
		expect(session.data.opportunities.map((o) => o.idea)).toEqual(['Status e-mail']);
		expect(session.data.stakeholders.map((s) => s.name)).toEqual(['Purchasing']);
	});

	it('a row the facilitator has edited or deleted is theirs: phone edits and withdrawals leave it', async () => {
		const { session, server } = await openRoom();
		const k1 = itemKey('phoneA', 'one');
		const k2 = itemKey('phoneA', 'two');
		server.items.set(k1, item('touchpoint', 'Form'));
		server.items.set(k2, item('touchpoint', 'Call'));
		const [form, call] = session.data.touchpoints;
		session.update('touchpoints', form!.id, { title: 'Order form (portal)' });
		session.remove('touchpoints', call!.id);
		server.items.set(k1, item('touchpoint', 'Form!'));
		server.items.set(k2, item('touchpoint', 'Call!'));
		expect(titles(session)).toEqual(['Order form (portal)']);
		server.items.delete(k1);
		expect(titles(session)).toEqual(['Order form (portal)']);
	});

	it('a row from the room that the facilitator deletes hides its item in the room, once it is gone', async () => {
		const { session, server } = await openRoom();
		const moderation = server.doc.getMap<string>('moderation');
		const [k1, k2, k3] = ['one', 'two', 'three'].map((id) => itemKey('phoneA', id));
		server.items.set(k1!, item('touchpoint', 'Form'));
		server.items.set(k2!, item('idea', 'Send the date'));
		server.items.set(k3!, item('touchpoint', 'Call'));
		flushSync();
		session.remove('touchpoints', session.data.touchpoints[0]!.id);
		session.remove('opportunities', session.data.opportunities[0]!.id);
		flushSync();
		expect(moderation.get(k1!)).toBe('hidden');
		expect(moderation.get(k2!)).toBe('hidden');
		// The phone withdrawing its own item takes the row the other way: nothing to hide.
		server.items.delete(k3!);
		flushSync();
		expect(titles(session)).toEqual([]);
		expect(moderation.has(k3!)).toBe(false);
	});

	it('a row deleted while this laptop was off the room hides its item when it is back', async () => {
		const { session, server } = await openRoom();
		const moderation = server.doc.getMap<string>('moderation');
		const key = itemKey('phoneA', 'one');
		server.items.set(key, item('stakeholder', 'The service desk'));
		flushSync();
		server.drop();
		session.remove('stakeholders', session.data.stakeholders.find((s) => s.fromRoom)!.id);
		flushSync();
		expect(moderation.has(key)).toBe(false);
		server.back();
		flushSync();
		expect(moderation.get(key)).toBe('hidden');
	});

	it('in review, items wait until approved; hidden ones leave the wall', async () => {
		const { session, server, live } = await openRoom();
		live.setSettings({ moderation: 'review' });
		flushSync();
		expect(server.room.get('moderation')).toBe('review');
		const key = itemKey('phoneA', 'q');
		server.items.set(key, item('stakeholder', 'Finance'));
		expect(session.data.stakeholders).toHaveLength(0);
		expect(live.waiting.map((w) => w.key)).toEqual([key]);
		live.approve(key);
		expect(session.data.stakeholders.map((s) => s.name)).toEqual(['Finance']);
		expect(live.waiting).toEqual([]);
		live.hide(key);
		expect(session.data.stakeholders).toHaveLength(0);
		expect(server.doc.getMap('moderation').get(key)).toBe('hidden');
	});

	it('lands statements and quotes where their steps keep them, and deletes on the facilitator’s word', async () => {
		const { session, server, live } = await openRoom();
		const s = itemKey('phoneA', 's');
		server.items.set(s, item('experience', 'I always know the delivery date'));
		server.items.set(itemKey('phoneA', 'q'), item('quote', 'Nobody told me anything'));
		expect(session.workshop.experience.statements).toEqual(['I always know the delivery date']);
		expect(session.data.interviews.map((i) => i.quotes)).toEqual(['Nobody told me anything']);
		live.remove(s);
		expect(session.workshop.experience.statements).toEqual([]);
		expect(server.items.has(s)).toBe(false);
	});

	it('keeps each phone’s score on its touchpoint and each phone’s dots on its opportunity', async () => {
		const { session, server } = await openRoom();
		const tp = session.add('touchpoints', { title: 'Delivery' });
		const op = session.add('opportunities', { idea: 'Track the parcel' });
		flushSync();
		server.scores.set(scoreKey(tp.id, 'phoneA'), 1);
		server.scores.set(scoreKey(tp.id, 'phoneB'), 5);
		server.votes.set(voteKey(op.id, 'phoneA'), 2);
		expect(session.data.touchpoints[0]!.roomScores).toEqual({ phoneA: 1, phoneB: 5 });
		expect(session.data.opportunities[0]!.roomVotes).toEqual({ phoneA: 2 });
		server.votes.delete(voteKey(op.id, 'phoneA'));
		expect(session.data.opportunities[0]!.roomVotes).toEqual({});
	});

	it('a laptop that drops and comes back lands what the phones sent meanwhile, once', async () => {
		const { session, server, live } = await openRoom();
		server.items.set(itemKey('phoneA', 'a'), item('touchpoint', 'Form'));
		server.drop();
		expect(live.status).toBe('offline');
		server.items.set(itemKey('phoneB', 'b'), item('touchpoint', 'Call'));
		server.items.delete(itemKey('phoneA', 'a'));
		expect(titles(session)).toEqual(['Form']);
		server.back();
		expect(live.status).toBe('live');
		expect(titles(session)).toEqual(['Call']);
	});

	it('closing tells the server and keeps what landed', async () => {
		const { server, live, saved } = await openRoom();
		server.items.set(itemKey('phoneA', 'x'), item('idea', 'Chat with IT'));
		await live.close();
		expect(server.closed).toBe(true);
		expect(live.status).toBe('closed');
		const stored = await saved();
		expect(stored.workshop.live?.closed).toBe(true);
		expect(stored.opportunities.map((o) => o.idea)).toEqual(['Chat with IT']);
		expect(stored.opportunities[0]!.fromRoom?.key).toBe(itemKey('phoneA', 'x'));
	});
});
