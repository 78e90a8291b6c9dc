// Workshop files out of this device: one workshop, or every workshop on it in one file (the
// backup a facilitator keeps before clearing a laptop, or hands to a colleague). The file is the
// same format and version backup.ts reads, so anything written here opens again with "Open a
// workshop file". Everything is read in one read transaction, so a file never mixes a workshop
// from before an edit in another tab with rows from after it.
import { journeyFileName } from '$lib/domain/file-names';
import { LIST_NAMES, type ListName, type WorkshopData } from '$lib/domain/types';
import { backupBlob } from './backup';
import type { JourneyDb } from './db';
import { loadWorkshop } from './workshops';

export interface WorkshopFile {
	blob: Blob;
	fileName: string;
	/** How many workshops the file holds. */
	count: number;
}

/** Every workshop on this device, the most recently edited first, each list in its order. */
export async function loadAllWorkshops(db: JourneyDb): Promise<WorkshopData[]> {
	return db.transaction('r', [db.workshops, ...LIST_NAMES.map((n) => db[n])], async () => {
		const records = await db.workshops.orderBy('updatedAt').reverse().toArray();
		const lists = await Promise.all(LIST_NAMES.map((name) => db.table(name).toArray()));
		const byWorkshop = new Map<string, WorkshopData>(
			records.map((workshop) => [
				workshop.id,
				{
					workshop,
					...Object.fromEntries(LIST_NAMES.map((name) => [name, []]))
				} as unknown as WorkshopData
			])
		);
		LIST_NAMES.forEach((name, i) => {
			for (const row of lists[i] as WorkshopData[ListName]) {
				// A row whose workshop is gone belongs in no file.
				(byWorkshop.get(row.workshopId)?.[name] as { order: number }[] | undefined)?.push(row);
			}
		});
		const all = [...byWorkshop.values()];
		for (const data of all) {
			for (const name of LIST_NAMES) (data[name] as { order: number }[]).sort(byOrder);
		}
		return all;
	});
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** The day as yyyy-mm-dd on this device's clock: the date the user sees on the file. */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One workshop's file, named after its journey and today; undefined when it is not here. */
export async function workshopFile(
	db: JourneyDb,
	id: string,
	now = new Date()
): Promise<WorkshopFile | undefined> {
	const data = await loadWorkshop(db, id);
	if (!data) return undefined;
	return {
		blob: backupBlob([data]),
		fileName: journeyFileName(data.workshop.journey.name, localDay(now), '-backup', 'json'),
		count: 1
	};
}

/** Every workshop in one file, `journey-workshops-<date>.json`; undefined when there are none. */
export async function allWorkshopsFile(
	db: JourneyDb,
	now = new Date()
): Promise<WorkshopFile | undefined> {
	const all = await loadAllWorkshops(db);
	if (all.length === 0) return undefined;
	return {
		blob: backupBlob(all),
		fileName: `journey-workshops-${localDay(now)}.json`,
		count: all.length
	};
}
