// Writes that merge instead of replacing. The same workshop may be open in two tabs, or in a
// tab and its presenter window: before a record or a row is written, what is stored now is read
// in the same transaction and merged with this tab's copy, field by field, against the copy this
// tab last saw. So an edit made elsewhere a moment ago is kept, not written over.
import { merge3, RECORD_RULES, type Merged } from '$lib/domain/merge';
import type { ListName, ListTables, WorkshopRecord } from '$lib/domain/types';
import type { JourneyDb } from './db';

export interface RowWritten<T> extends Merged<T> {
	/** The row had been deleted elsewhere; this tab's edited copy brought it back. */
	revived: boolean;
}

/**
 * When the page is `leaving`, requests must be placed at once (see writeTogether), so there is no
 * time to read first: this tab's copy is written as it is. It already holds every change the
 * other tab made up to a moment ago, which reached it through the live query.
 *
 * Resolves to null when the workshop is no longer stored (deleted in another tab): nothing is
 * written, so a deleted workshop is never brought back half.
 */
export async function putRecordMerged(
	db: JourneyDb,
	base: WorkshopRecord,
	mine: WorkshopRecord,
	leaving = false
): Promise<Merged<WorkshopRecord> | null> {
	if (leaving) {
		await db.workshops.put(mine);
		return { value: mine, conflicts: [] };
	}
	const theirs = await db.workshops.get(mine.id);
	if (!theirs) return null;
	const merged = merge3(base, mine, theirs, RECORD_RULES);
	await db.workshops.put(merged.value);
	return merged;
}

/** `base` is undefined for a row this tab has just made. */
export async function putRowMerged<K extends ListName>(
	db: JourneyDb,
	name: K,
	base: ListTables[K] | undefined,
	mine: ListTables[K],
	leaving = false
): Promise<RowWritten<ListTables[K]>> {
	const table = db.table<ListTables[K], string>(name);
	const theirs = leaving || !base ? undefined : await table.get(mine.id);
	const merged = base && theirs ? merge3(base, mine, theirs) : { value: mine, conflicts: [] };
	await table.put(merged.value);
	return { ...merged, revived: !!base && !leaving && !theirs };
}
