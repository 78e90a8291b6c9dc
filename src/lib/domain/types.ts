// The workshop in plain data: what every one of the ten steps produces. These shapes are what
// IndexedDB stores, what a backup file holds and what the report reads, so they stay plain
// (no classes, no Dates: ISO strings) and every field has a neutral empty value.

export type Locale = 'en' | 'da' | 'sv';

export type Segment = '' | 'internal' | 'b2c' | 'b2b';

/** Step 1: the single journey this workshop maps. */
export interface JourneyScope {
	name: string;
	segment: Segment;
	/** Where the journey starts: the customer's trigger. */
	trigger: string;
	/** Where it ends: after aftercare, not at delivery. */
	end: string;
	businessGoal: string;
}

/** Step 3: the experience the teams want to deliver, made concrete. */
export interface DesiredExperience {
	vision: string;
	/** The ambition the room chose, in its own words. */
	ambition: string;
	/** Concrete statements such as "the customer always knows the delivery date". */
	statements: string[];
	/** How success is measured, e.g. "NPS of 40 or more". */
	successMeasure: string;
}

export interface Phase {
	id: string;
	name: string;
}

/** Step 6: the journey as the interviews describe it. */
export interface JourneyPlan {
	title: string;
	customerGoal: string;
	expectations: string;
	phases: Phase[];
}

/** Step 10: how the map stays alive after the workshop. */
export interface ImprovementPlan {
	/** How feedback keeps coming in, e.g. an NPS question after delivery. */
	feedback: string;
	/** Which measures are followed. */
	measures: string;
	/** ISO date (yyyy-mm-dd) of the next review, or ''. */
	reviewDate: string;
	/** What triggers an earlier review. */
	reviewTriggers: string;
}

export type StepId =
	| 'journey'
	| 'stakeholders'
	| 'experience'
	| 'persona'
	| 'interviews'
	| 'plan'
	| 'touchpoints'
	| 'emotions'
	| 'opportunities'
	| 'improve';

/** The one-of-a-kind outputs of a workshop, stored as one record. */
export interface WorkshopRecord {
	id: string;
	/** ISO timestamps. */
	createdAt: string;
	updatedAt: string;
	/** The language the workshop was written in (and its report's default). */
	locale: Locale;
	facilitator: string;
	/** ISO date (yyyy-mm-dd) the workshop is held, or ''. */
	date: string;
	journey: JourneyScope;
	experience: DesiredExperience;
	plan: JourneyPlan;
	improve: ImprovementPlan;
	/** The persisted workshop machine, see machine/persist.ts. */
	machine: PersistedMachine | null;
}

export interface PersistedMachine {
	machineVersion: number;
	/** The step the facilitator was on, kept apart so an unknown snapshot still resumes. */
	step: StepId | 'report';
	snapshot: unknown;
}

/** Every row of a growing list carries its workshop and its place in the list. */
export interface ListRow {
	id: string;
	workshopId: string;
	order: number;
}

export type Stage = 'front' | 'back';

/** Step 2: someone who delivers part of the experience. */
export interface Stakeholder extends ListRow {
	name: string;
	team: string;
	role: string;
	stage: Stage;
	attends: boolean;
}

export type Channel =
	| ''
	| 'phone'
	| 'email'
	| 'portal'
	| 'chat'
	| 'in-person'
	| 'web'
	| 'advert'
	| 'letter'
	| 'app'
	| 'other';

/** Step 4: the typical customer of this journey. */
export interface Persona extends ListRow {
	primary: boolean;
	name: string;
	jobTitle: string;
	channel: Channel;
	expectations: string;
	needs: string;
	goals: string;
	frustrations: string;
}

export type Met = '' | 'yes' | 'partly' | 'no';

/** Step 5: one conversation with a customer who recently went through the journey. */
export interface Interview extends ListRow {
	/** An anonymised label such as "Interview 1 – new hire"; never a required real name. */
	label: string;
	role: string;
	/** ISO date or ''. */
	date: string;
	expectations: string;
	met: Met;
	/** Notes keyed by phase id. */
	notes: Record<string, string>;
	/** One quote per line. */
	quotes: string;
	/** One pain point per line. */
	painPoints: string;
	/** 0–10, or null when the question was not asked. */
	nps: number | null;
	npsComment: string;
}

export type TouchpointKind = 'touchpoint' | 'gap';

/** −2 … +2, or null when the room has not scored it yet. */
export type EmotionScore = -2 | -1 | 0 | 1 | 2;

/** Step 7 (and 8): a moment the customer meets the organisation, or a gap where nobody talks. */
export interface Touchpoint extends ListRow {
	kind: TouchpointKind;
	title: string;
	phaseId: string;
	channel: Channel;
	customerAction: string;
	/** A stakeholder id, or ''. */
	ownerId: string;
	/** 1–5. */
	importanceCustomer: number;
	/** 1–5. */
	importanceBusiness: number;
	emotion: EmotionScore | null;
	emotionReason: string;
}

/** Step 9: a change that would lift a low point. */
export interface Opportunity extends ListRow {
	touchpointIds: string[];
	problem: string;
	idea: string;
	/** 1–5. */
	impact: number;
	/** 1–5. */
	effort: number;
	ownerId: string;
	votes: number;
}

export type ActionStatus = 'todo' | 'doing' | 'done';

/** Step 10: an opportunity turned into work with an owner and a due date. */
export interface Action extends ListRow {
	title: string;
	opportunityId: string;
	ownerId: string;
	/** ISO date or ''. */
	due: string;
	status: ActionStatus;
}

/** The tables of growing lists, by name. */
export interface ListTables {
	stakeholders: Stakeholder;
	personas: Persona;
	interviews: Interview;
	touchpoints: Touchpoint;
	opportunities: Opportunity;
	actions: Action;
}

export type ListName = keyof ListTables;

export const LIST_NAMES: readonly ListName[] = [
	'stakeholders',
	'personas',
	'interviews',
	'touchpoints',
	'opportunities',
	'actions'
];

/** A whole workshop: the record and every list, each list in order. */
export type WorkshopData = { workshop: WorkshopRecord } & { [K in ListName]: ListTables[K][] };
