// A workshop as a JSON file: the escape hatch when the browser will not save, and the file a
// team lead hands to the facilitator. Writing is `backupBlob`; reading is `parseWorkshopFile`,
// which trusts nothing in the file: it caps the size, refuses prototype keys, brings files from
// older versions up to today's shape (the same upgrades the database runs), checks every field
// it keeps and copies only the fields the app knows. It is pure: nothing is written here.
//
// The checks are one small schema (the "Schema" section below) built from a handful of
// combinators in the style of valibot, so swapping them for a valibot schema later replaces that
// section only; the envelope, the upgrade and the cross-row checks stay.
import { DEFAULT_MINIMUM, DEFAULT_MINUTES, MAX_STEP_MINUTES } from '$lib/domain/agenda';
import {
	upgradeOpportunityV1,
	upgradePersonaV1,
	upgradeRecordV1,
	upgradeRecordV2,
	upgradeTouchpointV1
} from '$lib/domain/migrate';
import { STEP_IDS } from '$lib/domain/steps';
import {
	CHECKLIST_KEYS,
	LIFECYCLE_STAGES,
	LIST_NAMES,
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
	type Preparation,
	type Stakeholder,
	type StepId,
	type Touchpoint,
	type WorkshopData,
	type WorkshopRecord
} from '$lib/domain/types';

export const BACKUP_FORMAT = 'journey-workshop';
export const BACKUP_VERSION = 1;
/** 5 MiB: a big workshop is a few hundred kB; anything larger is not what the user meant. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function backupBlob(workshops: WorkshopData[]): Blob {
	const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, workshops };
	return new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
}

/** Why a file was refused; the screen turns each into words in the user's language. */
export type FileError =
	| 'too-big'
	| 'not-json'
	| 'wrong-format'
	| 'newer-version'
	| 'no-workshops'
	| 'unsafe-key'
	| 'invalid';

/** Where in the file a value is wrong: 1-based workshop and row, the field as a dotted path. */
export interface Problem {
	workshop: number;
	/** The list the row is in, or null for the workshop's own fields. */
	list: ListName | null;
	row: number | null;
	field: string;
}

export type ParseResult =
	| { ok: true; workshops: WorkshopData[] }
	| { ok: false; error: FileError; detail?: string; problem?: Problem };

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class UnsafeKey extends Error {
	constructor(readonly key: string) {
		super(`unsafe key ${key}`);
	}
}

export function parseWorkshopFile(text: string, byteSize: number): ParseResult {
	if (byteSize > MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) {
		return { ok: false, error: 'too-big', detail: String(byteSize) };
	}
	let file: unknown;
	try {
		// A byte-order mark is what an editor like Notepad may add; it is not part of the JSON.
		file = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
			if (UNSAFE_KEYS.has(key)) throw new UnsafeKey(key);
			return value;
		});
	} catch (e) {
		if (e instanceof UnsafeKey) return { ok: false, error: 'unsafe-key', detail: e.key };
		return { ok: false, error: 'not-json' };
	}
	if (!isObject(file) || file.format !== BACKUP_FORMAT) return { ok: false, error: 'wrong-format' };
	const version = file.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, error: 'wrong-format' };
	}
	if (version > BACKUP_VERSION) {
		return { ok: false, error: 'newer-version', detail: String(version) };
	}
	if (!Array.isArray(file.workshops) || file.workshops.length === 0) {
		return { ok: false, error: 'no-workshops' };
	}
	try {
		const workshops = file.workshops.map((raw: unknown, i) => readWorkshop(raw, i + 1));
		checkAcrossFile(workshops);
		return { ok: true, workshops };
	} catch (e) {
		if (e instanceof Invalid) {
			return { ok: false, error: 'invalid', detail: e.detail(), problem: e.problem() };
		}
		// A shape no check foresaw tripped an upgrade: still a refusal, never a crash.
		return { ok: false, error: 'invalid', detail: String(e) };
	}
}

// ---------------------------------------------------------------------------------------------
// One workshop: check what the upgrade touches, upgrade, then read it through the schema.

function readWorkshop(raw: unknown, n: number): WorkshopData {
	const at = (list: ListName | null, row: number | null) => ({ workshop: n, list, row });
	const entry = objectAt(raw, at(null, null), []);
	const record = objectAt(entry.workshop, at(null, null), []);
	for (const part of ['journey', 'experience', 'plan', 'improve'] as const) {
		objectAt(record[part], at(null, null), [part]);
	}
	upgradeRecord(record);
	const workshop = workshopRecord(record, { ...at(null, null), path: [] });

	const lists = {} as Record<ListName, unknown[]>;
	for (const name of LIST_NAMES) {
		const rows = entry[name] ?? [];
		if (!Array.isArray(rows)) throw new Invalid({ ...at(name, null), path: [] }, 'a list');
		const seen = new Set<string>();
		lists[name] = rows.map((value: unknown, i) => {
			const where = at(name, i + 1);
			const row = objectAt(value, where, []);
			num()(row.order, { ...where, path: ['order'] }); // the persona upgrade reads it
			UPGRADE_ROW[name]?.(row);
			const read = ROW[name](row, { ...where, path: [] });
			if (read.workshopId !== workshop.id) {
				throw new Invalid({ ...where, path: ['workshopId'] }, 'the id of its workshop');
			}
			if (seen.has(read.id)) throw new Invalid({ ...where, path: ['id'] }, 'an id of its own');
			seen.add(read.id);
			return read;
		});
	}
	return { workshop, ...lists } as WorkshopData;
}

/** Today's shape for a record from any earlier version, exactly as the database upgrades it. */
function upgradeRecord(record: Record<string, unknown>): void {
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
}

const UPGRADE_ROW: Partial<Record<ListName, (row: Record<string, unknown>) => void>> = {
	personas: (row) => upgradePersonaV1(row as Partial<Persona> & { order: number }),
	touchpoints: (row) => upgradeTouchpointV1(row as Partial<Touchpoint>),
	opportunities: (row) => upgradeOpportunityV1(row as Partial<Opportunity>)
};

/** Two workshops in one file must not share an id, nor rows of one list. */
function checkAcrossFile(workshops: WorkshopData[]): void {
	const ids = new Set<string>();
	workshops.forEach((w, i) => {
		if (ids.has(w.workshop.id)) {
			throw new Invalid({ workshop: i + 1, list: null, row: null, path: ['id'] }, 'unique');
		}
		ids.add(w.workshop.id);
	});
	for (const name of LIST_NAMES) {
		const rows = new Set<string>();
		workshops.forEach((w, i) => {
			w[name].forEach((row, r) => {
				if (rows.has(row.id)) {
					throw new Invalid({ workshop: i + 1, list: name, row: r + 1, path: ['id'] }, 'unique');
				}
				rows.add(row.id);
			});
		});
	}
}

// ---------------------------------------------------------------------------------------------
// Schema: what a value must be, and the copy of it the app keeps (known fields only).
// Required: what identifies a thing (ids, workshopId, order, the record's timestamps and
// language) and what names it (journey name, phase, stakeholder and persona names, interview
// labels, touchpoint and action titles). Any other field may be missing and gets the neutral
// empty value a new row has (factories.ts); a field that is there must have the right type.

interface Where {
	workshop: number;
	list: ListName | null;
	row: number | null;
	path: (string | number)[];
}

class Invalid extends Error {
	constructor(
		readonly where: Where,
		readonly expected: string
	) {
		super(`expected ${expected}`);
	}

	/** e.g. "workshop 1, touchpoints row 3, evidence.0.quote: expected text". */
	detail(): string {
		const { workshop, list, row, path } = this.where;
		const parts = [`workshop ${workshop}`];
		if (list) parts.push(row === null ? list : `${list} row ${row}`);
		if (path.length) parts.push(path.join('.'));
		return `${parts.join(', ')}: expected ${this.expected}`;
	}

	problem(): Problem {
		const { workshop, list, row, path } = this.where;
		return { workshop, list, row, field: path.join('.') };
	}
}

type Check<T> = (value: unknown, where: Where) => T;

const inside = (w: Where, key: string | number): Where => ({ ...w, path: [...w.path, key] });

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function objectAt(
	v: unknown,
	at: Omit<Where, 'path'>,
	path: Where['path']
): Record<string, unknown> {
	if (!isObject(v)) throw new Invalid({ ...at, path }, 'an object');
	return v;
}

const text: Check<string> = (v, w) => {
	if (typeof v !== 'string') throw new Invalid(w, 'text');
	return v;
};

const bool: Check<boolean> = (v, w) => {
	if (typeof v !== 'boolean') throw new Invalid(w, 'true or false');
	return v;
};

function num(min = -Infinity, max = Infinity, integer = false): Check<number> {
	return (v, w) => {
		const ok =
			typeof v === 'number' &&
			Number.isFinite(v) &&
			v >= min &&
			v <= max &&
			(!integer || Number.isInteger(v));
		if (!ok) throw new Invalid(w, `a number from ${min} to ${max}`);
		return v as number;
	};
}

/** A point in time as an ISO string: the list of workshops sorts and formats it. */
const stamp: Check<string> = (v, w) => {
	if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw new Invalid(w, 'a date');
	return v;
};

function oneOf<const T extends string | number>(values: readonly T[]): Check<T> {
	return (v, w) => {
		if (!(values as readonly unknown[]).includes(v)) throw new Invalid(w, values.join(' | '));
		return v as T;
	};
}

function nullable<T>(check: Check<T>): Check<T | null> {
	return (v, w) => (v === null ? null : check(v, w));
}

/** Missing (an older or leaner file) gives the neutral empty value; present must be right. */
function optional<T>(check: Check<T>, fallback: () => NoInfer<T>): Check<T> {
	return (v, w) => (v === undefined ? fallback() : check(v, w));
}

function list<T>(item: Check<T>): Check<T[]> {
	return (v, w) => {
		if (!Array.isArray(v)) throw new Invalid(w, 'a list');
		return v.map((x, i) => item(x, inside(w, i)));
	};
}

/** An object with exactly the fields of T: every one checked, anything else left behind. */
function shape<T>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
	return (v, w) => {
		if (!isObject(v)) throw new Invalid(w, 'an object');
		const out = {} as T;
		for (const key of Object.keys(fields) as (keyof T & string)[]) {
			out[key] = fields[key](v[key], inside(w, key));
		}
		return out;
	};
}

/** A map with free keys (interview notes by phase id), or only `keys` kept when given. */
function dict<T>(value: Check<T>, keys?: readonly string[]): Check<Record<string, T>> {
	return (v, w) => {
		if (!isObject(v)) throw new Invalid(w, 'an object');
		const out: Record<string, T> = {};
		for (const [key, x] of Object.entries(v)) {
			if (keys && !keys.includes(key)) continue;
			out[key] = value(x, inside(w, key));
		}
		return out;
	};
}

const none = () => '';
const empty = <T>() => [] as T[];
const optText = optional(text, none);
const id = text;
const optId = optText;
const ids = optional(list(id), empty<string>);
const score = optional(num(1, 5, true), () => 3);
const emotion = nullable(oneOf([-2, -1, 0, 1, 2] as const));
const CHANNELS: readonly Channel[] = [
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
];
const channel = optional(oneOf(CHANNELS), () => '' as const);

const journeyScope = shape<JourneyScope>({
	name: text,
	segment: optional(oneOf(['', 'internal', 'b2c', 'b2b'] as const), () => '' as const),
	trigger: optText,
	end: optText,
	lifecycle: optional(list(oneOf(LIFECYCLE_STAGES)), empty),
	businessGoal: optText
});

const desiredExperience = shape<DesiredExperience>({
	vision: optText,
	ambitions: optional(list(shape({ id, text })), empty),
	chosenAmbitionId: optId,
	statements: optional(list(text), empty),
	npsTarget: optional(nullable(num(-100, 100)), () => null),
	measures: optional(list(shape({ id, name: text, target: optText })), empty)
});

const journeyPlan = shape<JourneyPlan>({
	title: optText,
	customerGoal: optText,
	expectations: optText,
	phases: list(shape({ id, name: text }))
});

const improvementPlan = shape<ImprovementPlan>({
	feedback: optional(list(shape({ id, what: text, touchpointId: optId })), empty),
	measures: optional(list(shape({ id, name: text, current: optText, target: optText })), empty),
	reviewDate: optText,
	reviewTriggers: optText
});

const agenda = shape<Agenda>({
	start: optText,
	minutes: (v, w) => {
		const given = dict(num(0, MAX_STEP_MINUTES), STEP_IDS)(v === undefined ? {} : v, w);
		return { ...DEFAULT_MINUTES, ...given } as Agenda['minutes'];
	},
	minimum: optional(num(0, MAX_STEP_MINUTES), () => DEFAULT_MINIMUM)
});

const preparation = shape<Preparation>({
	place: optText,
	invitees: ids,
	checklist: (v, w) => {
		const given = dict(bool, CHECKLIST_KEYS)(v === undefined ? {} : v, w);
		return Object.fromEntries(
			CHECKLIST_KEYS.map((k) => [k, given[k] ?? false])
		) as Preparation['checklist'];
	}
});

const facilitation = shape<Facilitation>({
	spentMs: optional(dict(num(0), STEP_IDS), () => ({})),
	notes: optional(dict(text, STEP_IDS), () => ({}))
});

const PLACES = [...STEP_IDS, 'report'] as const;

const machine = optional(
	nullable(
		shape<PersistedMachine>({
			machineVersion: num(0, Infinity, true),
			step: oneOf<StepId | 'report'>(PLACES),
			// The machine restores only a snapshot it recognises (machine/persist.ts).
			snapshot: (v) => v
		})
	),
	() => null
);

const workshopRecord = shape<WorkshopRecord>({
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
	machine
});

const rowBase = { id, workshopId: text, order: num() };

const ROW: { [K in ListName]: Check<WorkshopData[K][number]> } = {
	stakeholders: shape<Stakeholder>({
		...rowBase,
		name: text,
		team: optText,
		role: optText,
		stage: optional(oneOf(['front', 'back'] as const), () => 'front' as const),
		attends: optional(bool, () => true)
	}),
	personas: shape<Persona>({
		...rowBase,
		primary: optional(bool, () => false),
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
	}),
	interviews: shape<Interview>({
		...rowBase,
		label: text,
		role: optText,
		date: optText,
		expectations: optText,
		met: optional(oneOf(['', 'yes', 'partly', 'no'] as const), () => '' as const),
		notes: optional(dict(text), () => ({})),
		quotes: optText,
		painPoints: optText,
		nps: optional(nullable(num(0, 10, true)), () => null),
		npsComment: optText
	}),
	touchpoints: shape<Touchpoint>({
		...rowBase,
		kind: optional(oneOf(['touchpoint', 'gap'] as const), () => 'touchpoint' as const),
		title: text,
		phaseId: optId,
		channel,
		customerAction: optText,
		ownerId: optId,
		importanceCustomer: score,
		importanceBusiness: score,
		emotion: optional(emotion, () => null),
		emotionReason: optText,
		desiredEmotion: optional(emotion, () => null),
		evidence: optional(list(shape({ interviewId: id, quote: text })), empty)
	}),
	opportunities: shape<Opportunity>({
		...rowBase,
		touchpointIds: ids,
		problem: optText,
		idea: optText,
		impact: score,
		effort: score,
		ownerId: optId,
		votes: optional(num(0, Infinity, true), () => 0),
		painPoint: optText
	}),
	actions: shape<Action>({
		...rowBase,
		title: text,
		opportunityId: optId,
		ownerId: optId,
		due: optText,
		status: optional(oneOf(['todo', 'doing', 'done'] as const), () => 'todo' as const)
	})
};
