// Writing workshops read from a file (backup.ts has checked them) into this device's database.
// Everything a file brings is written in one transaction over the workshop table and every list
// table: a file opens whole or not at all, and on any failure the database is as it was.
import { copyWorkshop } from '$lib/domain/copy-workshop';
import { keepKeys } from '$lib/domain/room-landing';
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';
import type { JourneyDb } from './db';
import type { WorkshopSummary } from './workshops';

/**
 * - `new`: the workshop is not on this device yet (if it is, nothing is written: `exists`);
 * - `replace`: the one on this device, and every row of it, gives way to the file's;
 * - `copy`: the file's workshop is stored beside the one here, under fresh ids and `copyName`.
 */
export type ImportMode = 'new' | 'replace' | 'copy';

export interface ImportItem {
	data: WorkshopData;
	mode: ImportMode;
	/** The copy's name, in the user's language ("Laptop journey (copy)"); only for `copy`. */
	copyName?: string;
}

/**
 * - `exists`: a workshop imported as new is on this device already (another tab was quicker);
 * - `clash`: a row of the file has the id of a row that belongs to another workshop here;
 * - `storage`: the browser would not write (storage full, database closed).
 */
export type ImportError = 'exists' | 'clash' | 'storage';

export type ImportResult =
	{ ok: true; imported: WorkshopSummary[] } | { ok: false; error: ImportError; detail?: string };

class Refused extends Error {
	constructor(
		readonly code: ImportError,
		readonly detail: string
	) {
		super(code);
	}
}

/** The workshops among `ids` that are already on this device. */
export async function workshopsOnDevice(db: JourneyDb, ids: string[]): Promise<WorkshopSummary[]> {
	const found = await db.workshops.bulkGet(ids);
	return found
		.filter((w) => w !== undefined)
		.map((w) => ({ id: w.id, name: w.journey.name, updatedAt: w.updatedAt, locale: w.locale }));
}

/** Writes every item, or none of them. */
export async function importWorkshops(db: JourneyDb, items: ImportItem[]): Promise<ImportResult> {
	const tables = [db.workshops, ...LIST_NAMES.map((n) => db[n])];
	try {
		const prepared = followCopies(items);
		const imported = await db.transaction('rw', tables, async () => {
			const done: WorkshopSummary[] = [];
			for (const item of prepared) done.push(await write(db, item));
			return done;
		});
		return { ok: true, imported };
	} catch (e) {
		if (e instanceof Refused) return { ok: false, error: e.code, detail: e.detail };
		return { ok: false, error: 'storage', detail: e instanceof Error ? e.message : String(e) };
	}
}

/**
 * The items as they will be written: copies made under fresh ids, and a revisit whose earlier
 * workshop is copied in the same file linked to that copy (its `revisit.of` and the `carriedFrom`
 * of its touchpoints and measures), not to the workshop of the same id already on this device.
 */
function followCopies(items: ImportItem[]): ImportItem[] {
	const renamed = new Map<string, Map<string, string>>();
	const made = items.map((item) => {
		if (item.mode !== 'copy') return item;
		const fresh = new Map<string, string>();
		const { data, copyName } = item;
		const copy = copyWorkshop(
			data,
			copyName ?? data.workshop.journey.name,
			undefined,
			undefined,
			fresh
		);
		renamed.set(data.workshop.id, fresh);
		return { ...item, data: copy };
	});
	return made.map((item) => {
		const link = item.data.workshop.revisit;
		const fresh = link && renamed.get(link.of);
		if (!link || !fresh) return item;
		const to = (id: string | undefined) => (id === undefined ? id : (fresh.get(id) ?? id));
		const w = item.data.workshop;
		const data: WorkshopData = {
			...item.data,
			workshop: {
				...w,
				revisit: { ...link, of: to(link.of)! },
				improve: {
					...w.improve,
					measures: w.improve.measures.map((m) => ({ ...m, carriedFrom: to(m.carriedFrom) }))
				}
			},
			touchpoints: item.data.touchpoints.map((tp) => ({ ...tp, carriedFrom: to(tp.carriedFrom) }))
		};
		return { ...item, data };
	});
}

async function write(db: JourneyDb, { data, mode }: ImportItem): Promise<WorkshopSummary> {
	// A copy is already made (followCopies): from here on it is a new workshop like any other.
	let w = data;
	const id = w.workshop.id;
	if (mode === 'replace') {
		// This laptop's own file back: the room it still runs stays reachable from here.
		const live = keepKeys(w.workshop.live, (await db.workshops.get(id))?.live);
		if (live !== w.workshop.live) w = { ...w, workshop: { ...w.workshop, live } };
		for (const name of LIST_NAMES) await db[name].where('workshopId').equals(id).delete();
		await db.workshops.delete(id);
	} else if (await db.workshops.get(id)) {
		throw new Refused('exists', id);
	}
	await db.workshops.add(w.workshop);
	for (const name of LIST_NAMES) {
		const rows = w[name];
		if (rows.length === 0) continue;
		const taken = (await db.table(name).bulkGet(rows.map((r) => r.id))).find(Boolean);
		if (taken) throw new Refused('clash', `${name} ${(taken as { id: string }).id}`);
		await db.table(name).bulkAdd(rows);
	}
	return {
		id,
		name: w.workshop.journey.name,
		updatedAt: w.workshop.updatedAt,
		locale: w.workshop.locale
	};
}
