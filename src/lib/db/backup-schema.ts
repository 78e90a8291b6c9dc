// The schema of a workshop file (valibot): what every value in it must be, and the copy of it the
// app keeps. It is strict about what it keeps and lenient about what it leaves: every field the
// app knows is checked (type, range, allowed values, text length); a key it does not know is
// dropped (`v.object` strips unknown entries), never stored; a field that is not essential may be
// missing and gets the neutral empty value a new row has (factories.ts). Required: what
// identifies a thing (ids, workshopId, order, the record's timestamps and language) and what names
// it (journey name, phase, stakeholder and persona names, interview labels, touchpoint and action
// titles).
//
// Older files are brought up to today's shape inside the schema, with the same upgrades the
// database runs (domain/migrate.ts): a loose first pass makes sure the upgrade has objects to work
// on, the upgrade runs on that pass's copy (never on the caller's value), then the strict schema
// reads the result. The checks across rows (a row belongs to its workshop; no id twice) close the
// file's pipeline. Every issue's message is the "expected …" half of the sentence backup.ts shows.
import * as v from 'valibot';
import { DEFAULT_MINIMUM, DEFAULT_MINUTES, MAX_STEP_MINUTES } from '$lib/domain/timeboxes';
import {
	upgradeInterviewV3,
	upgradeOpportunityV1,
	upgradeOpportunityV3,
	upgradePersonaV1,
	upgradeRecordV1,
	upgradeRecordV2,
	upgradeTouchpointV1
} from '$lib/domain/migrate';
import { EMOTION_SCORES } from '$lib/domain/emotion';
import type { LandedEntry, LiveRoomInfo, RoomOrigin } from '$lib/domain/room-landing';
import {
	CHANNELS,
	CHECKLIST_KEYS,
	LIFECYCLE_STAGES,
	LIST_NAMES,
	STEP_IDS,
	type Action,
	type Agenda,
	type Channel,
	type DesiredExperience,
	type Facilitation,
	type ImprovementPlan,
	type Interview,
	type JourneyPlan,
	type JourneyScope,
	type ListName,
	type Opportunity,
	type PersistedMachine,
	type Persona,
	type RevisitLink,
	type Preparation,
	type Stakeholder,
	type StepId,
	type Touchpoint,
	type WorkshopData,
	type WorkshopRecord
} from '$lib/domain/types';

/** A name, a title, an id: far more than a person types in one field. */
export const MAX_TEXT = 10_000;
/**
 * Where a room pastes what it gathered (interview notes, quotes, pain points, the facilitator's
 * notes), a transcript can run longer; the app's own backups must always open again.
 */
export const MAX_LONG_TEXT = 100_000;

// ---------------------------------------------------------------------------------------------
// The pieces. Each message completes "…: expected <message>".

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const anObject = v.custom<Record<string, unknown>>(isPlainObject, 'an object');

const textOf = (max: number) =>
	v.pipe(v.string('text'), v.maxLength(max, `text of at most ${max} characters`));

const text = textOf(MAX_TEXT);
const longText = textOf(MAX_LONG_TEXT);
/** A key in the database: never empty, since '' means "none" where a field may point nowhere. */
const id = v.pipe(text, v.minLength(1, 'an id'));
const bool = v.boolean('true or false');

function num(min = -Infinity, max = Infinity, integer = false) {
	const range =
		min === -Infinity && max === Infinity
			? ''
			: max === Infinity
				? ` from ${min}`
				: ` from ${min} to ${max}`;
	const message = `${integer ? 'a whole number' : 'a number'}${range}`;
	return v.pipe(
		v.number(message),
		v.finite(message),
		v.minValue(min, message),
		v.maxValue(max, message),
		v.check((n) => !integer || Number.isInteger(n), message)
	);
}

/** A point in time as an ISO string: the list of workshops sorts and formats it. */
const stamp = v.pipe(
	v.string('a date'),
	v.maxLength(64, 'a date'),
	v.check((s) => !Number.isNaN(Date.parse(s)), 'a date')
);

const oneOf = <const T extends readonly (string | number)[]>(values: T) =>
	v.picklist(values, values.join(' | '));

/** Missing (an older or leaner file) gives the neutral empty value; present must be right. */
const opt = v.optional;

/** What a schema expects, for the issue of a required key that is missing altogether. */
function expects(schema: unknown): string {
	if (!isPlainObject(schema)) return 'a value';
	if (typeof schema.message === 'string') return schema.message;
	return 'wrapped' in schema ? expects(schema.wrapped) : 'a value';
}

type Entries<T> = { [K in keyof T]-?: v.GenericSchema<unknown, T[K]> };

/**
 * An object with exactly the fields of T (the type makes sure none is forgotten): each one
 * checked, anything else left behind. An array is not an object here, whatever JavaScript says.
 */
function shape<T>(entries: Entries<T>) {
	return v.pipe(
		anObject,
		v.object(entries, (issue) => {
			const key = issue.path?.[0]?.key;
			const missing = issue.expected?.startsWith('"') && typeof key === 'string';
			return missing ? expects((entries as Record<string, unknown>)[key]) : 'an object';
		})
	);
}

/** A map with free keys (interview notes by phase id). */
const dict = <S extends v.GenericSchema>(value: S) => v.pipe(anObject, v.record(text, value));

/** A map keyed by step: the steps' values are checked, any other key is dropped. */
function byStep<S extends v.GenericSchema>(value: S) {
	const entries = Object.fromEntries(STEP_IDS.map((step) => [step, v.optional(value)])) as {
		[K in StepId]: v.OptionalSchema<S, undefined>;
	};
	return shape<Partial<Record<StepId, v.InferOutput<S>>>>(
		entries as unknown as Entries<Partial<Record<StepId, v.InferOutput<S>>>>
	);
}

const list = <S extends v.GenericSchema>(item: S) => v.array(item, 'a list');

/**
 * A loose first look: only that the value and its `keys` are objects, so an upgrade can work on
 * them. The result is a copy (of them too): the upgrade never changes the caller's value.
 */
const objectsAt = (keys: readonly string[]) =>
	v.pipe(
		anObject,
		v.looseObject(Object.fromEntries(keys.map((k) => [k, anObject])), 'an object'),
		v.transform((value) => {
			const copy: Record<string, unknown> = { ...value };
			for (const k of keys) copy[k] = { ...(value[k] as Record<string, unknown>) };
			return copy;
		})
	);

// ---------------------------------------------------------------------------------------------
// The workshop record.

const none = () => '';
const empty = <T>() => [] as T[];
const optText = opt(text, none);
const optLong = opt(longText, none);
const optId = optText;
const ids = opt(list(id), empty<string>);
const score = opt(num(1, 5, true), () => 3);
const emotion = v.nullable(oneOf(EMOTION_SCORES));
const channel = opt(oneOf(CHANNELS), () => '' as Channel);

const journeyScope = shape<JourneyScope>({
	name: text,
	segment: opt(oneOf(['', 'internal', 'b2c', 'b2b'] as const), () => '' as const),
	trigger: optText,
	end: optText,
	lifecycle: opt(list(oneOf(LIFECYCLE_STAGES)), empty),
	businessGoal: optText
});

const desiredExperience = shape<DesiredExperience>({
	vision: optText,
	ambitions: opt(list(shape({ id, text })), empty),
	chosenAmbitionId: optId,
	statements: opt(list(text), empty<string>),
	npsTarget: opt(v.nullable(num(-100, 100)), () => null),
	measures: opt(list(shape({ id, name: text, target: optText })), empty)
});

const journeyPlan = shape<JourneyPlan>({
	title: optText,
	customerGoal: optText,
	expectations: optText,
	phases: list(shape({ id, name: text }))
});

const improvementPlan = shape<ImprovementPlan>({
	feedback: opt(list(shape({ id, what: text, touchpointId: optId })), empty),
	measures: opt(
		list(shape({ id, name: text, current: optText, target: optText, carriedFrom: opt(id) })),
		empty
	),
	reviewDate: optText,
	reviewTriggers: optText
});

const agenda = shape<Agenda>({
	start: optText,
	minutes: v.pipe(
		opt(byStep(num(0, MAX_STEP_MINUTES)), () => ({})),
		v.transform((given) => ({ ...DEFAULT_MINUTES, ...given }) as Agenda['minutes'])
	),
	minimum: opt(num(0, MAX_STEP_MINUTES), () => DEFAULT_MINIMUM)
});

const checklist = Object.fromEntries(
	CHECKLIST_KEYS.map((key) => [key, opt(bool, () => false)])
) as unknown as Entries<Preparation['checklist']>;

const preparation = shape<Preparation>({
	place: optText,
	invitees: ids,
	checklist: opt(shape(checklist), () => ({}) as Preparation['checklist'])
});

const facilitation = shape<Facilitation>({
	spentMs: opt(byStep(num(0)), () => ({})),
	notes: opt(byStep(longText), () => ({}))
});

const PLACES = [...STEP_IDS, 'report'] as const;

// The live room: where a row came from, each phone's score or dots, and the room the workshop
// opened (so the file opens in the same room again).
const fromRoom = opt(shape<RoomOrigin>({ key: text, name: opt(text) }));
const perPhone = (min: number, max: number) => opt(dict(num(min, max, true)));
const live = opt(
	shape<LiveRoomInfo>({
		code: text,
		facilitatorToken: text,
		roomToken: text,
		joinUrl: text,
		closed: bool,
		moderation: oneOf(['open', 'review'] as const),
		dots: num(0, 100, true),
		results: oneOf(['hidden', 'shown'] as const),
		landed: dict(shape<LandedEntry>({ at: num(), text: longText }))
	})
);

const machine = opt(
	v.nullable(
		shape<PersistedMachine>({
			machineVersion: num(0, Infinity, true),
			step: oneOf(PLACES),
			// The machine restores only a snapshot it recognises (machine/persist.ts).
			snapshot: v.unknown()
		})
	),
	() => null
);

const strictRecord = shape<WorkshopRecord>({
	id,
	createdAt: stamp,
	updatedAt: stamp,
	locale: oneOf(['en', 'da', 'sv'] as const),
	facilitator: optText,
	date: optText,
	journey: journeyScope,
	experience: desiredExperience,
	plan: journeyPlan,
	improve: improvementPlan,
	agenda,
	preparation,
	facilitation,
	machine,
	live,
	// A revisit's earlier workshop: it may be in the file, on the device, or nowhere (revisit.ts).
	revisit: opt(shape<RevisitLink>({ of: id, ofDate: optText, ofName: optText }))
});

/** Today's shape for a record from any earlier version, exactly as the database upgrades it. */
function upgradeRecord(record: Record<string, unknown>): Record<string, unknown> {
	const journey = record.journey as Record<string, unknown>;
	const experience = record.experience as Record<string, unknown>;
	const improve = record.improve as Record<string, unknown>;
	const isV1 =
		journey.lifecycle === undefined ||
		!Array.isArray(experience.ambitions) ||
		!Array.isArray(experience.measures) ||
		typeof improve.feedback === 'string' ||
		typeof improve.measures === 'string';
	if (isV1) upgradeRecordV1(record as unknown as Parameters<typeof upgradeRecordV1>[0]);
	upgradeRecordV2(record as Partial<WorkshopRecord>);
	return record;
}

export const WorkshopRecordSchema = v.pipe(
	objectsAt(['journey', 'experience', 'plan', 'improve']),
	v.transform(upgradeRecord),
	strictRecord
);

// ---------------------------------------------------------------------------------------------
// The rows of the growing lists.

const rowBase = { id, workshopId: id, order: num() };

/** A row as an older version wrote it, brought up to today's shape before it is read. */
const upgraded = <T>(
	upgrade: (row: Record<string, unknown>) => void,
	schema: v.GenericSchema<unknown, T>
) =>
	v.pipe(
		anObject,
		v.looseObject({ order: num() }, (issue) =>
			issue.expected?.startsWith('"') ? 'a number' : 'an object'
		),
		v.transform((row): Record<string, unknown> => {
			upgrade(row);
			return row;
		}),
		schema as v.GenericSchema<Record<string, unknown>, T>
	);

export const ROW_SCHEMAS = {
	stakeholders: shape<Stakeholder>({
		...rowBase,
		name: text,
		team: optText,
		role: optText,
		stage: opt(oneOf(['front', 'back'] as const), () => 'front' as const),
		attends: opt(bool, () => true),
		fromRoom
	}),
	personas: upgraded(
		(row) => upgradePersonaV1(row as Partial<Persona> & { order: number }),
		shape<Persona>({
			...rowBase,
			primary: opt(bool, () => false),
			name: text,
			jobTitle: optText,
			channel,
			channelOther: optText,
			expectations: optText,
			needs: optText,
			goals: optText,
			frustrations: optText,
			quote: optText,
			colour: num(0, Infinity, true)
		})
	),
	interviews: shape<Interview>({
		...rowBase,
		label: text,
		role: optText,
		date: optText,
		expectations: optLong,
		met: opt(oneOf(['', 'yes', 'partly', 'no'] as const), () => '' as const),
		notes: opt(dict(longText), () => ({})),
		notePhases: opt(dict(text), () => ({})),
		quotes: optLong,
		painPoints: optLong,
		nps: opt(v.nullable(num(0, 10, true)), () => null),
		npsComment: optText
	}),
	touchpoints: upgraded(
		(row) => upgradeTouchpointV1(row as Partial<Touchpoint>),
		shape<Touchpoint>({
			...rowBase,
			kind: opt(oneOf(['touchpoint', 'gap'] as const), () => 'touchpoint' as const),
			title: text,
			phaseId: optId,
			channel,
			customerAction: optText,
			ownerId: optId,
			importanceCustomer: score,
			importanceBusiness: score,
			emotion: opt(emotion, () => null),
			emotionReason: optText,
			desiredEmotion: opt(emotion, () => null),
			evidence: opt(list(shape({ interviewId: id, quote: longText })), empty),
			fromRoom,
			roomScores: perPhone(1, 5),
			carriedFrom: opt(id)
		})
	),
	opportunities: upgraded(
		(row) => {
			upgradeOpportunityV1(row as Partial<Opportunity>);
			upgradeOpportunityV3(row as Partial<Opportunity>);
		},
		shape<Opportunity>({
			...rowBase,
			touchpointIds: ids,
			problem: optText,
			idea: optText,
			impact: score,
			effort: score,
			ownerId: optId,
			votes: opt(num(0, Infinity, true), () => 0),
			painPoint: optLong,
			fromSuggestion: optLong,
			fromRoom,
			roomVotes: perPhone(1, 100)
		})
	),
	actions: shape<Action>({
		...rowBase,
		title: text,
		opportunityId: optId,
		ownerId: optId,
		due: optText,
		status: opt(oneOf(['todo', 'doing', 'done'] as const), () => 'todo' as const)
	})
} satisfies { [K in ListName]: v.GenericSchema<unknown, WorkshopData[K][number]> };

const rows = <K extends ListName>(name: K) => opt(list(ROW_SCHEMAS[name]), empty);

/** One workshop: its record and its lists (a list left out is an empty list). Interview notes
 *  of an older file are put under their phases' ids and named, as the database's upgrade does;
 *  a file of today's shape comes through it as it was. */
export const WorkshopEntrySchema = v.pipe(
	shape<WorkshopData>({
		workshop: WorkshopRecordSchema,
		stakeholders: rows('stakeholders'),
		personas: rows('personas'),
		interviews: rows('interviews'),
		touchpoints: rows('touchpoints'),
		opportunities: rows('opportunities'),
		actions: rows('actions')
	}),
	v.transform((entry) => {
		for (const iv of entry.interviews) upgradeInterviewV3(iv, entry.workshop.plan.phases);
		return entry;
	})
);

// ---------------------------------------------------------------------------------------------
// Across rows and workshops: each row belongs to its workshop, and no id is used twice (two
// workshops, or two rows of one list, anywhere in the file), since ids are the database's keys.

type PathItem = v.IssuePathItem;

const atIndex = (input: unknown[], key: number): PathItem => ({
	type: 'array',
	origin: 'value',
	input,
	key,
	value: input[key]
});

const atKey = (input: Record<string, unknown>, key: string): PathItem => ({
	type: 'object',
	origin: 'value',
	input,
	key,
	value: input[key]
});

/** The first id used twice, or the first row that names another workshop; null if none. */
function crossCheck(
	workshops: WorkshopData[]
): { path: [PathItem, ...PathItem[]]; message: string } | null {
	const ids = new Set<string>();
	const rowIds = new Map<ListName, Set<string>>(LIST_NAMES.map((n) => [n, new Set()]));
	for (const [i, w] of workshops.entries()) {
		const entry: [PathItem] = [atIndex(workshops, i)];
		const record: [PathItem, PathItem] = [...entry, atKey(w as never, 'workshop')];
		if (ids.has(w.workshop.id)) {
			return { path: [...record, atKey(w.workshop as never, 'id')], message: 'unique' };
		}
		ids.add(w.workshop.id);
		for (const name of LIST_NAMES) {
			const seen = rowIds.get(name)!;
			const list = w[name] as WorkshopData[ListName][number][];
			for (const [r, row] of list.entries()) {
				const at: [PathItem, ...PathItem[]] = [...entry, atKey(w as never, name), atIndex(list, r)];
				if (row.workshopId !== w.workshop.id) {
					return {
						path: [...at, atKey(row as never, 'workshopId')],
						message: 'the id of its workshop'
					};
				}
				if (seen.has(row.id)) {
					return { path: [...at, atKey(row as never, 'id')], message: 'an id of its own' };
				}
				seen.add(row.id);
			}
		}
	}
	return null;
}

export const WorkshopListSchema = v.pipe(
	list(WorkshopEntrySchema),
	v.minLength(1, 'at least one workshop'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const found = crossCheck(dataset.value);
		if (found) addIssue({ message: found.message, path: found.path });
	})
);

/** The whole file, as parsed JSON. */
export const backupFileSchema = (format: string, version: number) =>
	v.object({
		format: v.literal(format, format),
		version: num(1, version, true),
		workshops: WorkshopListSchema
	});
