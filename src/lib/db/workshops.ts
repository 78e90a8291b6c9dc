// Repository for whole workshops: list, create, load, rename, delete. Every multi-table change
// runs in one transaction, so a workshop is never half created or half deleted.
import {
	LIST_NAMES,
	type ListName,
	type WorkshopData,
	type WorkshopRecord
} from '$lib/domain/types';
import type { JourneyDb } from './db';

export interface WorkshopSummary {
	id: string;
	name: string;
	updatedAt: string;
	locale: WorkshopRecord['locale'];
}

export async function listWorkshops(db: JourneyDb): Promise<WorkshopSummary[]> {
	return toSummaries(await db.workshops.toArray());
}

/** The start page's line for each workshop, the one changed last first. */
export function toSummaries(records: WorkshopRecord[]): WorkshopSummary[] {
	return records
		.map((w) => ({ id: w.id, name: w.journey.name, updatedAt: w.updatedAt, locale: w.locale }))
		.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Stores a whole workshop (a new one, or the example) in one go. */
export async function saveWorkshop(db: JourneyDb, data: WorkshopData): Promise<void> {
	await db.transaction('rw', [db.workshops, ...LIST_NAMES.map((n) => db[n])], async () => {
		await db.workshops.put(data.workshop);
		for (const name of LIST_NAMES) await db.table(name).bulkPut(data[name]);
	});
}

export async function loadWorkshop(db: JourneyDb, id: string): Promise<WorkshopData | undefined> {
	return db.transaction('r', [db.workshops, ...LIST_NAMES.map((n) => db[n])], async () => {
		const workshop = await db.workshops.get(id);
		if (!workshop) return undefined;
		const lists = await Promise.all(LIST_NAMES.map((n) => loadList(db, n, id)));
		return {
			workshop,
			...Object.fromEntries(LIST_NAMES.map((n, i) => [n, lists[i]]))
		} as WorkshopData;
	});
}

function loadList<K extends ListName>(db: JourneyDb, name: K, workshopId: string) {
	return db[name]
		.where('[workshopId+order]')
		.between([workshopId, -Infinity], [workshopId, Infinity])
		.toArray();
}

export async function renameWorkshop(db: JourneyDb, id: string, name: string): Promise<void> {
	await db.workshops
		.where('id')
		.equals(id)
		.modify((w) => {
			w.journey.name = name;
			w.updatedAt = new Date().toISOString();
		});
}

export async function deleteWorkshop(db: JourneyDb, id: string): Promise<void> {
	await db.transaction('rw', [db.workshops, ...LIST_NAMES.map((n) => db[n])], async () => {
		for (const name of LIST_NAMES) await db[name].where('workshopId').equals(id).delete();
		await db.workshops.delete(id);
	});
}

export async function deleteRow(db: JourneyDb, name: ListName, id: string) {
	await db[name].delete(id);
}
