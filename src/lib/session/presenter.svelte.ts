// The presenter window's side of the room: it hears where the projector window is (step, timer,
// projector mode), sends it commands, and keeps the facilitator's private notes. The notes are
// saved through the presenter's own session, as any edit is (so a note survives even when the
// projector window is closed, and merges with the projector window's saves field by field), and
// told to the projector window at once, so the screen in the room never lags behind.
import { readTimer, type TimerReading } from '$lib/domain/timer';
import type { StepId, WorkshopRecord } from '$lib/domain/types';
import {
	openRoomChannel,
	type RoomChannel,
	type RoomCommand,
	type RoomMessage,
	type RoomState
} from './room-channel';
import type { TimerView } from './step-timer.svelte';
import type { WorkshopSession } from './workshop-session.svelte';

/** How often the presenter's clock moves while the projector's timer runs. */
const TICK_MS = 250;

export class PresenterLink {
	/** The projector window's last word, or undefined before it has answered. */
	state: RoomState | undefined = $state.raw();
	connected = $state(false);
	/** The presenter's own clock, so the timer counts on between the projector's messages. */
	now = $state(Date.now());
	readonly timer: TimerView;
	#channel: RoomChannel | undefined;
	/** Steps whose note was typed here: this window's text wins over what it hears. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	readonly #typed = new Set<StepId>();

	constructor(readonly session: WorkshopSession) {
		this.timer = new RemoteTimer(this);
	}

	get workshop(): WorkshopRecord {
		return this.session.workshop;
	}

	get notes(): Partial<Record<StepId, string>> {
		return this.session.workshop.facilitation.notes;
	}

	connect(): () => void {
		this.#channel = openRoomChannel(this.workshop.id, (m) => this.#receive(m));
		this.#channel.post({ kind: 'hello' });
		const tick = setInterval(() => (this.now = Date.now()), TICK_MS);
		const goodbye = () => this.#channel?.post({ kind: 'bye', from: 'presenter' });
		window.addEventListener('pagehide', goodbye);
		return () => {
			goodbye();
			window.removeEventListener('pagehide', goodbye);
			clearInterval(tick);
			this.#channel?.close();
		};
	}

	send(command: RoomCommand) {
		this.#channel?.post({ kind: 'command', command });
	}

	setNote(step: StepId, text: string) {
		this.#typed.add(step);
		this.session.edit((w) => (w.facilitation.notes[step] = text));
		this.#channel?.post({ kind: 'note', step, text });
	}

	#receive(message: RoomMessage) {
		if (message.kind === 'state') {
			this.state = message.state;
			// The projector window's words for the steps not typed here: that window saves them.
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
