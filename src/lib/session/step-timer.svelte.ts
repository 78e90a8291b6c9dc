// The timer of the step the room is on, as Svelte state: it runs the timer actor, follows the
// facilitator from step to step (each step keeps the time it has had), stores the time spent in
// the workshop record so a reload or the presenter window sees the same, and re-plans the rest
// of the day from it.
import { createActor } from 'xstate';
import { replan, type DayPlan } from '$lib/domain/agenda';
import { readTimer, type TimerReading } from '$lib/domain/timer';
import type { Agenda, StepId } from '$lib/domain/types';
import { ActorState } from '$lib/machine/actor-state.svelte';
import { elapsedOf, timerMachine } from '$lib/machine/timer.machine';

const MINUTE = 60_000;
/** While running, the time spent is written down this often (and at every pause and step change). */
export const SAVE_EVERY_MS = 10_000;

/** What the timer needs of the open workshop. */
export interface TimerHost {
	readonly workshop: {
		agenda: Agenda;
		facilitation: { spentMs: Partial<Record<StepId, number>> };
	};
	/** Writes the time spent on `step` into the record (and saves it). */
	recordSpent(step: StepId, ms: number): void;
}

/** What a timer display needs: this window's timer, or the presenter window's view of it. */
export interface TimerView {
	readonly reading: TimerReading;
	readonly durationMs: number;
	readonly elapsedMs: number;
	readonly running: boolean;
	readonly plan: { behindMinutes: number };
	toggle(): void;
	reset(): void;
}

export class StepTimer implements TimerView {
	readonly state: ActorState<ReturnType<typeof createActor<typeof timerMachine>>>;
	#step: StepId;
	#savedAt = 0;
	/** Started, paused or reset in this window since the step was loaded. A window that only
	 *  shows a step (a second tab, the presenter window) never writes its time: it would put back
	 *  the time it read on opening over the time the running window has since stored. */
	#used = false;

	constructor(
		private host: TimerHost,
		step: StepId,
		now: () => number = Date.now
	) {
		this.#step = step;
		const actor = createActor(timerMachine, {
			input: { durationMs: 0, elapsedMs: this.#spent(step), now }
		});
		this.state = new ActorState(actor.start());
		this.state.send({ type: 'timer.set', durationMs: this.#boxMs(step) });
		actor.subscribe(() => this.#autosave());
	}

	get step(): StepId {
		return this.#step;
	}

	get running(): boolean {
		return this.state.snapshot.value === 'running';
	}

	get elapsedMs(): number {
		return elapsedOf(this.state.snapshot.context);
	}

	get durationMs(): number {
		return this.state.snapshot.context.durationMs;
	}

	get reading(): TimerReading {
		return readTimer(this.durationMs, this.elapsedMs);
	}

	/** The rest of the day as it stands now, the running step's time included. */
	get plan(): DayPlan {
		const spent = { ...this.#spentMinutes(), [this.#step]: this.elapsedMs / MINUTE };
		return replan(this.host.workshop.agenda, this.#step, spent);
	}

	toggle() {
		this.#used = true;
		this.state.send({ type: 'timer.toggle' });
		this.#save();
	}

	reset() {
		this.#used = true;
		this.state.send({ type: 'timer.reset' });
		this.#save();
	}

	/** Runs with another window's timer on this step (a co-facilitator following the
	 *  facilitator): its state and time, never written here — that window banks the time. */
	follow(running: boolean, elapsedMs: number) {
		if (running !== this.running)
			this.state.send({ type: running ? 'timer.start' : 'timer.pause' });
		this.state.send({ type: 'timer.load', durationMs: this.durationMs, elapsedMs });
	}

	/** The room moved on: bank this step's time and pick up the next step's. */
	switchTo(step: StepId) {
		if (step === this.#step) return;
		this.#save();
		this.#used = false;
		this.#step = step;
		this.state.send({
			type: 'timer.load',
			durationMs: this.#boxMs(step),
			elapsedMs: this.#spent(step)
		});
	}

	/** The agenda changed: the current step's timebox follows. */
	refresh() {
		this.state.send({ type: 'timer.set', durationMs: this.#boxMs(this.#step) });
	}

	stop() {
		this.#save();
		this.state.stop();
	}

	#spent(step: StepId): number {
		return this.host.workshop.facilitation.spentMs[step] ?? 0;
	}

	/** The step's timebox after re-balancing for the time the earlier steps took. */
	#boxMs(step: StepId): number {
		return replan(this.host.workshop.agenda, step, this.#spentMinutes()).minutes[step] * MINUTE;
	}

	#spentMinutes(): Partial<Record<StepId, number>> {
		const spent = this.host.workshop.facilitation.spentMs;
		return Object.fromEntries(Object.entries(spent).map(([s, ms]) => [s, ms / MINUTE]));
	}

	#autosave() {
		const context = this.state.snapshot.context;
		if (this.running && context.at - this.#savedAt >= SAVE_EVERY_MS) this.#save();
	}

	#save() {
		if (!this.#used) return;
		const ms = Math.round(this.elapsedMs);
		this.#savedAt = this.state.snapshot.context.at;
		if (ms !== this.#spent(this.#step)) this.host.recordSpent(this.#step, ms);
	}
}
