// The agenda a workshop starts with: each step's timebox, the shortest a step may be squeezed
// to, and the longest it may be planned for. A new workshop, an older file brought up to date and
// a file's check all start from here; planning the day with them is agenda.ts.
import { STEP_IDS, type Agenda, type StepId } from './types';

/** A three-hour workshop: most time where the room builds the map (touchpoints to opportunities). */
export const DEFAULT_MINUTES: Readonly<Record<StepId, number>> = {
	journey: 10,
	stakeholders: 10,
	experience: 20,
	persona: 15,
	interviews: 20,
	plan: 10,
	touchpoints: 30,
	emotions: 20,
	opportunities: 30,
	improve: 15
};

export const DEFAULT_MINIMUM = 5;
export const MAX_STEP_MINUTES = 240;

export function defaultAgenda(): Agenda {
	return { start: '09:00', minutes: { ...DEFAULT_MINUTES }, minimum: DEFAULT_MINIMUM };
}

/** Whether the timeboxes and the minimum are the default ones (the start time aside). */
export function isDefaultAgenda(agenda: Agenda): boolean {
	return (
		agenda.minimum === DEFAULT_MINIMUM &&
		STEP_IDS.every((id) => agenda.minutes[id] === DEFAULT_MINUTES[id])
	);
}
