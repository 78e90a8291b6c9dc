import { createActor } from 'xstate';
import { persist, restore } from '$lib/machine/persist';
import { PLACES, type PersistedMachine } from '$lib/domain/types';
import {
	emptyFacts,
	MACHINE_VERSION,
	workshopMachine,
	type WorkshopFacts
} from '$lib/machine/workshop.machine';

const named: WorkshopFacts = { ...emptyFacts(), hasJourneyName: true };

function actorAt(step: (typeof PLACES)[number]) {
	const actor = createActor(workshopMachine, { input: named });
	actor.start();
	actor.send({ type: 'nav.goto', step });
	return actor;
}

describe('persist / restore', () => {
	it('persist() records the version, the step and a plain JSON snapshot', () => {
		const saved = persist(actorAt('plan'));
		expect(saved.machineVersion).toBe(MACHINE_VERSION);
		expect(saved.step).toBe('plan');
		expect((saved.snapshot as { value: unknown }).value).toBe('plan');
		expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
	});

	it.each(PLACES.map((p) => [p]))('persist then restore resumes at %s', (step) => {
		const saved = JSON.parse(JSON.stringify(persist(actorAt(step)))) as PersistedMachine;
		const actor = restore(saved, named);
		expect(actor.getSnapshot().value).toBe(step);
		expect(actor.getSnapshot().status).toBe('active');
	});

	it('restore applies the current facts, not the saved ones', () => {
		const saved = persist(actorAt('touchpoints'));
		const actor = restore(saved, emptyFacts());
		expect(actor.getSnapshot().value).toBe('touchpoints');
		expect(actor.getSnapshot().context.hasJourneyName).toBe(false);
		actor.send({ type: 'nav.goto', step: 'report' });
		expect(actor.getSnapshot().value).toBe('touchpoints');
		expect(actor.getSnapshot().context.blocked).toBe(true);
	});

	it('a restored actor still moves normally', () => {
		const actor = restore(persist(actorAt('emotions')), named);
		actor.send({ type: 'nav.next' });
		expect(actor.getSnapshot().value).toBe('opportunities');
		actor.send({ type: 'nav.back' });
		actor.send({ type: 'nav.back' });
		expect(actor.getSnapshot().value).toBe('touchpoints');
	});

	it('an unknown machineVersion falls back to the saved step', () => {
		const saved = persist(actorAt('interviews'));
		// The snapshot says 'improve', the step says 'interviews': the step must win.
		const other = persist(actorAt('improve'));
		const actor = restore(
			{ machineVersion: MACHINE_VERSION + 41, step: saved.step, snapshot: other.snapshot },
			named
		);
		expect(actor.getSnapshot().value).toBe('interviews');
	});

	it('a snapshot from an older machine (version 0, before the report state) resumes at its step', () => {
		// What the first machine stored: a flat state value and a context without `blocked`.
		const old: PersistedMachine = {
			machineVersion: 0,
			step: 'touchpoints',
			snapshot: { status: 'active', value: 'touchpoints', context: { statuses: {} } }
		};
		const actor = restore(old, named);
		expect(actor.getSnapshot().value).toBe('touchpoints');
		actor.send({ type: 'nav.next' });
		expect(actor.getSnapshot().value).toBe('emotions');
		// Saved again, it carries today's version.
		expect(persist(actor).machineVersion).toBe(MACHINE_VERSION);
	});

	it.each([
		['an unknown state value', { value: 'nonsense', context: {} }],
		['a number', 42],
		['a string', 'plan'],
		['null', null],
		['an object value', { value: { nested: 'x' } }],
		['a missing value', { status: 'active' }]
	])('a garbage snapshot (%s) with a good step falls back to that step', (_label, snapshot) => {
		const actor = restore(
			{ machineVersion: MACHINE_VERSION, step: 'opportunities', snapshot },
			named
		);
		expect(actor.getSnapshot().value).toBe('opportunities');
	});

	it('falls back to journey when the saved step is unknown and the snapshot is garbage', () => {
		const actor = restore(
			{ machineVersion: 0, step: 'nowhere' as PersistedMachine['step'], snapshot: 7 },
			named
		);
		expect(actor.getSnapshot().value).toBe('journey');
	});

	it('the fallback step is only reached when the facts allow it', () => {
		const actor = restore({ machineVersion: 0, step: 'plan', snapshot: null }, emptyFacts());
		expect(actor.getSnapshot().value).toBe('journey');
	});

	it('null restores to journey', () => {
		const actor = restore(null, named);
		expect(actor.getSnapshot().value).toBe('journey');
		expect(actor.getSnapshot().context.hasJourneyName).toBe(true);
		expect(actor.getSnapshot().context.blocked).toBe(false);
	});
});
