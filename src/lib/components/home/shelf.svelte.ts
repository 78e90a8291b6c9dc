// The start page's list of workshops. It is read without Dexie (db/shelf.ts), on arrival and
// again after every write from any tab, so a workshop made, renamed, imported or deleted
// elsewhere shows without a reload. Dexie loads for it only when there is no database yet (a
// first visit, which also stores the example) or an older one to upgrade.
import type { OpenDatabase } from '$lib/db/open';
import { peekWorkshops, watchWorkshops } from '$lib/db/shelf';
import { listWorkshops, saveWorkshop, type WorkshopSummary } from '$lib/db/workshops';
import type { WorkshopData } from '$lib/domain/types';

/** Set once the example has been stored: a list emptied on purpose stays empty. */
const SEEDED = 'journey-workshop.seeded';

export class WorkshopShelf {
	/** `undefined` until the first read. */
	list: WorkshopSummary[] | undefined = $state.raw();
	/** The browser would not open the database (storage turned off, a private window). */
	failed = $state(false);
	readonly #database: OpenDatabase;
	readonly #example: () => Promise<WorkshopData>;
	#reading = false;
	#again = false;
	#live = false;

	constructor(database: OpenDatabase, example: () => Promise<WorkshopData>) {
		this.#database = database;
		this.#example = example;
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
		const db = await this.#database();
		const list = await listWorkshops(db);
		if (seeded || list.length > 0) return list;
		localStorage.setItem(SEEDED, '1');
		await saveWorkshop(db, await this.#example());
		return listWorkshops(db);
	}
}
