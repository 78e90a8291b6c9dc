// The last thing deleted, for a few seconds: the room says "no, put it back" more often than it
// thinks. Deleting shows "Deleted — Undo"; Undo puts the item back where it was. A new deletion
// replaces the offer (only the latest can be undone), and the offer fades on its own.
export const UNDO_MS = 8000;

export interface UndoOffer {
	/** What was deleted, as the toast says it. */
	message: string;
	restore: () => void;
}

export class UndoState {
	current: UndoOffer | null = $state(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	offer(message: string, restore: () => void) {
		this.dismiss();
		this.current = { message, restore };
		this.#timer = setTimeout(() => this.dismiss(), UNDO_MS);
	}

	undo() {
		const offer = this.current;
		this.dismiss();
		offer?.restore();
	}

	dismiss() {
		clearTimeout(this.#timer);
		this.current = null;
	}
}
