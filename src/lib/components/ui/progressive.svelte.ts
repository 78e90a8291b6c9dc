// A long list built in slices: the first rows (a screenful) render with their step, the rest
// after the browser has painted it, in the idle time between frames, until every row is in the
// page. A key press that opens a step with hundreds of touchpoints then paints at once, and
// neither the next frame nor a key pressed meanwhile waits for rows nobody can see yet. Slices
// are sized from how long the last one took, so a slow projector laptop builds fewer rows at a
// time than a fast one. A list that grows after it is complete (a row added) shows the new rows
// at once.
import { flushSync, untrack } from 'svelte';
import { afterPaint, whenIdle, type IdleTime } from '$lib/after-paint';

/** About this long per slice: rows are added while an idle moment has this much left. */
const SLICE_MS = 4;

/** How many rows about `rem` tall fill the window from top to bottom: a screenful, whatever
 *  the screen and the browser's zoom. */
export function screenful(rem: number): number {
	return Math.max(1, Math.ceil(window.innerHeight / (rem * 16)));
}

export class Progressive {
	#limit = $state(0);
	// Set by the constructor; `count` reads it lazily, after that.
	#length: () => number = () => 0;

	/**
	 * @param length How many rows the list has (read reactively).
	 * @param first How many to render at once: enough to fill the screen.
	 */
	constructor(length: () => number, first: number) {
		this.#length = length;
		this.#limit = first;
		let size = first;
		let cancel = () => {};
		const slice = (idle: IdleTime) => {
			// One slice at least, however short the moment: the list always moves on.
			do {
				const total = untrack(this.#length);
				if (this.#limit >= total) {
					this.#limit = Infinity;
					return;
				}
				const start = performance.now();
				this.#limit = Math.min(total, this.#limit + size);
				flushSync();
				const spent = Math.max(performance.now() - start, 0.25);
				size = Math.max(1, Math.round(size * Math.min(4, SLICE_MS / spent)));
			} while (idle.timeRemaining() > SLICE_MS);
			cancel = whenIdle(slice);
		};
		$effect(() => {
			cancel = afterPaint(() => (cancel = whenIdle(slice)));
			return () => cancel();
		});
	}

	/** How many of the rows to render now. */
	readonly count = $derived(Math.min(this.#limit, this.#length()));

	/** True once every row is rendered. */
	readonly complete = $derived(this.#limit >= this.#length());

	/** Renders every row now: the keyboard is about to move to one not built yet. */
	all() {
		this.#limit = Infinity;
	}
}
