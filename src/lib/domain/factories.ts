// Empty values for every shape in types.ts: the one place that says what "nothing yet" is, used
// by new workshops, by the "add" buttons of every list, and by the import of older files.
import { defaultAgenda } from './timeboxes';
import { newId } from './ids';
import type {
	Action,
	Interview,
	Locale,
	Opportunity,
	Persona,
	Phase,
	Preparation,
	Stakeholder,
	Touchpoint,
	WorkshopData,
	WorkshopRecord
} from './types';
import { CHECKLIST_KEYS } from './types';

/** How many avatar colours a persona can take (the palette itself is in palette.ts). */
export const AVATAR_COLOURS = 8;

export const DEFAULT_PHASE_KEYS = ['before', 'during', 'after'] as const;

/** The default phases, named in the workshop's language. */
export function defaultPhases(names: readonly [string, string, string]): Phase[] {
	return names.map((name) => ({ id: newId(), name }));
}

export function emptyPreparation(): Preparation {
	return {
		place: '',
		invitees: [],
		checklist: Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, false])) as Preparation['checklist']
	};
}

export function newWorkshopRecord(
	locale: Locale,
	phaseNames: readonly [string, string, string],
	now = new Date()
): WorkshopRecord {
	const stamp = now.toISOString();
	return {
		id: newId(),
		createdAt: stamp,
		updatedAt: stamp,
		locale,
		facilitator: '',
		date: '',
		journey: { name: '', segment: '', trigger: '', end: '', lifecycle: [], businessGoal: '' },
		experience: {
			vision: '',
			ambitions: [],
			chosenAmbitionId: '',
			statements: [],
			npsTarget: null,
			measures: []
		},
		plan: { title: '', customerGoal: '', expectations: '', phases: defaultPhases(phaseNames) },
		improve: { feedback: [], measures: [], reviewDate: '', reviewTriggers: '' },
		agenda: defaultAgenda(),
		preparation: emptyPreparation(),
		facilitation: { spentMs: {}, notes: {} },
		machine: null
	};
}

export function emptyWorkshopData(workshop: WorkshopRecord): WorkshopData {
	return {
		workshop,
		stakeholders: [],
		personas: [],
		interviews: [],
		touchpoints: [],
		opportunities: [],
		actions: []
	};
}

type RowBase = { workshopId: string; order: number };

export const newRow = {
	stakeholders: (b: RowBase): Stakeholder => ({
		id: newId(),
		...b,
		name: '',
		team: '',
		role: '',
		stage: 'front',
		attends: true
	}),
	personas: (b: RowBase): Persona => ({
		id: newId(),
		...b,
		primary: b.order === 0,
		name: '',
		jobTitle: '',
		channel: '',
		channelOther: '',
		expectations: '',
		needs: '',
		goals: '',
		frustrations: '',
		quote: '',
		colour: b.order % AVATAR_COLOURS
	}),
	interviews: (b: RowBase): Interview => ({
		id: newId(),
		...b,
		label: '',
		role: '',
		date: '',
		expectations: '',
		met: '',
		notes: {},
		notePhases: {},
		quotes: '',
		painPoints: '',
		nps: null,
		npsComment: ''
	}),
	touchpoints: (b: RowBase & { phaseId?: string }): Touchpoint => ({
		id: newId(),
		kind: 'touchpoint',
		title: '',
		phaseId: '',
		channel: '',
		customerAction: '',
		ownerId: '',
		importanceCustomer: 3,
		importanceBusiness: 3,
		emotion: null,
		emotionReason: '',
		desiredEmotion: null,
		evidence: [],
		...b
	}),
	opportunities: (b: RowBase): Opportunity => ({
		id: newId(),
		...b,
		touchpointIds: [],
		problem: '',
		idea: '',
		impact: 3,
		effort: 3,
		ownerId: '',
		votes: 0,
		painPoint: '',
		fromSuggestion: ''
	}),
	actions: (b: RowBase): Action => ({
		id: newId(),
		...b,
		title: '',
		opportunityId: '',
		ownerId: '',
		due: '',
		status: 'todo'
	})
} satisfies {
	[K in keyof WorkshopData as K extends 'workshop' ? never : K]: (b: RowBase) => unknown;
};
