// The facilitator's path through the ten steps and the report. The machine decides where the
// room is and which moves are allowed; the data lives in the database, and the machine only
// hears a summary of it (which steps are done) through `data.changed`.
import { assign, setup } from 'xstate';
import { type StepStatus } from '$lib/domain/steps';
import { PLACES, STEP_IDS, type Place, type StepId } from '$lib/domain/types';

export interface WorkshopFacts {
	statuses: Record<StepId, StepStatus>;
	hasJourneyName: boolean;
}

export interface WorkshopContext extends WorkshopFacts {
	/** A hard guard refused the last move: the screen says why. */
	blocked: boolean;
}

export type WorkshopEvent =
	| { type: 'nav.next' }
	| { type: 'nav.back' }
	| { type: 'nav.goto'; step: Place }
	| { type: 'data.changed'; facts: WorkshopFacts };

/** Bumped whenever the state layout changes, so an old snapshot is not restored blindly. */
export const MACHINE_VERSION = 1;

export function emptyFacts(): WorkshopFacts {
	return {
		statuses: Object.fromEntries(STEP_IDS.map((s) => [s, 'empty'])) as Record<StepId, StepStatus>,
		hasJourneyName: false
	};
}

const workshop = setup({
	types: {
		context: {} as WorkshopContext,
		events: {} as WorkshopEvent,
		input: {} as Partial<WorkshopFacts> | undefined
	},
	guards: {
		hasJourneyName: ({ context }) => context.hasJourneyName,
		/** Rooms jump around, but nowhere beyond step 1 until the journey has a name. */
		canGoto: ({ context, event }, params: { step: Place }) =>
			event.type === 'nav.goto' &&
			event.step === params.step &&
			(params.step === 'journey' || context.hasJourneyName),
		isGoto: ({ event }) => event.type === 'nav.goto' && PLACES.includes(event.step)
	},
	actions: {
		storeFacts: assign(({ event }) =>
			event.type === 'data.changed' ? { ...event.facts, blocked: false } : {}
		),
		markBlocked: assign({ blocked: true }),
		clearBlocked: assign({ blocked: false })
	}
});

function stepState(index: number) {
	const prev = PLACES[index - 1];
	const next = PLACES[index + 1];
	const forward = { target: next, actions: 'clearBlocked' as const };
	return {
		on: {
			...(next && {
				'nav.next':
					index === 0
						? [
								{ ...forward, guard: 'hasJourneyName' as const },
								{ actions: 'markBlocked' as const }
							]
						: forward
			}),
			...(prev && { 'nav.back': { target: prev, actions: 'clearBlocked' as const } })
		}
	};
}

export const workshopMachine = workshop.createMachine({
	id: 'workshop',
	initial: 'journey',
	context: ({ input }) => ({ ...emptyFacts(), ...input, blocked: false }),
	on: {
		'data.changed': { actions: 'storeFacts' },
		'nav.goto': [
			...PLACES.map((step) => ({
				target: `.${step}`,
				guard: { type: 'canGoto' as const, params: { step } },
				actions: 'clearBlocked' as const
			})),
			{ guard: 'isGoto' as const, actions: 'markBlocked' as const }
		]
	},
	states: Object.fromEntries(PLACES.map((p, i) => [p, stepState(i)]))
});

/** The place a snapshot is in: its state value is always one of PLACES. */
export function placeOf(value: unknown): Place {
	return typeof value === 'string' && (PLACES as readonly string[]).includes(value)
		? (value as Place)
		: 'journey';
}
