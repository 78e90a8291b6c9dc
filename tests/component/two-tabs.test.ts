// The same workshop open in two tabs: two sessions, each with its own connection to one
// database, as two tabs have. Dexie tells every connection when a transaction commits.
import { openDb, type JourneyDb } from '$lib/db/db';
import { deleteWorkshop, loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';

let n = 0;
const open: { session: WorkshopSession; db: JourneyDb }[] = [];
let name = '';
let id = '';

beforeEach(async () => {
	name = `two-tabs-${Date.now()}-${n++}`;
	const db = openDb(name);
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	data.workshop.journey.name = 'Laptop';
	await saveWorkshop(db, data);
	db.close();
	id = data.workshop.id;
});

afterEach(async () => {
	for (const { session, db } of open.splice(0)) {
		session.close();
		await session.flush();
		db.close();
	}
	await openDb(name).delete();
});

async function tab() {
	const db = openDb(name);
	const session = new WorkshopSession(db, (await loadWorkshop(db, id))!);
	open.push({ session, db });
	return session;
}

async function stored() {
	const db = openDb(name);
	const data = (await loadWorkshop(db, id))!;
	db.close();
	return data;
}

describe('the same workshop in two tabs', () => {
	it('an edit saved in one tab shows in the other', async () => {
		const a = await tab();
		const b = await tab();
		a.edit((w) => (w.journey.name = 'Laptop for a new hire'));
		const tp = a.add('touchpoints', { title: 'Request form' });
		await a.flush();
		await vi.waitFor(() => {
			expect(b.workshop.journey.name).toBe('Laptop for a new hire');
			expect(b.data.touchpoints.map((t) => t.id)).toEqual([tp.id]);
		});
		expect(b.sync.conflicts).toEqual([]);
		a.update('touchpoints', tp.id, { title: 'Request form (portal)' });
		await a.flush();
		await vi.waitFor(() => expect(b.data.touchpoints[0]!.title).toBe('Request form (portal)'));
		a.remove('touchpoints', tp.id);
		await a.flush();
		await vi.waitFor(() => expect(b.data.touchpoints).toEqual([]));
	});

	it('edits of different fields at the same moment both survive, in both tabs', async () => {
		const a = await tab();
		const b = await tab();
		a.edit((w) => (w.journey.businessGoal = 'Fewer calls to the service desk'));
		b.edit((w) => (w.journey.trigger = 'A new colleague starts'));
		await Promise.all([a.flush(), b.flush()]);
		const want = {
			businessGoal: 'Fewer calls to the service desk',
			trigger: 'A new colleague starts'
		};
		expect((await stored()).workshop.journey).toMatchObject(want);
		await vi.waitFor(() => {
			expect(a.workshop.journey).toMatchObject(want);
			expect(b.workshop.journey).toMatchObject(want);
		});
		expect([...a.sync.conflicts, ...b.sync.conflicts]).toEqual([]);
	});

	it('edits of different fields of one row both survive', async () => {
		const a = await tab();
		const tp = a.add('touchpoints', { title: 'Delivery' });
		await a.flush();
		const b = await tab();
		a.update('touchpoints', tp.id, { emotion: -2 });
		b.update('touchpoints', tp.id, { channel: 'in-person' });
		await Promise.all([a.flush(), b.flush()]);
		expect((await stored()).touchpoints[0]).toMatchObject({ emotion: -2, channel: 'in-person' });
	});

	it('the same field changed in both: the later save keeps its text, both tabs are told, and either can take the other', async () => {
		const a = await tab();
		const b = await tab();
		a.edit((w) => (w.journey.name = 'From tab A'));
		b.edit((w) => (w.journey.name = 'From tab B'));
		await a.flush();
		await b.flush();
		expect((await stored()).workshop.journey.name).toBe('From tab B');
		await vi.waitFor(() => expect(b.sync.conflicts).toHaveLength(1));
		expect(b.sync.conflicts[0]).toMatchObject({
			list: null,
			path: ['journey', 'name'],
			kept: 'here',
			other: 'From tab A'
		});
		// Tab A shows B's text, and is told its own was replaced.
		await vi.waitFor(() => {
			expect(a.workshop.journey.name).toBe('From tab B');
			expect(a.sync.conflicts).toMatchObject([
				{ list: null, path: ['journey', 'name'], kept: 'there', other: 'From tab A' }
			]);
		});
		a.takeOther(a.sync.conflicts[0]!);
		expect(a.sync.conflicts).toEqual([]);
		await a.flush();
		expect((await stored()).workshop.journey.name).toBe('From tab A');
		await vi.waitFor(() => expect(b.workshop.journey.name).toBe('From tab A'));
	});

	it('a tab that did not write the field is not told about it', async () => {
		const a = await tab();
		const b = await tab();
		const c = await tab();
		a.edit((w) => (w.journey.name = 'From tab A'));
		b.edit((w) => (w.journey.name = 'From tab B'));
		await a.flush();
		await b.flush();
		await vi.waitFor(() => expect(a.sync.conflicts).toHaveLength(1));
		await vi.waitFor(() => expect(c.workshop.journey.name).toBe('From tab B'));
		expect(c.sync.conflicts).toEqual([]);
	});

	it('a row deleted in one tab while edited in the other is kept, with the edit, and said', async () => {
		const a = await tab();
		const tp = a.add('touchpoints', { title: 'Follow-up call' });
		await a.flush();
		const b = await tab();
		b.update('touchpoints', tp.id, { emotionReason: 'Nobody called back' });
		a.remove('touchpoints', tp.id);
		await a.flush();
		await b.flush();
		await vi.waitFor(() => expect(b.sync.conflicts.some((c) => c.deleted)).toBe(true));
		await b.flush();
		expect((await stored()).touchpoints).toMatchObject([
			{ id: tp.id, emotionReason: 'Nobody called back' }
		]);
		await vi.waitFor(() => expect(a.data.touchpoints.map((t) => t.id)).toEqual([tp.id]));
		// "Delete it here too" deletes it for good.
		b.takeOther(b.sync.conflicts.find((c) => c.deleted)!);
		await b.flush();
		expect((await stored()).touchpoints).toEqual([]);
	});

	it('typing not yet saved is never replaced by what arrives from the other tab', async () => {
		const a = await tab();
		const b = await tab();
		b.edit((w) => (w.experience.vision = 'Typed in B, not saved yet'));
		a.edit((w) => (w.experience.vision = 'Saved in A'));
		a.edit((w) => (w.journey.businessGoal = 'Goal from A'));
		await a.flush();
		await vi.waitFor(() => expect(b.workshop.journey.businessGoal).toBe('Goal from A'));
		expect(b.workshop.experience.vision).toBe('Typed in B, not saved yet');
		expect(b.sync.conflicts.map((c) => c.path.join('.'))).toEqual(['experience.vision']);
		await b.flush();
		expect((await stored()).workshop.experience.vision).toBe('Typed in B, not saved yet');
	});

	it('deleted in another tab: this tab stops writing, and can store its copy again', async () => {
		const a = await tab();
		a.add('touchpoints', { title: 'Kept in the tab' });
		await a.flush();
		const db = openDb(name);
		await deleteWorkshop(db, id);
		db.close();
		await vi.waitFor(() => expect(a.sync.gone).toBe(true));
		expect(a.shownSaveStatus).toBe('error');
		a.edit((w) => (w.journey.name = 'Still typing'));
		await a.flush();
		const check = openDb(name);
		expect(await loadWorkshop(check, id)).toBeUndefined();
		expect(await check.touchpoints.count()).toBe(0);
		check.close();
		await a.keepHere();
		expect(a.sync.gone).toBe(false);
		expect(a.shownSaveStatus).toBe('saved');
		const back = await stored();
		expect(back.workshop.journey.name).toBe('Still typing');
		expect(back.touchpoints.map((t) => t.title)).toEqual(['Kept in the tab']);
	});
});
