// Files out of the start page: one workshop's file, or every workshop in one, each in the format
// "Open a workshop file" reads back field for field, named so a folder of them sorts by date.
import { parseWorkshopFile } from '$lib/db/backup';
import { openDb, type JourneyDb } from '$lib/db/db';
import { allWorkshopsFile, loadAllWorkshops, localDay, workshopFile } from '$lib/db/export';
import { importWorkshops } from '$lib/db/import';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { emptyWorkshopData, newRow, newWorkshopRecord } from '$lib/domain/factories';
import { LIST_NAMES } from '$lib/domain/types';

let db: JourneyDb;
let n = 0;

beforeEach(() => {
	db = openDb(`export-test-${Date.now()}-${n++}`);
});

afterEach(async () => {
	db.close();
	await db.delete();
});

const MAY_6 = new Date(2025, 4, 6, 23, 30);

async function read(file: { blob: Blob }) {
	const result = parseWorkshopFile(await file.blob.text(), file.blob.size);
	if (!result.ok) throw new Error(result.detail ?? result.error);
	return result.workshops;
}

describe('loadAllWorkshops', () => {
	it('gives every workshop whole, the most recently edited first, lists in their order', async () => {
		const older = exampleWorkshop('da', new Date(2025, 0, 1));
		const newer = exampleWorkshop('sv', new Date(2025, 2, 1));
		// Rows written out of order still come back in the list's order.
		newer.touchpoints.reverse();
		await saveWorkshop(db, older);
		await saveWorkshop(db, newer);
		newer.touchpoints.reverse();

		const all = await loadAllWorkshops(db);
		expect(all.map((w) => w.workshop.id)).toEqual([newer.workshop.id, older.workshop.id]);
		expect(all[0]).toEqual(await loadWorkshop(db, newer.workshop.id));
		expect(all[0]).toEqual(newer);
		expect(all[1]).toEqual(older);
	});

	it('leaves out rows whose workshop is gone', async () => {
		const data = exampleWorkshop('en');
		await saveWorkshop(db, data);
		await db.stakeholders.add({
			...newRow.stakeholders({ workshopId: 'gone', order: 0 }),
			name: 'X'
		});
		const [only] = await loadAllWorkshops(db);
		expect(only!.stakeholders).toEqual(data.stakeholders);
	});

	it('is empty on an empty device', async () => {
		expect(await loadAllWorkshops(db)).toEqual([]);
		expect(await allWorkshopsFile(db)).toBeUndefined();
	});
});

describe('workshopFile', () => {
	it('holds one workshop, read back field for field, named after the journey and today', async () => {
		const data = exampleWorkshop('da');
		data.workshop.journey.name = 'Ny bærbar: bestilling/levering';
		await saveWorkshop(db, data);
		await saveWorkshop(db, exampleWorkshop('en'));
		const file = (await workshopFile(db, data.workshop.id, MAY_6))!;
		expect(file.fileName).toBe('Ny-bærbar-bestilling-levering-2025-05-06-backup.json');
		expect(file.count).toBe(1);
		expect(await read(file)).toEqual([data]);
	});

	it('is undefined for a workshop that is not here', async () => {
		expect(await workshopFile(db, 'nope')).toBeUndefined();
	});
});

describe('allWorkshopsFile', () => {
	it('holds every workshop; opened on another device, it brings them all', async () => {
		const workshops = [exampleWorkshop('da'), exampleWorkshop('sv'), exampleWorkshop('en')];
		const blank = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
		for (const w of [...workshops, blank]) await saveWorkshop(db, w);

		const file = (await allWorkshopsFile(db, MAY_6))!;
		expect(file.fileName).toBe('journey-workshops-2025-05-06.json');
		expect(file.count).toBe(4);
		const fromFile = await read(file);
		expect(fromFile).toEqual(await loadAllWorkshops(db));

		const elsewhere = openDb(`export-elsewhere-${Date.now()}-${n++}`);
		try {
			const result = await importWorkshops(
				elsewhere,
				fromFile.map((data) => ({ data, mode: 'new' as const }))
			);
			expect(result.ok).toBe(true);
			for (const w of [...workshops, blank]) {
				expect(await loadWorkshop(elsewhere, w.workshop.id)).toEqual(w);
			}
			for (const name of LIST_NAMES) {
				expect(await elsewhere.table(name).count(), name).toBe(await db.table(name).count());
			}
		} finally {
			elsewhere.close();
			await elsewhere.delete();
		}
	});

	it('dates the file by the clock on this device, not in UTC', () => {
		expect(localDay(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
		expect(localDay(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
	});
});
