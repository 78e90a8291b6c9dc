// Workshop files downloaded from the start page: one workshop (a row's button) or every workshop
// on this device in one file. Both say in one status line what is downloading, since the
// browser's own download bar is easy to miss and a screen reader does not announce it. Reading
// goes through the repository (db/export.ts); nothing here touches the database itself.
import type { WorkshopFile } from '$lib/db/export';
import { openDatabase, type OpenDatabase } from '$lib/db/open';
import { t } from '$lib/i18n/locale.svelte';
import { downloadBlob } from './download';

/** Making a file (and Dexie) loads when a download is asked for, not with the start page. */
const exporting = () => import('$lib/db/export');

export interface DownloadStatus {
	failed: boolean;
	message: string;
}

export class Downloads {
	status: DownloadStatus | null = $state.raw(null);
	busy = $state(false);
	readonly #database: OpenDatabase;

	constructor(database: OpenDatabase = openDatabase) {
		this.#database = database;
	}

	/** One workshop's file. */
	one(id: string): Promise<void> {
		return this.#run(async () => (await exporting()).workshopFile(await this.#database(), id));
	}

	/** Every workshop on this device, in one file. */
	all(): Promise<void> {
		return this.#run(async () => (await exporting()).allWorkshopsFile(await this.#database()));
	}

	async #run(make: () => Promise<WorkshopFile | undefined>): Promise<void> {
		this.busy = true;
		this.status = null;
		try {
			const file = await make();
			if (!file) throw new Error('nothing to download');
			downloadBlob(file.blob, file.fileName);
			const message =
				file.count === 1
					? t('handover.downloading', { file: file.fileName })
					: t('handover.downloadingAll', { file: file.fileName, count: file.count });
			this.status = { failed: false, message };
		} catch {
			this.status = { failed: true, message: t('handover.downloadFailed') };
		} finally {
			this.busy = false;
		}
	}
}
