// The step timer as an XState actor: idle, running or paused, counting the time spent on the
// current step against its timebox. Time is read from `now` (Date.now in the app, a simulated
// clock in tests) rather than counted in ticks, so a throttled background tab or a sleeping
// laptop never makes it drift; the ticks only wake the screen up.
import { assign, setup } from 'xstate';

export const TICK_MS = 250;

export interface TimerContext {
	durationMs: number;
	/** Time banked before the current run. */
	bankedMs: number;
	/** When the current run started, or null when not running. */
	startedAt: number | null;
	/** The last moment the timer looked at the clock. */
	at: number;
	now: () => number;
}

export type TimerEvent =
	| { type: 'timer.start' }
	| { type: 'timer.pause' }
	| { type: 'timer.toggle' }
	| { type: 'timer.reset' }
	/** A new timebox for the running step (the agenda was re-balanced or edited). */
	| { type: 'timer.set'; durationMs: number }
	/** Another step: its timebox and the time it has already had. Running stays running. */
	| { type: 'timer.load'; durationMs: number; elapsedMs: number };

export interface TimerInput {
	durationMs: number;
	elapsedMs?: number;
	now?: () => number;
}

/** Time spent on the step so far, as of the last look at the clock. */
export function elapsedOf(context: TimerContext): number {
	return context.bankedMs + (context.startedAt === null ? 0 : context.at - context.startedAt);
}

export const timerMachine = setup({
	types: {
		context: {} as TimerContext,
		events: {} as TimerEvent,
		input: {} as TimerInput
	},
	actions: {
		begin: assign(({ context }) => {
			const now = context.now();
			return { startedAt: now, at: now };
		}),
		look: assign(({ context }) => ({ at: context.now() })),
		bank: assign(({ context }) => {
			const at = context.now();
			return { bankedMs: elapsedOf({ ...context, at }), startedAt: null, at };
		}),
		clear: assign({ bankedMs: 0, startedAt: null }),
		setDuration: assign(({ event }) =>
			event.type === 'timer.set' ? { durationMs: Math.max(0, event.durationMs) } : {}
		),
		load: assign(({ context, event }) => {
			if (event.type !== 'timer.load') return {};
			const at = context.now();
			return {
				durationMs: Math.max(0, event.durationMs),
				bankedMs: Math.max(0, event.elapsedMs),
				startedAt: context.startedAt === null ? null : at,
				at
			};
		})
	}
}).createMachine({
	id: 'timer',
	context: ({ input }) => {
		const now = input.now ?? Date.now;
		return {
			durationMs: Math.max(0, input.durationMs),
			bankedMs: Math.max(0, input.elapsedMs ?? 0),
			startedAt: null,
			at: now(),
			now
		};
	},
	initial: 'idle',
	on: {
		'timer.set': { actions: 'setDuration' },
		'timer.load': { actions: 'load' }
	},
	states: {
		idle: {
			on: {
				'timer.start': { target: 'running', actions: 'begin' },
				'timer.toggle': { target: 'running', actions: 'begin' },
				'timer.reset': { actions: 'clear' }
			}
		},
		running: {
			after: { [TICK_MS]: { target: 'running', reenter: true, actions: 'look' } },
			on: {
				'timer.pause': { target: 'paused', actions: 'bank' },
				'timer.toggle': { target: 'paused', actions: 'bank' },
				'timer.reset': { target: 'idle', actions: 'clear' }
			}
		},
		paused: {
			on: {
				'timer.start': { target: 'running', actions: 'begin' },
				'timer.toggle': { target: 'running', actions: 'begin' },
				'timer.reset': { target: 'idle', actions: 'clear' }
			}
		}
	}
});
