// One workshop as it is stored, followed across tabs: the open session merges what another tab
// or window wrote (session/workshop-sync). Apart from workshops.ts, which the start page loads
// to write: this needs Dexie's liveQuery, and the start page must not load Dexie to read.
import { liveQuery } from 'dexie';
import type { WorkshopData } from '$lib/domain/types';
import type { JourneyDb } from './db';
import { loadWorkshop } from './workshops';

/**
 * Calls `next` with the stored workshop now and after every write to it, from any tab. `stamp`
 * is read as each read starts and handed on with what it read: a read that began before this
 * tab's own write was stored may still hold the older copy (the next read, after the write,
 * has it), and the caller can tell.
 */
export function watchWorkshop<S>(
	db: JourneyDb,
	id: string,
	next: (stored: WorkshopData | undefined, stamp: S) => void,
	stamp: () => S
): () => void {
	const live = liveQuery(() => {
		const at = stamp();
		return loadWorkshop(db, id).then((stored) => ({ stored, at }));
	}).subscribe({ next: ({ stored, at }) => next(stored, at) });
	return () => live.unsubscribe();
}
