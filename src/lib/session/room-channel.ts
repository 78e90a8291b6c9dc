// The line between the projector window and the presenter window on the facilitator's laptop.
// Both are tabs of the same browser, so a BroadcastChannel named after the workshop joins them:
// the projector window owns the workshop session and says where the room is (step, timer,
// projector mode) whenever that changes; the presenter window sends commands (next step, start
// the timer, projector mode) and the facilitator's private notes. Either window can close and
// open again: on opening, the presenter says hello and the projector answers with its state.
import type { StepId, Place } from '$lib/domain/types';
import type { Person } from './presence.svelte';

export type RoomCommand =
	| { type: 'nav.next' }
	| { type: 'nav.back' }
	| { type: 'nav.goto'; step: Place }
	| { type: 'timer.toggle' }
	| { type: 'timer.reset' }
	| { type: 'projector.toggle' }
	| { type: 'theme.toggle' }
	| { type: 'prompts.toggle' }
	| { type: 'page.next' }
	| { type: 'page.back' }
	| { type: 'history.undo' }
	| { type: 'history.redo' };

/** Where the room is, as the projector window sees it. */
export interface RoomState {
	place: Place;
	canBack: boolean;
	projector: boolean;
	theme: 'dark' | 'light';
	promptsOpen: boolean;
	/** The projector's page of a step that fills more than one screen, or null on one page. */
	page?: { n: number; count: number; label: string } | null;
	timer: {
		step: StepId;
		running: boolean;
		elapsedMs: number;
		durationMs: number;
		/** When `elapsedMs` was read (ms since the epoch): the presenter counts on from there. */
		at: number;
	};
	/** Each step's timebox after re-balancing, and how far the day is behind (+) or ahead (−). */
	minutes: Record<StepId, number>;
	behindMinutes: number;
	/** The facilitator's notes as the projector window holds them: a presenter window opened
	 *  again a moment after closing may read the database before the last note is on disk. */
	notes: Partial<Record<StepId, string>>;
	/** Who else is in the workshop (a co-facilitator's laptop), for the facilitator's eyes. */
	people?: Person[];
	/** What Undo and Redo in the projector window would do, in words (null: nothing). */
	history?: { undo: string | null; redo: string | null };
}

export type RoomMessage =
	| { kind: 'hello' }
	| { kind: 'state'; state: RoomState }
	| { kind: 'command'; command: RoomCommand }
	| { kind: 'note'; step: StepId; text: string }
	| { kind: 'bye'; from: 'projector' | 'presenter' };

const KINDS = new Set(['hello', 'state', 'command', 'note', 'bye']);

export function isRoomMessage(data: unknown): data is RoomMessage {
	return (
		typeof data === 'object' &&
		data !== null &&
		KINDS.has((data as { kind?: unknown }).kind as never)
	);
}

export interface RoomChannel {
	post(message: RoomMessage): void;
	close(): void;
}

/** Joins the room of workshop `id`; `onmessage` hears the other window, never this one. */
export function openRoomChannel(id: string, onmessage: (m: RoomMessage) => void): RoomChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(`journey-workshop.room.${id}`);
	channel.onmessage = (event: MessageEvent) => {
		if (isRoomMessage(event.data)) onmessage(event.data);
	};
	return {
		post: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
