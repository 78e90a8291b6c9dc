import Dexie from 'dexie';
import { openDb, type JourneyDb } from '$lib/db/db';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import type { WorkshopData } from '$lib/domain/types';
import { UNDO_MS } from '$lib/session/undo.svelte';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';

let db: JourneyDb;
let n = 0;
const sessions: WorkshopSession[] = [];

beforeEach(() => {
	db = openDb(`session-test-${Date.now()}-${n++}`);
});

afterEach(async () => {
	for (const s of sessions.splice(0)) s.close();
	db.close();
	await db.delete();
});

async function fresh(name = ''): Promise<WorkshopData> {
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	data.workshop.journey.name = name;
	await saveWorkshop(db, data);
	return data;
}

function open(data: WorkshopData) {
	const s = new WorkshopSession(db, data);
	sessions.push(s);
	return s;
}

async function reload(id: string) {
	const data = await loadWorkshop(db, id);
	expect(data).toBeDefined();
	return data!;
}

describe('WorkshopSession', () => {
	it('editing the journey name then flush() persists it', async () => {
		const data = await fresh();
		const session = open(data);
		session.edit((w) => (w.journey.name = 'Ærøskøbing – Malmö'));
		expect(session.data.workshop.journey.name).toBe('Ærøskøbing – Malmö');
		expect((await reload(data.workshop.id)).workshop.journey.name).toBe('');
		await session.flush();
		expect((await reload(data.workshop.id)).workshop.journey.name).toBe('Ærøskøbing – Malmö');
		expect(session.saveStatus).toBe('saved');
	});

	it('an edit tells the machine: a named journey can move on', async () => {
		const session = open(await fresh());
		session.send({ type: 'nav.next' });
		expect(session.place).toBe('journey');
		expect(session.machine.snapshot.context.blocked).toBe(true);
		session.edit((w) => (w.journey.name = 'Onboarding'));
		expect(session.machine.snapshot.context.blocked).toBe(false);
		session.send({ type: 'nav.next' });
		expect(session.place).toBe('stakeholders');
	});

	it('add/update persist rows with their order', async () => {
		const data = await fresh('Rows');
		const session = open(data);
		const a = session.add('touchpoints', { title: 'A' });
		const b = session.add('touchpoints');
		session.update('touchpoints', b.id, { title: 'B' });
		const gap = session.add('touchpoints', { kind: 'gap', title: 'Silence' });
		expect(session.data.touchpoints.map((t) => t.order)).toEqual([0, 1, 2]);
		await session.flush();
		const loaded = await reload(data.workshop.id);
		expect(loaded.touchpoints.map((t) => [t.id, t.title, t.order, t.kind])).toEqual([
			[a.id, 'A', 0, 'touchpoint'],
			[b.id, 'B', 1, 'touchpoint'],
			[gap.id, 'Silence', 2, 'gap']
		]);
		expect(loaded.touchpoints.every((t) => t.workshopId === data.workshop.id)).toBe(true);
	});

	it('remove deletes the row and renumbers the rest', async () => {
		const data = await fresh('Remove');
		const session = open(data);
		const ids = ['S0', 'S1', 'S2', 'S3'].map((name) => session.add('stakeholders', { name }).id);
		await session.flush();
		session.remove('stakeholders', ids[1]!);
		expect(session.data.stakeholders.map((s) => [s.name, s.order])).toEqual([
			['S0', 0],
			['S2', 1],
			['S3', 2]
		]);
		await session.flush();
		const loaded = await reload(data.workshop.id);
		expect(loaded.stakeholders.map((s) => [s.name, s.order])).toEqual([
			['S0', 0],
			['S2', 1],
			['S3', 2]
		]);
		expect(await db.stakeholders.get(ids[1]!)).toBeUndefined();
	});

	it('removing a row added but not yet saved leaves nothing on disk', async () => {
		const data = await fresh('Quick');
		const session = open(data);
		const row = session.add('actions', { title: 'Gone' });
		session.remove('actions', row.id);
		await session.flush();
		expect(await db.actions.count()).toBe(0);
	});

	it('move up and down persists the new order', async () => {
		const data = await fresh('Move');
		const session = open(data);
		const [a, b, c] = ['A', 'B', 'C'].map((title) => session.add('touchpoints', { title }));
		await session.flush();
		session.move('touchpoints', a!.id, 1);
		expect(session.data.touchpoints.map((t) => t.title)).toEqual(['B', 'A', 'C']);
		await session.flush();
		let loaded = await reload(data.workshop.id);
		expect(loaded.touchpoints.map((t) => [t.title, t.order])).toEqual([
			['B', 0],
			['A', 1],
			['C', 2]
		]);
		session.move('touchpoints', c!.id, -1);
		session.move('touchpoints', b!.id, -1); // already first: no change
		await session.flush();
		loaded = await reload(data.workshop.id);
		expect(loaded.touchpoints.map((t) => [t.title, t.order])).toEqual([
			['B', 0],
			['C', 1],
			['A', 2]
		]);
	});

	it('edits stamp updatedAt on disk', async () => {
		const data = await fresh('Stamp');
		data.workshop.updatedAt = '2000-01-01T00:00:00.000Z';
		const session = open(data);
		session.edit((w) => (w.facilitator = 'Kim'));
		await session.flush();
		const loaded = await reload(data.workshop.id);
		expect(loaded.workshop.facilitator).toBe('Kim');
		expect(loaded.workshop.updatedAt > '2000-01-01T00:00:00.000Z').toBe(true);
	});

	it('moving to another step persists the machine, and a reload resumes there', async () => {
		const data = await fresh('Resume');
		const session = open(data);
		session.send({ type: 'nav.goto', step: 'emotions' });
		expect(session.place).toBe('emotions');
		expect(session.data.workshop.machine?.step).toBe('emotions');
		await session.flush();
		const loaded = await reload(data.workshop.id);
		expect(loaded.workshop.machine?.step).toBe('emotions');
		const again = open(loaded);
		expect(again.place).toBe('emotions');
		again.send({ type: 'nav.next' });
		expect(again.place).toBe('opportunities');
	});

	it('reload resumes at the report too, after nav.next steps', async () => {
		const data = await fresh('Report');
		const session = open(data);
		session.send({ type: 'nav.goto', step: 'improve' });
		session.send({ type: 'nav.next' });
		expect(session.place).toBe('report');
		await session.flush();
		expect(open(await reload(data.workshop.id)).place).toBe('report');
	});

	it('a refused move persists nothing new', async () => {
		const data = await fresh();
		const session = open(data);
		session.send({ type: 'nav.goto', step: 'plan' });
		await session.flush();
		expect((await reload(data.workshop.id)).workshop.machine).toBeNull();
	});

	it('edit, move and edit again before a save: the newest text lands', async () => {
		const data = await fresh('Onboarding');
		const session = open(data);
		const a = session.add('touchpoints', { title: 'A' });
		session.add('touchpoints', { title: 'B' });
		await session.flush();
		session.update('touchpoints', a.id, { title: 'A, first edit' });
		session.move('touchpoints', a.id, 1);
		session.update('touchpoints', a.id, { title: 'A, Łódź → Göteborg' });
		await session.flush();
		const saved = (await reload(data.workshop.id)).touchpoints;
		expect(saved.map((t) => t.title)).toEqual(['B', 'A, Łódź → Göteborg']);
		expect(saved.map((t) => t.order)).toEqual([0, 1]);
	});

	it('a row moved and then removed before a save does not come back', async () => {
		const data = await fresh('Onboarding');
		const session = open(data);
		const a = session.add('stakeholders', { name: 'Åsa' });
		session.add('stakeholders', { name: 'Bo' });
		await session.flush();
		session.move('stakeholders', a.id, 1);
		session.remove('stakeholders', a.id);
		await session.flush();
		const saved = (await reload(data.workshop.id)).stakeholders;
		expect(saved.map((s) => s.name)).toEqual(['Bo']);
		expect(saved[0]!.order).toBe(0);
	});

	it('undo after removing puts the row back in its place, on disk too', async () => {
		const data = await fresh('Undo');
		const session = open(data);
		const ids = ['S0', 'S1', 'S2'].map((name) => session.add('stakeholders', { name }).id);
		await session.flush();
		session.removeWithUndo('stakeholders', ids[1]!, 'Deleted “S1”');
		expect(session.undo.current?.message).toBe('Deleted “S1”');
		await session.flush();
		expect(await db.stakeholders.get(ids[1]!)).toBeUndefined();
		session.undo.undo();
		expect(session.undo.current).toBeNull();
		expect(session.data.stakeholders.map((s) => [s.name, s.order])).toEqual([
			['S0', 0],
			['S1', 1],
			['S2', 2]
		]);
		await session.flush();
		const loaded = await reload(data.workshop.id);
		expect(loaded.stakeholders.map((s) => [s.id, s.name, s.order])).toEqual([
			[ids[0], 'S0', 0],
			[ids[1], 'S1', 1],
			[ids[2], 'S2', 2]
		]);
	});

	it('undo before the deletion reached the disk leaves the row as it was', async () => {
		const data = await fresh('Quick undo');
		const session = open(data);
		const row = session.add('personas', { name: 'Emma' });
		await session.flush();
		session.removeWithUndo('personas', row.id, 'Deleted');
		session.undo.undo();
		await session.flush();
		expect((await reload(data.workshop.id)).personas.map((p) => p.name)).toEqual(['Emma']);
	});

	it('only the latest deletion can be undone, and the offer fades', async () => {
		const data = await fresh('Fade');
		const session = open(data);
		// Only the clock: the database underneath keeps its own real timers.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const [a, b] = ['A', 'B'].map((name) => session.add('actions', { title: name }));
			session.removeWithUndo('actions', a!.id, 'Deleted A');
			session.removeWithUndo('actions', b!.id, 'Deleted B');
			expect(session.undo.current?.message).toBe('Deleted B');
			vi.advanceTimersByTime(UNDO_MS + 1);
			expect(session.undo.current).toBeNull();
			expect(session.data.actions).toEqual([]);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('a newer version of the app opened in another tab', () => {
	it('makes this tab write what is pending before it lets go of the database', async () => {
		const data = await fresh('Two tabs');
		const session = open(data);
		session.edit((w) => (w.journey.name = 'Typed just now'));
		expect(session.autosave.pending).toBeGreaterThan(0);
		// The other tab: the same database, one schema version up. It waits until this one closes.
		const newer = new Dexie(db.name);
		newer.version(db.verno + 1).stores({ workshops: 'id, updatedAt' });
		const record = await newer.table('workshops').get(data.workshop.id);
		expect(record.journey.name).toBe('Typed just now');
		expect(db.isOpen()).toBe(false);
		newer.close();
	});
});

describe('updateMany', () => {
	it('writes each changed row once and keeps the list in stored order', async () => {
		const data = await fresh('Many');
		const session = open(data);
		const rows = ['A', 'B', 'C'].map((title) => session.add('touchpoints', { title }));
		await session.flush();
		session.updateMany('touchpoints', [
			{ id: rows[0]!.id, patch: { order: 2 } },
			{ id: rows[2]!.id, patch: { order: 0, phaseId: 'p2' } },
			{ id: 'gone', patch: { order: 9 } }
		]);
		expect(session.data.touchpoints.map((t) => t.title)).toEqual(['C', 'B', 'A']);
		await session.flush();
		const saved = (await reload(data.workshop.id)).touchpoints;
		expect(saved.map((t) => [t.title, t.order])).toEqual([
			['C', 0],
			['B', 1],
			['A', 2]
		]);
		expect(saved[0]!.phaseId).toBe('p2');
	});
});
