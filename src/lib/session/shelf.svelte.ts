// The start page's workshops: the list, and the writes made from it (a new workshop, the
// example, a rename, a delete). The list is read without Dexie (db/shelf.ts), on arrival and
// again after every write from any tab, so a workshop made, renamed, imported or deleted
// elsewhere shows without a reload. A first visit makes the database and stores the example
// without Dexie too (db/fresh.ts); Dexie loads when the page writes, or when an older database
// must be upgraded first.
import { createWithWorkshop } from '$lib/db/fresh';
import { openDatabase, type OpenDatabase } from '$lib/db/open';
import { peekWorkshops, watchWorkshops } from '$lib/db/shelf';
import type { WorkshopSummary } from '$lib/db/workshops';
import type { WorkshopData } from '$lib/domain/types';

export type { WorkshopSummary };

/** Set once the example has been stored: a list emptied on purpose stays empty. */
const SEEDED = 'journey-workshop.seeded';

/** The writes load with Dexie, when the page first writes. */
const writes = () => import('$lib/db/workshops');

export class WorkshopShelf {
	/** `undefined` until the first read. */
	list: WorkshopSummary[] | undefined = $state.raw();
	/** The browser would not open the database (storage turned off, a private window). */
	failed = $state(false);
	readonly #example: () => Promise<WorkshopData>;
	readonly #database: OpenDatabase;
	#reading = false;
	#again = false;
	#live = false;

	/** `database` is Dexie's connection, loaded on first use (a test counts the loads). */
	constructor(example: () => Promise<WorkshopData>, database: OpenDatabase = openDatabase) {
		this.#example = example;
		this.#database = database;
	}

	/** Reads the list and follows every change to it until the returned stop is called. */
	follow(): () => void {
		this.#live = true;
		const stop = watchWorkshops(() => void this.#refresh());
		void this.#refresh();
		return () => {
			this.#live = false;
			stop();
		};
	}

	/** Stores a whole workshop (a new one, the example). */
	async add(data: WorkshopData): Promise<void> {
		const [{ saveWorkshop }, db] = await Promise.all([writes(), this.#database()]);
		await saveWorkshop(db, data);
	}

	/** Makes and stores the next visit of workshop `id` (revisit.ts); undefined when it is gone. */
	async revisit(id: string, keepScores: boolean): Promise<WorkshopData | undefined> {
		const [{ createRevisit }, db] = await Promise.all([
			import('$lib/db/revisit'),
			this.#database()
		]);
		return createRevisit(db, id, keepScores);
	}

	async rename(id: string, name: string): Promise<void> {
		const [{ renameWorkshop }, db] = await Promise.all([writes(), this.#database()]);
		await renameWorkshop(db, id, name);
	}

	async remove(id: string): Promise<void> {
		const [{ deleteWorkshop }, db] = await Promise.all([writes(), this.#database()]);
		await deleteWorkshop(db, id);
	}

	/** One read at a time; changes that arrive meanwhile make one more read after it. */
	async #refresh(): Promise<void> {
		if (this.#reading) {
			this.#again = true;
			return;
		}
		this.#reading = true;
		try {
			do {
				this.#again = false;
				const list = await this.#read();
				if (this.#live) this.list = list;
			} while (this.#again && this.#live);
			this.failed = false;
		} catch {
			this.failed = true;
		} finally {
			this.#reading = false;
		}
	}

	async #read(): Promise<WorkshopSummary[]> {
		const seeded = localStorage.getItem(SEEDED) !== null;
		const peeked = await peekWorkshops();
		if (peeked && (seeded || peeked.length > 0)) return peeked;
		if (!peeked && !seeded && (await createWithWorkshop(await this.#example()))) {
			localStorage.setItem(SEEDED, '1');
			return (await peekWorkshops()) ?? [];
		}
		// An older database to upgrade, or one made empty: Dexie's work.
		const [{ listWorkshops, saveWorkshop }, db] = await Promise.all([writes(), this.#database()]);
		const list = await listWorkshops(db);
		if (seeded || list.length > 0) return list;
		localStorage.setItem(SEEDED, '1');
		await saveWorkshop(db, await this.#example());
		return listWorkshops(db);
	}
}
