// One workshop as it is stored, followed across tabs: the open session merges what another tab
// or window wrote (session/workshop-sync). Apart from workshops.ts, which the start page loads
// to write: this needs Dexie's liveQuery, and the start page must not load Dexie to read.
import { liveQuery } from 'dexie';
import type { WorkshopData } from '$lib/domain/types';
import type { JourneyDb } from './db';
import { loadWorkshop } from './workshops';

/** Calls `next` with the stored workshop now and after every write to it, from any tab. */
export function watchWorkshop(
	db: JourneyDb,
	id: string,
	next: (stored: WorkshopData | undefined) => void
): () => void {
	const live = liveQuery(() => loadWorkshop(db, id)).subscribe({ next });
	return () => live.unsubscribe();
}
