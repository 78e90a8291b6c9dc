import Dexie from 'dexie';
import { flushSync } from 'svelte';
import { WorkshopShelf } from '$lib/session/shelf.svelte';
import { openDb, type JourneyDb } from '$lib/db/db';
import { createWithWorkshop } from '$lib/db/fresh';
import { DB_NAME, DB_VERSION, STORES } from '$lib/db/schema';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';

let db: JourneyDb | undefined;
let stops: (() => void)[] = [];

afterEach(async () => {
	for (const stop of stops) stop();
	stops = [];
	db?.close();
	db = undefined;
	localStorage.clear();
	await Dexie.delete(DB_NAME);
});

/** The start page's shelf over the app's database, counting how often it needed Dexie. */
function shelf() {
	const calls = { database: 0 };
	const database = async () => {
		calls.database++;
		db ??= openDb();
		return db;
	};
	const s = new WorkshopShelf(async () => exampleWorkshop('en'), database);
	stops.push(s.follow());
	return { shelf: s, calls };
}

function blank(name: string) {
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	data.workshop.journey.name = name;
	return data;
}

const names = (s: WorkshopShelf) => s.list?.map((w) => w.name);

describe('the start page list (WorkshopShelf)', () => {
	it('a first visit makes the database and finds the example ready, once, without Dexie', async () => {
		const first = shelf();
		await vi.waitFor(() =>
			expect(names(first.shelf)).toEqual([exampleWorkshop('en').workshop.journey.name])
		);
		expect(first.calls.database).toBe(0);

		const again = shelf();
		await vi.waitFor(() => expect(again.shelf.list).toHaveLength(1));
		expect(again.calls.database).toBe(0);
	});

	it('Dexie opens the database a first visit made as its own: every row, and writes', async () => {
		const first = shelf();
		await vi.waitFor(() => expect(first.shelf.list).toHaveLength(1));
		const id = first.shelf.list![0]!.id;
		db = openDb();
		const stored = await loadWorkshop(db, id);
		const example = exampleWorkshop('en');
		expect(stored!.touchpoints.map((t) => t.title)).toEqual(
			example.touchpoints.map((t) => t.title)
		);
		expect(stored!.stakeholders).toHaveLength(example.stakeholders.length);
		expect(db.verno).toBe(DB_VERSION);
		await first.shelf.rename(id, 'Renamed by Dexie');
		await vi.waitFor(() => expect(names(first.shelf)).toEqual(['Renamed by Dexie']));
	});

	it('an older database is left to Dexie to upgrade, not made again', async () => {
		const old = new Dexie(DB_NAME);
		old.version(3).stores(STORES);
		await old.open();
		await old.table('workshops').put({ ...blank('From version 3').workshop });
		old.close();
		expect(await createWithWorkshop(exampleWorkshop('en'))).toBe(false);
		const { shelf: s, calls } = shelf();
		await vi.waitFor(() => expect(names(s)).toEqual(['From version 3']));
		expect(calls.database).toBeGreaterThan(0);
	});

	it('a returning visit lists the workshops without loading Dexie', async () => {
		const setup = openDb();
		await saveWorkshop(setup, blank('Laptop order'));
		setup.close();
		localStorage.setItem('journey-workshop.seeded', '1');

		const { shelf: s, calls } = shelf();
		await vi.waitFor(() => expect(names(s)).toEqual(['Laptop order']));
		expect(calls.database).toBe(0);
	});

	it('a list emptied on purpose stays empty: the example does not come back', async () => {
		const first = shelf();
		await vi.waitFor(() => expect(first.shelf.list).toHaveLength(1));
		await first.shelf.remove(first.shelf.list![0]!.id);
		await vi.waitFor(() => expect(first.shelf.list).toEqual([]));

		const later = shelf();
		await vi.waitFor(() => expect(later.shelf.list).toEqual([]));
	});

	it('follows writes made elsewhere (another tab), newest first', async () => {
		localStorage.setItem('journey-workshop.seeded', '1');
		const { shelf: s } = shelf();
		await vi.waitFor(() => expect(s.list).toEqual([]));
		const other = openDb();
		await saveWorkshop(other, blank('From the other tab'));
		await vi.waitFor(() => expect(names(s)).toEqual(['From the other tab']));
		other.close();
	});

	it('says so when the browser will not open the database', async () => {
		localStorage.setItem('journey-workshop.seeded', '1');
		const s = new WorkshopShelf(
			async () => exampleWorkshop('en'),
			() => Promise.reject(new Error('storage is off'))
		);
		stops.push(s.follow());
		await vi.waitFor(() => expect(s.failed).toBe(true));
		flushSync();
		expect(s.list).toBeUndefined();
	});
});
