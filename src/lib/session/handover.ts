// A workshop file coming in on the start page: checked before anything is written (db/backup.ts),
// then written in one go (db/import.ts). The checks, the import and Dexie load when a file is
// chosen, not with the start page.
import type { FileError, Problem } from '$lib/db/backup';
import type { ImportError, ImportItem, ImportResult } from '$lib/db/import';
import { openDatabase, type OpenDatabase } from '$lib/db/open';
import type { WorkshopSummary } from '$lib/db/workshops';
import type { WorkshopData } from '$lib/domain/types';

export type { FileError, ImportError, ImportItem, Problem, WorkshopSummary };

/** A file read: its workshops and those of them already on this device, or why not. */
export type FileRead =
	| { ok: true; workshops: WorkshopData[]; here: WorkshopSummary[] }
	| { ok: false; error: FileError; detail?: string; problem?: Problem };

export class Handover {
	constructor(private database: OpenDatabase = openDatabase) {}

	#load() {
		return Promise.all([import('$lib/db/backup'), import('$lib/db/import'), this.database()]);
	}

	async read(file: File): Promise<FileRead> {
		const [{ MAX_FILE_BYTES, parseWorkshopFile }, { workshopsOnDevice }, db] = await this.#load();
		const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
		const parsed = parseWorkshopFile(text, file.size);
		if (!parsed.ok) return parsed;
		const here = await workshopsOnDevice(
			db,
			parsed.workshops.map((w) => w.workshop.id)
		);
		return { ...parsed, here };
	}

	async write(items: ImportItem[]): Promise<ImportResult> {
		const [, { importWorkshops }, db] = await this.#load();
		return importWorkshops(db, items);
	}
}
