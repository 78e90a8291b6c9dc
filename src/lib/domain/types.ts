// The workshop in plain data: what every one of the ten steps produces. These shapes are what
// IndexedDB stores, what a backup file holds and what the report reads, so they stay plain
// (no classes, no Dates: ISO strings) and every field has a neutral empty value.

import type { LiveRoomInfo, RoomOrigin } from './room-landing';

export type Locale = 'en' | 'da' | 'sv';

export type Segment = '' | 'internal' | 'b2c' | 'b2b';

/** The parts of the customer lifecycle a journey can cover, in lifecycle order. */
export const LIFECYCLE_STAGES = [
	'aware',
	'consider',
	'buy',
	'onboard',
	'use',
	'support',
	'renew'
] as const;

export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Step 1: the single journey this workshop maps. */
export interface JourneyScope {
	name: string;
	segment: Segment;
	/** Where the journey starts: the customer's trigger. */
	trigger: string;
	/** Where it ends: after aftercare, not at delivery. */
	end: string;
	/** The parts of the customer lifecycle the journey covers, in lifecycle order. */
	lifecycle: LifecycleStage[];
	businessGoal: string;
}

/** One of the ambitions the room weighs in step 3, in its own words. */
export interface Ambition {
	id: string;
	text: string;
}

/** A number the teams will follow to know the experience is getting there. */
export interface SuccessMeasure {
	id: string;
	/** What is measured, e.g. "Chase calls per order". */
	name: string;
	/** The target, with a number in it, e.g. "fewer than 1 in 10". */
	target: string;
}

/** Step 3: the experience the teams want to deliver, made concrete. */
export interface DesiredExperience {
	vision: string;
	/** Two or three options the room writes itself… */
	ambitions: Ambition[];
	/** …and the one it chose ('' until it has). */
	chosenAmbitionId: string;
	/** Concrete statements such as "the customer always knows the delivery date". */
	statements: string[];
	/** The NPS the teams aim for (−100 … 100), or null. */
	npsTarget: number | null;
	/** Other measures of success, each with a target. */
	measures: SuccessMeasure[];
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

/** A way feedback keeps coming in, e.g. an NPS question after delivery. */
export interface FeedbackMechanism {
	id: string;
	/** What is asked or collected. */
	what: string;
	/** The touchpoint where it happens (a touchpoint id), or ''. */
	touchpointId: string;
}

/** A measure the teams follow after the workshop: where it stands and where it should go. */
export interface FollowedMeasure {
	id: string;
	name: string;
	current: string;
	target: string;
	/** In a revisit: the id of the measure it was carried over from (the earlier workshop's). */
	carriedFrom?: string;
}

/** Step 10: how the map stays alive after the workshop. */
export interface ImprovementPlan {
	feedback: FeedbackMechanism[];
	measures: FollowedMeasure[];
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

/** The ten steps, in the order the room goes through them. */
export const STEP_IDS: readonly StepId[] = [
	'journey',
	'stakeholders',
	'experience',
	'persona',
	'interviews',
	'plan',
	'touchpoints',
	'emotions',
	'opportunities',
	'improve'
];

/** Where the room can be: one of the ten steps, or the report that ends the workshop. */
export type Place = StepId | 'report';

/** Every place in the order the room goes through them. */
export const PLACES: readonly Place[] = [...STEP_IDS, 'report'];

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
	/** The timebox of every step and the start time (schema version 3). */
	agenda: Agenda;
	/** What the team lead prepares: place, invitees, the checklist (schema version 3). */
	preparation: Preparation;
	/** What the facilitator keeps while running the room (schema version 3). */
	facilitation: Facilitation;
	/** The persisted workshop machine, see machine/persist.ts. */
	machine: PersistedMachine | null;
	/** The live room this workshop opened, if any (room-landing.ts). */
	live?: LiveRoomInfo;
	/** Set when this workshop revisits an earlier one on the same journey (revisit.ts). */
	revisit?: RevisitLink;
}

/** The earlier workshop a revisit compares with: its id, and what to say when it is not here. */
export interface RevisitLink {
	/** The earlier workshop's id. */
	of: string;
	/** Its date (yyyy-mm-dd), or ''. */
	ofDate: string;
	/** Its journey's name. */
	ofName: string;
}

export interface Agenda {
	/** Start of the workshop, "HH:MM" (24-hour), or '' when not decided. */
	start: string;
	/** Planned minutes per step. */
	minutes: Record<StepId, number>;
	/** No step is squeezed below this many minutes when the agenda is re-balanced. */
	minimum: number;
}

export const CHECKLIST_KEYS = [
	'room',
	'projector',
	'stickyNotes',
	'guidePrinted',
	'interviewsDone',
	'invitationsSent'
] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export interface Preparation {
	/** Where the room meets. */
	place: string;
	/** Stakeholder ids invited to the workshop. */
	invitees: string[];
	checklist: Record<ChecklistKey, boolean>;
}

export interface Facilitation {
	/** Time the room has spent on each step so far. */
	spentMs: Partial<Record<StepId, number>>;
	/** The facilitator's private notes per step (the presenter window). */
	notes: Partial<Record<StepId, string>>;
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
	/** Added from a phone in the live room (room-landing.ts). */
	fromRoom?: RoomOrigin;
}

/** How a customer meets the organisation: a persona's preferred channel, a touchpoint's channel
 *  ('' is not chosen yet), in the order the app offers them. */
export const CHANNELS = [
	'',
	'phone',
	'email',
	'portal',
	'chat',
	'in-person',
	'web',
	'advert',
	'letter',
	'app',
	'review-site',
	'other'
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Step 4: the typical customer of this journey. */
export interface Persona extends ListRow {
	primary: boolean;
	name: string;
	jobTitle: string;
	channel: Channel;
	/** The channel in the persona's words when `channel` is 'other'. */
	channelOther: string;
	expectations: string;
	needs: string;
	goals: string;
	frustrations: string;
	/** Something this customer would say, in their words. */
	quote: string;
	/** Index into the avatar palette; the avatar itself is the initials on this colour. */
	colour: number;
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
	/** Notes keyed by phase id: they follow their phase through renames and moves, and stay
	 *  (shown as a removed phase's) when the phase is removed. */
	notes: Record<string, string>;
	/** The name each note's phase had when the note was last written, by phase id (schema
	 *  version 4): what a renamed or removed phase was called for the people who wrote it. */
	notePhases: Record<string, string>;
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

/** A quote from an interview that shows what happens at a touchpoint. */
export interface Evidence {
	interviewId: string;
	/** The quote as written in the interview (one of its lines). */
	quote: string;
}

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
	/** The feeling the teams aim for here (the desired curve), or null. */
	desiredEmotion: EmotionScore | null;
	/** Interview quotes that back this touchpoint up. */
	evidence: Evidence[];
	/** Added from a phone in the live room. */
	fromRoom?: RoomOrigin;
	/** Each phone's face in the live room, phone id → 1–5 (very negative … very positive). */
	roomScores?: Record<string, number>;
	/** In a revisit: the id of the earlier workshop's touchpoint this one was carried over from. */
	carriedFrom?: string;
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
	/** The interview pain point it answers (as written), or ''. */
	painPoint: string;
	/** The suggestion of step 9 it was made from (`suggestionKey`), or '' when made by hand
	 *  (schema version 4): that suggestion is done and never offered again. */
	fromSuggestion: string;
	/** Added from a phone in the live room. */
	fromRoom?: RoomOrigin;
	/** Each phone's dots in the live room, phone id → dots. */
	roomVotes?: Record<string, number>;
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
