// The presenter window's side of the room: it hears where the projector window is (step, timer,
// projector mode), sends it commands, and keeps the facilitator's private notes — written to the
// database itself (so a note survives even when the projector window is closed) and told to the
// projector window (so that window's next save of the workshop carries it too).
import { Autosave, type SaveStatus } from '$lib/db/autosave';
import type { JourneyDb } from '$lib/db/db';
import { saveStepNote } from '$lib/db/facilitation';
import { readTimer, type TimerReading } from '$lib/domain/timer';
import type { StepId, WorkshopRecord } from '$lib/domain/types';
import {
	openRoomChannel,
	type RoomChannel,
	type RoomCommand,
	type RoomMessage,
	type RoomState
} from '$lib/session/room-channel';
import type { TimerView } from '$lib/session/step-timer.svelte';

/** How often the presenter's clock moves while the projector's timer runs. */
const TICK_MS = 250;

export class PresenterLink {
	/** The projector window's last word, or undefined before it has answered. */
	state: RoomState | undefined = $state.raw();
	connected = $state(false);
	notes: Partial<Record<StepId, string>> = $state({});
	saveStatus: SaveStatus = $state('saved');
	/** The presenter's own clock, so the timer counts on between the projector's messages. */
	now = $state(Date.now());
	readonly timer: TimerView;
	readonly #autosave = new Autosave((s) => (this.saveStatus = s));
	#channel: RoomChannel | undefined;
	/** Steps whose note was typed here: this window's text wins over what it hears. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	readonly #typed = new Set<StepId>();

	constructor(
		private db: JourneyDb,
		readonly workshop: WorkshopRecord
	) {
		this.notes = { ...workshop.facilitation.notes };
		this.timer = new RemoteTimer(this);
	}

	connect(): () => void {
		this.#channel = openRoomChannel(this.workshop.id, (m) => this.#receive(m));
		this.#channel.post({ kind: 'hello' });
		const tick = setInterval(() => (this.now = Date.now()), TICK_MS);
		const detach = this.#autosave.attach(window);
		const goodbye = () => this.#channel?.post({ kind: 'bye', from: 'presenter' });
		window.addEventListener('pagehide', goodbye);
		return () => {
			goodbye();
			window.removeEventListener('pagehide', goodbye);
			clearInterval(tick);
			detach();
			void this.#autosave.flush();
			this.#channel?.close();
		};
	}

	send(command: RoomCommand) {
		this.#channel?.post({ kind: 'command', command });
	}

	setNote(step: StepId, text: string) {
		this.#typed.add(step);
		this.notes[step] = text;
		this.#channel?.post({ kind: 'note', step, text });
		this.#autosave.schedule(`note:${step}`, () =>
			saveStepNote(this.db, this.workshop.id, step, text)
		);
	}

	#receive(message: RoomMessage) {
		if (message.kind === 'state') {
			this.state = message.state;
			for (const [step, text] of Object.entries(message.state.notes) as [StepId, string][])
				if (!this.#typed.has(step) && this.notes[step] !== text) this.notes[step] = text;
			this.connected = true;
			this.now = Date.now();
		} else if (message.kind === 'bye' && message.from === 'projector') this.connected = false;
	}
}

/** The projector window's timer as the presenter sees it: it counts on from the last message,
 *  and its buttons are commands to the projector window. */
class RemoteTimer implements TimerView {
	constructor(private link: PresenterLink) {}

	get durationMs(): number {
		return this.link.state?.timer.durationMs ?? 0;
	}

	get running(): boolean {
		return !!this.link.connected && !!this.link.state?.timer.running;
	}

	get elapsedMs(): number {
		const timer = this.link.state?.timer;
		if (!timer) return 0;
		return timer.elapsedMs + (this.running ? Math.max(0, this.link.now - timer.at) : 0);
	}

	get reading(): TimerReading {
		return readTimer(this.durationMs, this.elapsedMs);
	}

	get plan() {
		return { behindMinutes: this.link.state?.behindMinutes ?? 0 };
	}

	toggle() {
		this.link.send({ type: 'timer.toggle' });
	}

	reset() {
		this.link.send({ type: 'timer.reset' });
	}
}
