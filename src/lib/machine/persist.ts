// Saving and restoring where the facilitator is. The snapshot is stored with the machine's
// version and the plain step name, so a snapshot from an older or unknown machine falls back to
// that step instead of failing.
import { createActor, type Snapshot } from 'xstate';
import type { Place, PersistedMachine } from '$lib/domain/types';
import { MACHINE_VERSION, placeOf, workshopMachine, type WorkshopFacts } from './workshop.machine';

type WorkshopActor = ReturnType<typeof createActor<typeof workshopMachine>>;

export function persist(actor: WorkshopActor): PersistedMachine {
	const snapshot = actor.getPersistedSnapshot();
	return {
		machineVersion: MACHINE_VERSION,
		step: placeOf(actor.getSnapshot().value),
		snapshot: JSON.parse(JSON.stringify(snapshot))
	};
}

/** A running actor at the saved place, with the current facts about the data. */
export function restore(saved: PersistedMachine | null, facts: WorkshopFacts): WorkshopActor {
	if (saved && saved.machineVersion === MACHINE_VERSION && isSnapshot(saved.snapshot)) {
		try {
			const actor = createActor(workshopMachine, {
				snapshot: saved.snapshot as Snapshot<unknown>,
				input: facts
			});
			actor.start();
			actor.send({ type: 'data.changed', facts });
			return actor;
		} catch {
			// fall through to the saved step
		}
	}
	return startAt(saved ? placeOf(saved.step) : 'journey', facts);
}

function startAt(place: Place, facts: WorkshopFacts): WorkshopActor {
	const actor = createActor(workshopMachine, { input: facts });
	actor.start();
	if (place !== 'journey') actor.send({ type: 'nav.goto', step: place });
	return actor;
}

function isSnapshot(s: unknown): boolean {
	return (
		typeof s === 'object' &&
		s !== null &&
		'value' in s &&
		typeof (s as { value: unknown }).value === 'string' &&
		placeOf((s as { value: unknown }).value) === (s as { value: unknown }).value
	);
}
