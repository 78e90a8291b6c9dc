// Autosave: what is typed is written within DELAY_MS, one pending write per key (a record or a
// row), flushed at once when the page is hidden or closed. The status tells the UI whether
// everything is on disk; a failed write is kept and retried, never dropped. With `together`,
// each batch of writes runs as one unit (one database transaction): all of it lands, or none
// of it and all of it is tried again — a full disk never leaves a half-saved workshop.
export type SaveStatus = 'saved' | 'saving' | 'error';

export const DELAY_MS = 250;
export const RETRY_MS = 3000;

/** What a write may hand back: run once its unit is on disk (the caller's copy of what is stored
 *  moves on only then, so a failed unit is tried again from the same starting point). */
export type Committed = () => void;
/** `leaving`: the page is being hidden or closed; a write must place its requests at once. */
export type Write = (leaving: boolean) => Promise<void | Committed>;
/** Runs a batch of writes as one unit; rejects when any of them (or the unit) failed.
 *  `leaving`: the page is being hidden or closed, so the unit must be on its way at once. */
export type Together = (writes: () => Promise<void>, leaving: boolean) => Promise<void>;

export class Autosave {
	#pending = new Map<string, Write>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running: Promise<void> = Promise.resolve();
	#failed = false;

	constructor(
		private onStatus: (s: SaveStatus) => void = () => {},
		private delay = DELAY_MS,
		private together?: Together
	) {}

	/** Queues a write; a later write for the same key replaces an earlier one not yet done. */
	schedule(key: string, write: Write) {
		this.#pending.set(key, write);
		this.onStatus('saving');
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.delay);
	}

	get pending(): number {
		return this.#pending.size;
	}

	/**
	 * Writes everything pending now; resolves when it is on disk (or has failed). Normally after
	 * any write still under way; when the page is `leaving`, at once — its requests must be
	 * placed before the page is gone, and the database keeps them in order after the earlier ones.
	 */
	flush(leaving = false): Promise<void> {
		clearTimeout(this.#timer);
		if (leaving) {
			const now = this.#drain(true);
			this.#running = Promise.all([this.#running, now]).then(() => {});
		} else this.#running = this.#running.then(() => this.#drain());
		return this.#running;
	}

	async #drain(leaving = false) {
		const batch = [...this.#pending];
		this.#pending.clear();
		if (batch.length === 0) {
			if (!this.#failed) this.onStatus('saved');
			return;
		}
		const results = this.together
			? await this.#runTogether(batch, leaving)
			: await Promise.allSettled(batch.map(([, write]) => write(leaving)));
		results.forEach((r, i) => {
			// Keep a failed write unless a newer one for the same key has been queued meanwhile.
			const [key, write] = batch[i]!;
			if (r.status === 'rejected' && !this.#pending.has(key)) this.#pending.set(key, write);
			if (r.status === 'fulfilled') r.value?.();
		});
		this.#failed = results.some((r) => r.status === 'rejected');
		if (this.#failed) {
			this.onStatus('error');
			// Try again by itself: a lost connection or a full disk may be over in a moment.
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.flush(), RETRY_MS);
		} else if (this.#pending.size === 0) this.onStatus('saved');
	}

	async #runTogether(
		batch: [string, Write][],
		leaving: boolean
	): Promise<PromiseSettledResult<void | Committed>[]> {
		try {
			let done: (void | Committed)[] = [];
			await this.together!(async () => {
				done = await Promise.all(batch.map(([, write]) => write(leaving)));
			}, leaving);
			return done.map((value) => ({ status: 'fulfilled', value }));
		} catch (reason) {
			return batch.map(() => ({ status: 'rejected', reason }));
		}
	}

	/** Flush when the tab is hidden or the page goes away, so a reload or close loses nothing. */
	attach(target: Window & typeof globalThis): () => void {
		const flushNow = () => void this.flush(true);
		const onVisibility = () => {
			if (target.document.visibilityState === 'hidden') flushNow();
		};
		target.document.addEventListener('visibilitychange', onVisibility);
		target.addEventListener('pagehide', flushNow);
		return () => {
			target.document.removeEventListener('visibilitychange', onVisibility);
			target.removeEventListener('pagehide', flushNow);
		};
	}
}
