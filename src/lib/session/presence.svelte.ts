// Who is in the workshop besides this window: each facilitator's window says its person's name,
// a colour, the step it is on and the field being typed in, through the awareness of the shared
// workshop's document (Yjs presence; the server relays it between facilitators only, phones
// never get it). Shown in the wizard, never on the projector.
import { untrack } from 'svelte';
import type { Awareness } from 'y-protocols/awareness';
import { initials } from '$lib/domain/persona';
import { PLACES, type Place } from '$lib/domain/types';
import type { WorkshopSession } from './workshop-session.svelte';

export interface Person {
	clientId: number;
	name: string;
	initials: string;
	colour: string;
	place: Place;
	/** The label of the field being typed in, or null. */
	field: string | null;
	/** Their step's timer as last heard, and when (this window's clock). */
	timer: (TimerState & { heardAt: number }) | null;
}

/** A window's step timer, as it says it: said when it starts, stops, changes step or length. */
export interface TimerState {
	running: boolean;
	elapsedMs: number;
	durationMs: number;
}

interface State {
	name: string;
	colour: string;
	place: Place;
	field: string | null;
	timer?: TimerState | null;
}

/** Dark enough for white initials on them (contrast ≥ 4.5 : 1). */
const COLOURS = ['#1f6f8b', '#8a3b12', '#5b3f8c', '#2f6b2f', '#9b2242', '#6b5a00'];
const NAME_KEY = 'journey-workshop.my-name';

/** The name this laptop's person gave (asked when joining as co-facilitator), or ''. */
export function myName(): string {
	try {
		return localStorage.getItem(NAME_KEY) ?? '';
	} catch {
		return '';
	}
}

export function setMyName(name: string) {
	try {
		localStorage.setItem(NAME_KEY, name.trim().slice(0, 60));
	} catch {
		// Not kept: the name is asked again next time.
	}
}

function isState(value: unknown): value is State {
	const s = value as Partial<State> | null;
	return typeof s?.name === 'string' && PLACES.includes(s.place as Place);
}

export class Presence {
	others: Person[] = $state.raw([]);
	/** The person this window follows from step to step ("Follow"), or null. */
	following: number | null = $state(null);
	/** What each other window's timer last said, to tell a repeat from news. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	#heard = new Map<number, string>();
	#stop: () => void;

	constructor(
		private awareness: Awareness,
		private session: WorkshopSession
	) {
		const name = myName() || session.workshop.facilitator.trim();
		awareness.setLocalState({
			name,
			colour: COLOURS[awareness.clientID % COLOURS.length]!,
			place: session.place,
			field: null
		} satisfies State);
		const read = () => this.#read();
		awareness.on('change', read);
		const stopPlace = $effect.root(() => {
			$effect(() => awareness.setLocalStateField('place', this.session.place));
			// Said when the timer starts, stops or gets another length, not every second: the
			// others count down from when they heard it.
			$effect(() => {
				const { timer } = this.session;
				void this.session.place;
				awareness.setLocalStateField('timer', {
					running: timer.running,
					elapsedMs: Math.round(untrack(() => timer.elapsedMs)),
					durationMs: timer.durationMs
				} satisfies TimerState);
			});
			// Following someone: this window goes where they go (as long as they are here), and its
			// timer runs with theirs (it never stores that time: their window does).
			$effect(() => {
				const them = this.others.find((p) => p.clientId === this.following);
				if (!them) return;
				if (them.place !== untrack(() => this.session.place))
					this.session.send({ type: 'nav.goto', step: them.place });
				if (them.timer && them.place !== 'report')
					untrack(() => this.session.timer.follow(them.timer!.running, elapsedNow(them.timer!)));
			});
		});
		this.#stop = () => {
			awareness.off('change', read);
			stopPlace();
		};
	}

	/** This window's person is typing in the field labelled `label` (null: in none). */
	typing(label: string | null) {
		if (this.awareness.getLocalState()?.field !== label)
			this.awareness.setLocalStateField('field', label);
	}

	destroy() {
		this.#stop();
		this.awareness.setLocalState(null);
	}

	#read() {
		const people: Person[] = [];
		const now = Date.now();
		for (const [clientId, state] of this.awareness.getStates()) {
			if (clientId === this.awareness.clientID || !isState(state)) continue;
			const name = state.name.trim();
			people.push({
				clientId,
				name,
				initials: initials(name),
				colour: COLOURS.includes(state.colour) ? state.colour : COLOURS[0]!,
				place: state.place,
				field: typeof state.field === 'string' ? state.field.slice(0, 80) : null,
				timer: this.#timerOf(clientId, state, now)
			});
		}
		this.others = people.sort((a, b) => a.clientId - b.clientId);
		if (this.following !== null && !people.some((p) => p.clientId === this.following))
			this.following = null;
	}

	/** Follows `clientId` from step to step, or stops (null). */
	follow(clientId: number | null) {
		this.following = clientId;
	}

	/** A timer as heard: kept from before while what it says has not changed (awareness repeats
	 *  every state every few seconds, and a repeat is not news). */
	#timerOf(clientId: number, state: State, now: number): Person['timer'] {
		const timer = state.timer;
		const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
		if (!timer || typeof timer.running !== 'boolean') return null;
		if (!ok(timer.elapsedMs) || !ok(timer.durationMs)) return null;
		const said = `${timer.running}:${timer.elapsedMs}:${timer.durationMs}`;
		const before = this.others.find((p) => p.clientId === clientId)?.timer;
		const same = before && this.#heard.get(clientId) === said;
		this.#heard.set(clientId, said);
		return same
			? before
			: {
					running: timer.running,
					elapsedMs: timer.elapsedMs,
					durationMs: timer.durationMs,
					heardAt: now
				};
	}
}

/** A heard timer's time now: what it said, and for a running one the time since. */
export function elapsedNow(timer: NonNullable<Person['timer']>, now = Date.now()): number {
	return timer.elapsedMs + (timer.running ? now - timer.heardAt : 0);
}
