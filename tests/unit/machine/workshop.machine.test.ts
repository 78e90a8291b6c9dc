import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { PLACES, type Place } from '$lib/domain/types';
import {
	emptyFacts,
	placeOf,
	workshopMachine,
	type WorkshopEvent,
	type WorkshopFacts
} from '$lib/machine/workshop.machine';

function facts(hasJourneyName: boolean): WorkshopFacts {
	return { ...emptyFacts(), hasJourneyName };
}

function start(input?: Partial<WorkshopFacts>) {
	const actor = createActor(workshopMachine, { input });
	actor.start();
	return actor;
}

function named() {
	const actor = start();
	actor.send({ type: 'data.changed', facts: facts(true) });
	return actor;
}

describe('workshop machine', () => {
	it('has the ten steps and the report as its places, in order', () => {
		expect(PLACES).toEqual([
			'journey',
			'stakeholders',
			'experience',
			'persona',
			'interviews',
			'plan',
			'touchpoints',
			'emotions',
			'opportunities',
			'improve',
			'report'
		]);
	});

	it('starts at journey, not blocked, with empty facts', () => {
		const s = start().getSnapshot();
		expect(s.value).toBe('journey');
		expect(s.context.blocked).toBe(false);
		expect(s.context.hasJourneyName).toBe(false);
	});

	it('blocks nav.next from journey without a journey name and stays', () => {
		const actor = start();
		expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(true);
		actor.send({ type: 'nav.next' });
		expect(actor.getSnapshot().value).toBe('journey');
		expect(actor.getSnapshot().context.blocked).toBe(true);
	});

	it('allows nav.next from journey after data.changed reports a journey name', () => {
		const actor = start();
		actor.send({ type: 'nav.next' });
		actor.send({ type: 'data.changed', facts: facts(true) });
		expect(actor.getSnapshot().context.hasJourneyName).toBe(true);
		actor.send({ type: 'nav.next' });
		expect(actor.getSnapshot().value).toBe('stakeholders');
		expect(actor.getSnapshot().context.blocked).toBe(false);
	});

	it('takes the input facts as its starting context', () => {
		const actor = start(facts(true));
		actor.send({ type: 'nav.next' });
		expect(actor.getSnapshot().value).toBe('stakeholders');
	});

	it('data.changed clears blocked and stores the facts', () => {
		const actor = start();
		actor.send({ type: 'nav.goto', step: 'plan' });
		expect(actor.getSnapshot().context.blocked).toBe(true);
		const f = facts(false);
		f.statuses.journey = 'started';
		actor.send({ type: 'data.changed', facts: f });
		const s = actor.getSnapshot();
		expect(s.context.blocked).toBe(false);
		expect(s.context.statuses.journey).toBe('started');
		expect(s.value).toBe('journey');
	});

	it('walks nav.next through all 11 places in order and nav.back all the way back', () => {
		const actor = named();
		const forward: Place[] = [placeOf(actor.getSnapshot().value)];
		for (let i = 1; i < PLACES.length; i++) {
			actor.send({ type: 'nav.next' });
			forward.push(placeOf(actor.getSnapshot().value));
		}
		expect(forward).toEqual(PLACES);
		const back: Place[] = [placeOf(actor.getSnapshot().value)];
		for (let i = 1; i < PLACES.length; i++) {
			actor.send({ type: 'nav.back' });
			back.push(placeOf(actor.getSnapshot().value));
		}
		expect(back).toEqual([...PLACES].reverse());
	});

	it('nav.back is not possible at journey and nav.next is not possible at report', () => {
		const actor = named();
		expect(actor.getSnapshot().can({ type: 'nav.back' })).toBe(false);
		actor.send({ type: 'nav.back' });
		expect(actor.getSnapshot().value).toBe('journey');
		actor.send({ type: 'nav.goto', step: 'report' });
		expect(actor.getSnapshot().value).toBe('report');
		expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(false);
		expect(actor.getSnapshot().can({ type: 'nav.back' })).toBe(true);
		actor.send({ type: 'nav.next' });
		expect(actor.getSnapshot().value).toBe('report');
	});

	it('after a block, naming the journey lets nav.next and nav.back move unblocked', () => {
		const actor = start();
		actor.send({ type: 'nav.next' });
		expect(actor.getSnapshot().context.blocked).toBe(true);
		actor.send({ type: 'data.changed', facts: facts(true) });
		actor.send({ type: 'nav.next' });
		actor.send({ type: 'nav.back' });
		expect(actor.getSnapshot().value).toBe('journey');
		expect(actor.getSnapshot().context.blocked).toBe(false);
	});

	describe.each(PLACES.map((p) => [p]))('nav.goto %s', (step) => {
		it('is allowed with a journey name', () => {
			const actor = named();
			if (step === 'journey') actor.send({ type: 'nav.goto', step: 'improve' });
			actor.send({ type: 'nav.goto', step });
			expect(actor.getSnapshot().value).toBe(step);
			expect(actor.getSnapshot().context.blocked).toBe(false);
		});

		it(step === 'journey' ? 'is allowed without a name' : 'is refused without a name', () => {
			const actor = start();
			actor.send({ type: 'nav.goto', step });
			expect(actor.getSnapshot().value).toBe('journey');
			expect(actor.getSnapshot().context.blocked).toBe(step !== 'journey');
		});
	});

	it('nav.goto back to journey from a later step without a name still works', () => {
		const actor = named();
		actor.send({ type: 'nav.goto', step: 'emotions' });
		actor.send({ type: 'data.changed', facts: facts(false) });
		actor.send({ type: 'nav.goto', step: 'opportunities' });
		expect(actor.getSnapshot().value).toBe('emotions');
		expect(actor.getSnapshot().context.blocked).toBe(true);
		actor.send({ type: 'nav.goto', step: 'journey' });
		expect(actor.getSnapshot().value).toBe('journey');
		expect(actor.getSnapshot().context.blocked).toBe(false);
	});

	it('ignores nav.goto to an unknown place (no move, no block)', () => {
		const actor = named();
		actor.send({ type: 'nav.goto', step: 'nowhere' as Place });
		expect(actor.getSnapshot().value).toBe('journey');
		expect(actor.getSnapshot().context.blocked).toBe(false);
	});

	it('placeOf maps unknown values to journey', () => {
		expect(placeOf('touchpoints')).toBe('touchpoints');
		expect(placeOf('nonsense')).toBe('journey');
		expect(placeOf({ a: 1 })).toBe('journey');
		expect(placeOf(undefined)).toBe('journey');
	});
});

describe('workshop machine: all shortest paths', () => {
	const events: WorkshopEvent[] = [
		{ type: 'nav.next' },
		{ type: 'nav.back' },
		...PLACES.map((step) => ({ type: 'nav.goto' as const, step })),
		{ type: 'data.changed', facts: facts(true) },
		{ type: 'data.changed', facts: facts(false) }
	];
	const paths = getShortestPaths(workshopMachine, { events });

	it('reaches every one of the 11 places', () => {
		const reached = new Set(paths.map((p) => p.state.value as string));
		expect([...reached].sort()).toEqual([...PLACES].sort());
	});

	it.each(paths.map((p, i) => [i, JSON.stringify(p.state.value), p] as const))(
		'path %i to %s replays on a fresh actor',
		(_i, _label, path) => {
			const actor = start();
			for (const step of path.steps) actor.send(step.event);
			const s = actor.getSnapshot();
			expect(s.value).toEqual(path.state.value);
			expect(s.context).toEqual(path.state.context);
		}
	);
});
