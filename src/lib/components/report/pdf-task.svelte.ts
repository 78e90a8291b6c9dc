// One kind of PDF on the report screen: whether it is being made, the last file made and why the
// last try failed. The file is kept as the blob itself, so "download" saves exactly what the
// preview shows without drawing it twice. An object URL pins the whole PDF in memory, so each is
// revoked as soon as a newer file replaces it or the screen closes.
import type { Locale, WorkshopData } from '$lib/domain/types';
import { generatePdf, type PdfKind } from '$lib/report/client';

export interface MadeFile {
	blob: Blob;
	fileName: string;
	/** An object URL to show the file in the page, or '' when no preview was asked for. */
	url: string;
	/** What the file was made from (the workshop's last edit and the language), to tell when it is out of date. */
	stamp: string;
}

export class PdfTask {
	busy = $state(false);
	made: MadeFile | null = $state.raw(null);
	/** The reason the last try failed, as the code gave it; null after a success. */
	failure: string | null = $state(null);
	readonly #kind: PdfKind;
	readonly #preview: boolean;
	#closed = false;

	constructor(kind: PdfKind, { preview }: { preview: boolean }) {
		this.#kind = kind;
		this.#preview = preview;
	}

	/**
	 * Makes the file from what `data` gives (busy at once, so a second press never starts a second
	 * file); null when it failed (see `failure`), was already under way, or the screen closed.
	 */
	async make(
		data: () => Promise<WorkshopData>,
		locale: Locale,
		stamp: string,
		/** A revisit's earlier visits, oldest first, for the report's "Since <date>". */
		earlier: () => Promise<WorkshopData[]> = async () => []
	): Promise<MadeFile | null> {
		if (this.busy || this.#closed) return null;
		this.busy = true;
		this.failure = null;
		try {
			const [plain, before] = await Promise.all([data(), earlier().catch(() => [])]);
			const { blob, fileName } = await generatePdf(this.#kind, plain, locale, before);
			if (this.#closed) return null;
			this.#revoke();
			const url = this.#preview ? URL.createObjectURL(blob) : '';
			this.made = { blob, fileName, url, stamp };
			return this.made;
		} catch (error) {
			this.failure = (error instanceof Error ? error.message : String(error)) || '?';
			return null;
		} finally {
			this.busy = false;
		}
	}

	close() {
		this.#closed = true;
		this.#revoke();
	}

	#revoke() {
		if (this.made?.url) URL.revokeObjectURL(this.made.url);
	}
}
