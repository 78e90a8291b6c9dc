// A first visit makes the database and stores the example without Dexie. Dexie is a third of the
// start page's script, and a facilitator opening the app for the first time (perhaps on the
// venue's Wi-Fi) should not wait for it: so the tables are made here, from the same table list
// Dexie declares (schema.ts), at the version number Dexie would give them, and Dexie opens the
// result later as its own. Anything other than "no database yet" is left to Dexie, which knows
// how to upgrade.
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';
import { DB_NAME, NATIVE_VERSION, STORES } from './schema';

/** Dexie's index syntax: `id` is the key, `[a+b]` a compound index, the rest plain indexes. */
function createStores(db: IDBDatabase) {
	for (const [name, spec] of Object.entries(STORES)) {
		const [key, ...indexes] = spec.split(',').map((part) => part.trim());
		const store = db.createObjectStore(name, { keyPath: key });
		for (const index of indexes) {
			const compound = /^\[(.+)\]$/.exec(index);
			store.createIndex(index, compound ? compound[1]!.split('+') : index);
		}
	}
}

/**
 * Makes the database with `data` in it, in one transaction. Resolves false, having changed
 * nothing, when a database is already there (Dexie takes it from here).
 */
export function createWithWorkshop(data: WorkshopData, name = DB_NAME): Promise<boolean> {
	return new Promise((done, fail) => {
		let made = false;
		const request = indexedDB.open(name, NATIVE_VERSION);
		request.onupgradeneeded = (event) => {
			if (event.oldVersion !== 0) return request.transaction?.abort();
			createStores(request.result);
			made = true;
		};
		request.onerror = (event) => {
			event.preventDefault();
			// An aborted upgrade: an older database, which is Dexie's to upgrade.
			if (request.error?.name === 'AbortError') done(false);
			else fail(request.error);
		};
		request.onsuccess = () => {
			const db = request.result;
			db.onversionchange = () => db.close();
			if (!made) {
				db.close();
				return done(false);
			}
			// As Dexie is told to (db.ts): a write is done only once it is on the disk.
			const tx = db.transaction(['workshops', ...LIST_NAMES], 'readwrite', {
				durability: 'strict'
			});
			tx.objectStore('workshops').put(data.workshop);
			for (const list of LIST_NAMES) for (const row of data[list]) tx.objectStore(list).put(row);
			tx.oncomplete = () => {
				db.close();
				done(true);
			};
			tx.onerror = tx.onabort = () => {
				db.close();
				fail(tx.error);
			};
		};
	});
}
