import { openDb, type JourneyDb } from '$lib/db/db';
import {
	deleteRow,
	deleteWorkshop,
	listWorkshops,
	loadWorkshop,
	renameWorkshop,
	saveWorkshop
} from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { emptyWorkshopData, newRow, newWorkshopRecord } from '$lib/domain/factories';
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';

let db: JourneyDb;
let n = 0;

beforeEach(() => {
	db = openDb(`workshops-test-${Date.now()}-${n++}`);
});

afterEach(async () => {
	db.close();
	await db.delete();
});

function blank(name = '', now = new Date()): WorkshopData {
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After'], now));
	data.workshop.journey.name = name;
	return data;
}

/** The list in shuffled insertion order, so loading has to sort by `order`. */
function shuffled<T>(rows: T[]): T[] {
	return rows.length < 2 ? rows : [...rows.slice(1), rows[0]!].reverse();
}

describe('workshops repository', () => {
	it('saveWorkshop + loadWorkshop of the example returns every list in order and equal data', async () => {
		const data = exampleWorkshop('en');
		for (const name of LIST_NAMES) expect(data[name].length).toBeGreaterThan(0);
		await saveWorkshop(db, data);
		const loaded = await loadWorkshop(db, data.workshop.id);
		expect(loaded).toEqual(data);
		for (const name of LIST_NAMES) {
			expect(loaded![name].map((r) => r.order)).toEqual(data[name].map((_, i) => i));
			expect(loaded![name].map((r) => r.id)).toEqual(data[name].map((r) => r.id));
		}
	});

	it('loadWorkshop sorts rows by order whatever order they were written in', async () => {
		const data = exampleWorkshop('en');
		const mixed = { ...data } as WorkshopData;
		for (const name of LIST_NAMES)
			(mixed as Record<string, unknown>)[name] = shuffled<unknown>(data[name]);
		await saveWorkshop(db, mixed);
		const loaded = await loadWorkshop(db, data.workshop.id);
		for (const name of LIST_NAMES)
			expect(loaded![name].map((r) => r.id)).toEqual(data[name].map((r) => r.id));
	});

	it('loadWorkshop returns only the rows of that workshop', async () => {
		const a = exampleWorkshop('en');
		const b = exampleWorkshop('da');
		await saveWorkshop(db, a);
		await saveWorkshop(db, b);
		const loaded = await loadWorkshop(db, a.workshop.id);
		for (const name of LIST_NAMES) {
			expect(loaded![name]).toHaveLength(a[name].length);
			expect(loaded![name].every((r) => r.workshopId === a.workshop.id)).toBe(true);
		}
	});

	it('loadWorkshop of an unknown id is undefined', async () => {
		expect(await loadWorkshop(db, 'no-such-id')).toBeUndefined();
	});

	it('listWorkshops orders by updatedAt, newest first', async () => {
		const old = blank('Old', new Date('2024-01-01T00:00:00Z'));
		const newest = blank('Newest', new Date('2026-06-01T00:00:00Z'));
		const middle = blank('Middle', new Date('2025-03-01T00:00:00Z'));
		for (const d of [old, newest, middle]) await saveWorkshop(db, d);
		const list = await listWorkshops(db);
		expect(list.map((w) => w.name)).toEqual(['Newest', 'Middle', 'Old']);
		expect(list[0]).toEqual({
			id: newest.workshop.id,
			name: 'Newest',
			updatedAt: newest.workshop.updatedAt,
			locale: 'en'
		});
	});

	it('listWorkshops is empty for a new database', async () => {
		expect(await listWorkshops(db)).toEqual([]);
	});

	it('renameWorkshop changes the journey name and stamps updatedAt', async () => {
		const d = blank('Before', new Date('2020-01-01T00:00:00Z'));
		const other = blank('Other', new Date('2021-01-01T00:00:00Z'));
		await saveWorkshop(db, d);
		await saveWorkshop(db, other);
		await renameWorkshop(db, d.workshop.id, 'After');
		const loaded = await loadWorkshop(db, d.workshop.id);
		expect(loaded!.workshop.journey.name).toBe('After');
		expect(loaded!.workshop.updatedAt > d.workshop.updatedAt).toBe(true);
		expect((await loadWorkshop(db, other.workshop.id))!.workshop.journey.name).toBe('Other');
		expect((await listWorkshops(db))[0]!.name).toBe('After');
	});

	it('deleteWorkshop removes the record and every row of every list, but not another workshop', async () => {
		const a = exampleWorkshop('en');
		const b = exampleWorkshop('sv');
		await saveWorkshop(db, a);
		await saveWorkshop(db, b);
		await deleteWorkshop(db, a.workshop.id);
		expect(await db.workshops.get(a.workshop.id)).toBeUndefined();
		expect(await loadWorkshop(db, a.workshop.id)).toBeUndefined();
		for (const name of LIST_NAMES) {
			expect(await db[name].where('workshopId').equals(a.workshop.id).count()).toBe(0);
			expect(await db[name].count()).toBe(b[name].length);
		}
		expect(await loadWorkshop(db, b.workshop.id)).toEqual(b);
		expect((await listWorkshops(db)).map((w) => w.id)).toEqual([b.workshop.id]);
	});

	it('deleteRow removes only that row', async () => {
		const d = blank('Rows');
		const base = { workshopId: d.workshop.id };
		const first = newRow.touchpoints({ ...base, order: 0 });
		const second = newRow.touchpoints({ ...base, order: 1 });
		d.touchpoints.push(first, second);
		await saveWorkshop(db, d);
		await deleteRow(db, 'touchpoints', first.id);
		const loaded = await loadWorkshop(db, d.workshop.id);
		expect(loaded!.touchpoints.map((t) => t.id)).toEqual([second.id]);
	});
});
