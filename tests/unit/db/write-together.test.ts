// Autosave's unit of work: every pending write in one transaction, with the connection opened
// again when the browser has closed it.
import { openDb, writeTogether } from '$lib/db/db';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';

it('reopens a closed connection and writes everything in one go', async () => {
	const db = openDb(`write-together-${Date.now()}`);
	await db.open();
	const { workshop } = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	db.close();
	expect(db.isOpen()).toBe(false);
	await writeTogether(db, async () => {
		await db.workshops.put(workshop);
	});
	expect(db.isOpen()).toBe(true);
	expect((await db.workshops.get(workshop.id))?.id).toBe(workshop.id);
	db.close();
	await db.delete();
});

it('writes nothing when one write of the batch is refused', async () => {
	const db = openDb(`write-together-fail-${Date.now()}`);
	const { workshop } = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	const { workshop: other } = emptyWorkshopData(
		newWorkshopRecord('en', ['Before', 'During', 'After'])
	);
	// The second `add` of the same key is refused by the database, as a full disk would be.
	await expect(
		writeTogether(db, async () => {
			await Promise.all([
				db.workshops.put(other),
				db.workshops.add(workshop),
				db.workshops.add(workshop)
			]);
		})
	).rejects.toThrow();
	expect(await db.workshops.count()).toBe(0);
	db.close();
	await db.delete();
});

it('leaving: the batch is committed at once, and lands', async () => {
	const db = openDb(`write-together-leaving-${Date.now()}`);
	const { workshop } = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	await writeTogether(db, async () => void (await db.workshops.put(workshop)), true);
	expect((await db.workshops.get(workshop.id))?.id).toBe(workshop.id);
	db.close();
	await db.delete();
});
