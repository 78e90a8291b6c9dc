// The start page's list of workshops, read without Dexie. The start page is the first screen a
// facilitator sees, and Dexie was a third of its script: so the list is read straight from
// IndexedDB in one read-only transaction, and Dexie loads only when the page writes (a new
// workshop, a rename, a delete, a file) or when the database must first be made or upgraded.
import { DB_NAME, NATIVE_VERSION } from './schema';
import { toSummaries, type WorkshopSummary } from './workshops';

/**
 * Every workshop on this device, newest first; `undefined` when there is no database yet or
 * it has another version than this app's (Dexie must make or upgrade it first), or when the
 * browser refuses to read it.
 */
export function peekWorkshops(name = DB_NAME): Promise<WorkshopSummary[] | undefined> {
	return new Promise((done) => {
		let request: IDBOpenDBRequest;
		try {
			// No version: opens whatever is there, without ever starting an upgrade of our own.
			request = indexedDB.open(name);
		} catch {
			return done(undefined);
		}
		request.onupgradeneeded = () => {
			// There was no database. Abort, so none is made: Dexie makes it with its tables.
			request.transaction?.abort();
		};
		request.onerror = (event) => {
			event.preventDefault();
			done(undefined);
		};
		request.onsuccess = () => {
			const db = request.result;
			// Never stand in the way of another tab's upgrade.
			db.onversionchange = () => db.close();
			if (db.version !== NATIVE_VERSION || !db.objectStoreNames.contains('workshops')) {
				db.close();
				return done(undefined);
			}
			try {
				const all = db.transaction('workshops', 'readonly').objectStore('workshops').getAll();
				all.onsuccess = () => done(toSummaries(all.result));
				all.onerror = () => done(undefined);
			} catch {
				done(undefined);
			} finally {
				// Closes once the read is done; the result still arrives.
				db.close();
			}
		};
	});
}

/**
 * Dexie tells every tab of this origin, this one included, on this channel after each committed
 * write (it is Dexie's own name, checked by a test, so a Dexie that renames it fails there).
 */
export const DEXIE_CHANGES = 'x-storagemutated-1';

/** Calls `changed` after any write to the database, from this tab or another; returns a stop. */
export function watchWorkshops(changed: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(DEXIE_CHANGES);
	channel.onmessage = () => changed();
	return () => channel.close();
}
