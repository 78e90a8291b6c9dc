// Revisits in the database and in the workshop file: made in one go, the chain read back oldest
// first, the link kept by the file (and still valid without it), and an import that copies the
// earlier workshop points the revisit at the copy.
import { backupBlob, parseWorkshopFile } from '$lib/db/backup';
import { openDb, type JourneyDb } from '$lib/db/db';
import { importWorkshops } from '$lib/db/import';
import { createRevisit, loadChain } from '$lib/db/revisit';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { compareVisits, makeRevisit } from '$lib/domain/revisit';
import type { WorkshopData } from '$lib/domain/types';

let db: JourneyDb;
let n = 0;
beforeEach(() => {
	db = openDb(`revisit-test-${Date.now()}-${n++}`);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

async function viaFile(...workshops: WorkshopData[]): Promise<WorkshopData[]> {
	const blob = backupBlob(workshops);
	const result = parseWorkshopFile(await blob.text(), blob.size);
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result.workshops;
}

describe('revisits in the database', () => {
	it('stores the revisit whole and reads the chain back oldest first', async () => {
		const one = exampleWorkshop('en');
		await saveWorkshop(db, one);
		const two = (await createRevisit(db, one.workshop.id, true))!;
		const three = (await createRevisit(db, two.workshop.id, false))!;
		expect(await loadWorkshop(db, three.workshop.id)).toEqual(three);
		const chain = await loadChain(db, three);
		expect(chain.map((w) => w.workshop.id)).toEqual([one, two, three].map((w) => w.workshop.id));
		expect(compareVisits(chain).visits).toHaveLength(2);
		expect(await createRevisit(db, 'nowhere', true)).toBeUndefined();
	});

	it('stops the chain at a missing workshop, at the cap, and at a loop', async () => {
		const one = exampleWorkshop('en');
		const two = makeRevisit(one, { keepScores: true });
		await saveWorkshop(db, two);
		expect(await loadChain(db, two)).toEqual([two]);
		await saveWorkshop(db, one);
		expect(await loadChain(db, two, 0)).toEqual([two]);
		one.workshop.revisit = { of: two.workshop.id, ofDate: '', ofName: '' };
		await saveWorkshop(db, one);
		expect((await loadChain(db, two)).map((w) => w.workshop.id)).toEqual([
			one.workshop.id,
			two.workshop.id
		]);
	});
});

describe('revisits in the workshop file', () => {
	it('opens a file without the new fields, and keeps them through a round trip', async () => {
		const old = exampleWorkshop('en');
		const [read] = await viaFile(old);
		expect(read!.workshop.revisit).toBeUndefined();
		expect(read!.touchpoints.every((tp) => tp.carriedFrom === undefined)).toBe(true);
		const next = makeRevisit(old, { keepScores: true });
		const [back] = await viaFile(next);
		expect(back!.workshop.revisit).toEqual(next.workshop.revisit);
		expect(back!.touchpoints.map((tp) => tp.carriedFrom)).toEqual(
			next.touchpoints.map((tp) => tp.carriedFrom)
		);
		expect(back!.workshop.improve.measures.map((m) => m.carriedFrom)).toEqual(
			next.workshop.improve.measures.map((m) => m.carriedFrom)
		);
	});

	it('links a revisit to the copy when its earlier workshop is copied in the same import', async () => {
		const one = exampleWorkshop('en');
		one.touchpoints[1]!.emotion = -2;
		const two = makeRevisit(one, { keepScores: true });
		two.touchpoints[1]!.emotion = 1;
		await saveWorkshop(db, one);
		const file = await viaFile(one, two);
		const result = await importWorkshops(db, [
			{ data: file[0]!, mode: 'copy', copyName: 'Laptop (copy)' },
			{ data: file[1]!, mode: 'new' }
		]);
		if (!result.ok) throw new Error(result.error);
		const [copyId, twoId] = result.imported.map((w) => w.id);
		const stored = (await loadWorkshop(db, twoId!))!;
		expect(stored.workshop.revisit!.of).toBe(copyId);
		const chain = await loadChain(db, stored);
		expect(chain[0]!.workshop.id).toBe(copyId);
		const c = compareVisits(chain);
		// The touchpoints still line up with the copy's: nothing lost, nothing new.
		expect(c.added).toEqual([]);
		expect(c.removed).toEqual([]);
		expect(c.moved.map((m) => [m.before, m.now])).toEqual([[-2, 1]]);
		expect(
			c.measures.every(
				(m) => m.earlier === one.workshop.improve.measures.find((x) => x.name === m.name)!.current
			)
		).toBe(true);
	});
});
