import Dexie from 'dexie';
import { openDb, type JourneyDb } from '$lib/db/db';
import { peekWorkshops, watchWorkshops } from '$lib/db/shelf';
import { listWorkshops, renameWorkshop, saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';

let name: string;
let n = 0;
const opened: JourneyDb[] = [];

beforeEach(() => {
	name = `shelf-test-${Date.now()}-${n++}`;
});

afterEach(async () => {
	for (const db of opened.splice(0)) db.close();
	await Dexie.delete(name);
});

function open(): JourneyDb {
	const db = openDb(name);
	opened.push(db);
	return db;
}

function workshop(journeyName: string, updatedAt: string) {
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	data.workshop.journey.name = journeyName;
	data.workshop.updatedAt = updatedAt;
	return data;
}

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('peekWorkshops: the start page reads the list without Dexie', () => {
	it('finds no database on a first visit, and makes none', async () => {
		expect(await peekWorkshops(name)).toBeUndefined();
		expect(await databaseNames()).not.toContain(name);
		// Dexie then makes it as usual, with every table.
		const db = open();
		await db.open();
		expect(db.tables.map((t) => t.name)).toContain('touchpoints');
	});

	it('lists what Dexie stored, newest first, exactly as the repository does', async () => {
		const db = open();
		await saveWorkshop(db, workshop('Older', '2026-11-01T09:00:00.000Z'));
		await saveWorkshop(db, workshop('Newest', '2026-11-20T09:00:00.000Z'));
		await saveWorkshop(db, workshop('Middle', '2026-11-10T09:00:00.000Z'));
		const peeked = await peekWorkshops(name);
		expect(peeked?.map((w) => w.name)).toEqual(['Newest', 'Middle', 'Older']);
		expect(peeked).toEqual(await listWorkshops(db));
	});

	it('leaves an older database to Dexie, which upgrades it', async () => {
		const old = new Dexie(name);
		old.version(1).stores({ workshops: 'id, updatedAt' });
		await old.open();
		await old.table('workshops').put({ id: 'a', updatedAt: '', journey: { name: 'Old' } });
		old.close();
		expect(await peekWorkshops(name)).toBeUndefined();
	});

	it('does not hold the database open: another tab can upgrade right after', async () => {
		const db = open();
		await saveWorkshop(db, workshop('One', '2026-11-01T09:00:00.000Z'));
		db.close();
		await peekWorkshops(name);
		const newer = new Dexie(name);
		newer.version(99).stores({ workshops: 'id, updatedAt' });
		await expect(newer.open()).resolves.toBe(newer);
		newer.close();
	});
});

describe('watchWorkshops', () => {
	it('hears every write Dexie commits, from any connection', async () => {
		const db = open();
		await db.open();
		let heard = 0;
		const stop = watchWorkshops(() => heard++);
		const data = workshop('Watched', '2026-11-01T09:00:00.000Z');
		await saveWorkshop(db, data);
		await vi.waitFor(() => expect(heard).toBeGreaterThan(0));
		const before = heard;
		await renameWorkshop(db, data.workshop.id, 'Renamed');
		await vi.waitFor(() => expect(heard).toBeGreaterThan(before));
		expect((await peekWorkshops(name))?.[0]?.name).toBe('Renamed');

		stop();
		const after = heard;
		await renameWorkshop(db, data.workshop.id, 'Not heard');
		await new Promise((done) => setTimeout(done, 50));
		expect(heard).toBe(after);
	});
});
