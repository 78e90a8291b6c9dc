// Two laptops, one workshop: two sessions, each with its own database, joined by real Y.Docs
// through a stand-in for the server (updates relayed as Hocuspocus relays them). Edits cross
// both ways and are saved on both; different fields never undo each other; the same field at
// once ends alike on both with the other version one click away; a laptop off the network
// merges on return.
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import PeopleList from '$lib/components/liveroom/PeopleList.svelte';
import SyncNotice from '$lib/components/wizard/SyncNotice.svelte';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { saveWorkshop } from '$lib/db/workshops';
import { fromEntries } from '$lib/domain/workshop-doc';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import { CoFacilitation } from '$lib/session/co-facilitation.svelte';
import { Presence } from '$lib/session/presence.svelte';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { openDb } from '$lib/db/db';
import { setupSession } from './helpers';

/** The server's copy, relaying every update to the laptops on line. */
class Relay {
	doc = new Y.Doc();
	#off = new Map<Y.Doc, () => void>();
	join(doc: Y.Doc) {
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.doc), this);
		Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(doc), doc);
		const down = (u: Uint8Array, origin: unknown) => origin !== doc && Y.applyUpdate(doc, u, this);
		const up = (u: Uint8Array, origin: unknown) =>
			origin !== this && Y.applyUpdate(this.doc, u, doc);
		this.doc.on('update', down);
		doc.on('update', up);
		this.#off.set(doc, () => {
			this.doc.off('update', down);
			doc.off('update', up);
		});
	}
	leave(doc: Y.Doc) {
		this.#off.get(doc)?.();
		this.#off.delete(doc);
	}
}

const wait = (ms = 200) => new Promise((r) => setTimeout(r, ms));
/** Lets the laptops gather and send their edits, the relay carry them, and the answers go back
 *  (an edit that arrives can start the other laptop's gathering again). */
async function settle() {
	for (let i = 0; i < 3; i++) {
		flushSync();
		await wait(150);
	}
	flushSync();
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const c of cleanups.reverse()) await c();
	cleanups = [];
});

async function twoLaptops() {
	const relay = new Relay();
	const a = await setupSession('Laptop journey', (d) => {
		d.workshop.journey.businessGoal = 'Fewer chase calls';
	});
	cleanups.push(a.cleanup);
	a.session.add('stakeholders', { name: 'Service desk' });
	a.session.add('touchpoints', {
		title: 'Order form',
		phaseId: a.session.workshop.plan.phases[0]!.id
	});
	const coA = new CoFacilitation(a.session, 'K7QF4M', null);
	cleanups.push(async () => coA.destroy());
	relay.join(coA.doc);
	coA.synced();
	await settle();

	// The second laptop copies the workshop from the shared document, as the invite link does.
	const dbB = openDb(`co-b-${Date.now()}`);
	const copy = fromEntries(
		new Map(relay.doc.getMap('workshop').entries()),
		emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After'])).workshop
	)!;
	await saveWorkshop(dbB, copy);
	const b = new WorkshopSession(dbB, copy);
	const coB = new CoFacilitation(b, 'K7QF4M', null);
	cleanups.push(async () => {
		coB.destroy();
		b.close();
		await b.flush();
		dbB.close();
		await dbB.delete();
	});
	relay.join(coB.doc);
	coB.synced();
	await settle();
	return { relay, a: a.session, b, coA, coB, savedA: a.saved };
}

describe('co-facilitation', () => {
	it('the second laptop gets everything, and edits cross both ways, saved on both', async () => {
		const { a, b, savedA } = await twoLaptops();
		expect(b.workshop.id).toBe(a.workshop.id);
		expect(b.workshop.journey).toEqual(a.workshop.journey);
		expect(b.data.touchpoints.map((t) => t.title)).toEqual(['Order form']);

		a.edit((w) => (w.journey.name = 'Laptop journey, v2'));
		b.add('touchpoints', { title: 'Pick-up', phaseId: b.workshop.plan.phases[1]!.id });
		b.remove('stakeholders', b.data.stakeholders[0]!.id);
		await settle();
		expect(b.workshop.journey.name).toBe('Laptop journey, v2');
		expect(a.data.touchpoints.map((t) => t.title)).toEqual(['Order form', 'Pick-up']);
		expect(a.data.stakeholders).toEqual([]);
		const stored = await savedA();
		expect(stored.touchpoints.map((t) => t.title)).toEqual(['Order form', 'Pick-up']);
		expect(stored.stakeholders).toEqual([]);
	});

	it('undo on one laptop takes back only its own edits, never the other laptop’s', async () => {
		const { a, b } = await twoLaptops();
		a.edit((w) => (w.journey.trigger = 'A new hire starts'));
		await settle();
		b.add('touchpoints', { title: 'Pick-up', phaseId: b.workshop.plan.phases[1]!.id });
		await Promise.resolve(); // two clicks: two steps
		b.edit((w) => (w.journey.end = 'The laptop works'));
		await settle();
		expect(a.data.touchpoints.map((t) => t.title)).toEqual(['Order form', 'Pick-up']);
		// A's undo: its own trigger goes, B's touchpoint and end stay, on both laptops.
		expect(a.undoLast()).toBe(true);
		await settle();
		for (const s of [a, b]) {
			expect(s.workshop.journey.trigger).toBe('');
			expect(s.workshop.journey.end).toBe('The laptop works');
			expect(s.data.touchpoints.map((t) => t.title)).toEqual(['Order form', 'Pick-up']);
		}
		// Next in A's history: what A added itself, never B's card.
		expect(a.history.undoStep?.label.name).not.toBe('Pick-up');
		// B's undo takes back B's edits, newest first.
		expect(b.undoLast()).toBe(true);
		await settle();
		expect(a.workshop.journey.end).toBe('');
		expect(b.undoLast()).toBe(true);
		await settle();
		expect(a.data.touchpoints.map((t) => t.title)).toEqual(['Order form']);
	});

	it('different fields of one row at once both stay; a row deleted on one while edited on the other stays deleted', async () => {
		const { a, b } = await twoLaptops();
		const id = a.data.touchpoints[0]!.id;
		a.update('touchpoints', id, { title: 'Order form (portal)' });
		b.update('touchpoints', id, { customerAction: 'Fills in the form' });
		await settle();
		for (const s of [a, b])
			expect(s.data.touchpoints[0]).toMatchObject({
				title: 'Order form (portal)',
				customerAction: 'Fills in the form'
			});

		const sid = a.data.stakeholders[0]!.id;
		a.remove('stakeholders', sid);
		b.update('stakeholders', sid, { name: 'Service desk (IT)' });
		await settle();
		expect(a.data.stakeholders).toEqual([]);
		expect(b.data.stakeholders).toEqual([]);
	});

	it('the same field on both at once: alike on both, and each person sees the other version', async () => {
		const { a, b } = await twoLaptops();
		a.edit((w) => (w.journey.trigger = 'A: the laptop breaks'));
		b.edit((w) => (w.journey.trigger = 'B: a new hire starts'));
		await settle();
		await settle();
		expect(a.workshop.journey.trigger).toBe(b.workshop.journey.trigger);
		const kept = a.workshop.journey.trigger;
		const [winner, loser] = kept.startsWith('A') ? [a, b] : [b, a];
		const lost = kept.startsWith('A') ? 'B: a new hire starts' : 'A: the laptop breaks';
		expect(loser.sync.conflicts).toContainEqual(
			expect.objectContaining({
				path: ['journey', 'trigger'],
				kept: 'there',
				other: lost,
				afar: true
			})
		);
		// The loser's screen says where the other version came from, and offers to put theirs back.
		render(SyncNotice, { props: { session: loser } });
		expect(
			screen.getByText(/was changed on the other laptop at the same moment/)
		).toBeInTheDocument();
		expect(screen.getByText(`You wrote: “${lost}”`)).toBeInTheDocument();
		// One click takes the other version back, and it crosses to the other laptop.
		loser.takeOther(loser.sync.conflicts.find((c) => c.kept === 'there')!);
		await settle();
		expect(winner.workshop.journey.trigger).toBe(lost);
	});

	it('a laptop off the network keeps working and merges on return', async () => {
		const { relay, a, b, coB } = await twoLaptops();
		relay.leave(coB.doc);
		b.edit((w) => (w.journey.end = 'The laptop works, software and all'));
		b.add('touchpoints', { title: 'Call the desk', phaseId: b.workshop.plan.phases[2]!.id });
		a.edit((w) => (w.journey.businessGoal = 'No chase calls'));
		await settle();
		expect(a.workshop.journey.end).not.toBe('The laptop works, software and all');
		relay.join(coB.doc);
		await settle();
		for (const s of [a, b]) {
			expect(s.workshop.journey.end).toBe('The laptop works, software and all');
			expect(s.workshop.journey.businessGoal).toBe('No chase calls');
			expect(s.data.touchpoints.map((t) => t.title)).toEqual(['Order form', 'Call the desk']);
		}
	});
});

describe('who else is in the workshop', () => {
	it('lists each person with their step, running timer and field, and goes to their step on a click', async () => {
		const ongo = vi.fn();
		render(PeopleList, {
			props: {
				people: [
					{
						clientId: 7,
						name: 'Sam Berg',
						initials: 'SB',
						colour: '#1f6f8b',
						place: 'persona',
						field: 'Name',
						timer: { running: true, elapsedMs: 475_000, durationMs: 600_000, heardAt: Date.now() }
					},
					{
						clientId: 9,
						name: '',
						initials: '?',
						colour: '#8a3b12',
						place: 'journey',
						field: null,
						timer: null
					}
				],
				here: 'journey',
				ongo
			}
		});
		const list = screen.getByRole('region', { name: 'Also in this workshop' });
		expect(list).toHaveTextContent('Sam Berg · step 4 · 2:05 left · typing in “Name”');
		expect(list).toHaveTextContent('A facilitator · step 1');
		// Only the one on another step has a way there.
		expect(screen.getAllByRole('button')).toHaveLength(1);
		screen.getByRole('button', { name: 'Go to step 4' }).click();
		expect(ongo).toHaveBeenCalledWith('persona');
	});
});

describe('following the other facilitator', () => {
	it('goes where they go with their timer, stops on a click, and stops when they leave', async () => {
		const a = await setupSession('Laptop journey');
		const b = await setupSession('Laptop journey');
		cleanups.push(a.cleanup, b.cleanup);
		// Two laptops' awareness, passing each change to the other as the server relays it.
		const [awA, awB] = [new Awareness(new Y.Doc()), new Awareness(new Y.Doc())];
		const relay = (from: Awareness, to: Awareness) =>
			from.on('update', (changes: Record<string, number[]>, origin: unknown) => {
				if (origin === 'remote') return;
				const ids = [...changes.added!, ...changes.updated!, ...changes.removed!];
				applyAwarenessUpdate(to, encodeAwarenessUpdate(from, ids), 'remote');
			});
		relay(awA, awB);
		relay(awB, awA);
		const [pA, pB] = [new Presence(awA, a.session), new Presence(awB, b.session)];
		cleanups.push(async () => {
			pB.destroy();
			awA.destroy();
			awB.destroy();
		});
		flushSync();
		expect(pB.others).toHaveLength(1);

		pB.follow(pB.others[0]!.clientId);
		a.session.send({ type: 'nav.goto', step: 'persona' });
		flushSync();
		expect(b.session.place).toBe('persona');

		pB.follow(null);
		a.session.send({ type: 'nav.goto', step: 'touchpoints' });
		flushSync();
		expect(b.session.place).toBe('persona');

		pB.follow(pB.others[0]!.clientId);
		flushSync();
		expect(b.session.place).toBe('touchpoints');

		// Their timer starts: this one runs with it, at their time, and never stores it.
		a.session.timer.toggle();
		flushSync();
		expect(b.session.timer.running).toBe(true);
		expect(Math.abs(b.session.timer.elapsedMs - a.session.timer.elapsedMs)).toBeLessThan(1000);
		a.session.timer.toggle();
		flushSync();
		expect(b.session.timer.running).toBe(false);
		expect(Math.abs(b.session.timer.elapsedMs - a.session.timer.elapsedMs)).toBeLessThan(50);
		b.session.timer.stop();
		expect(b.session.workshop.facilitation.spentMs.touchpoints).toBeUndefined();
		pA.destroy();
		flushSync();
		expect(pB.others).toEqual([]);
		expect(pB.following).toBeNull();
	});
});
