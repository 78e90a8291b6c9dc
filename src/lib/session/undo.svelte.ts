// The last thing deleted, for a few seconds: the room says "no, put it back" more often than it
// thinks. Deleting shows "Deleted — Undo"; Undo puts the item back where it was. A new deletion
// replaces the offer (only the latest can be undone), and the offer fades on its own.
//
// While the deletion is still the newest step of the history, the toast's Undo is the history's
// undo (so Redo brings the deletion back, as after Ctrl+Z); after other edits it puts the item
// back as a new edit of its own.
import type { History } from './history.svelte';

export const UNDO_MS = 8000;

export interface UndoOffer {
	/** What was deleted, as the toast says it. */
	message: string;
	restore: () => void;
	/** Puts the keyboard back on the item, however it came back. */
	focus?: () => void;
	/** The history's newest step when the offer was made: the deletion. */
	step: unknown;
}

export class UndoState {
	current: UndoOffer | null = $state(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(private history: History) {}

	offer(message: string, restore: () => void, focus?: () => void) {
		this.dismiss();
		this.history.flush();
		this.current = { message, restore, focus, step: this.history.top };
		this.#timer = setTimeout(() => this.dismiss(), UNDO_MS);
	}

	undo() {
		const offer = this.current;
		this.dismiss();
		if (!offer) return;
		this.history.flush();
		if (offer.step !== null && offer.step === this.history.top) this.history.undo();
		else offer.restore();
		offer.focus?.();
	}

	dismiss() {
		clearTimeout(this.#timer);
		this.current = null;
	}
}
