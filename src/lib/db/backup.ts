// A workshop as a JSON file: the escape hatch when the browser will not save, and the file a
// team lead hands to the facilitator. Writing is `backupBlob`; reading is `parseWorkshopFile`,
// which trusts nothing in the file: it caps the size, refuses prototype keys, brings files from
// older versions up to today's shape (the same upgrades the database runs), checks every field
// it keeps and copies only the fields the app knows. It is pure: nothing is written here.
//
// Here are the envelope (size, JSON, format, version: each its own reason for the screen) and the
// translation of the schema's first issue into "which workshop, list, row and field"; what every
// value must be is the valibot schema in backup-schema.ts.
import * as v from 'valibot';
import { roomForFile } from '$lib/domain/room-landing';
import { LIST_NAMES, type ListName, type WorkshopData } from '$lib/domain/types';
import { backupFileSchema } from './backup-schema';

export const BACKUP_FORMAT = 'journey-workshop';
export const BACKUP_VERSION = 1;
/** 5 MiB: a big workshop is a few hundred kB; anything larger is not what the user meant. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function backupBlob(workshops: WorkshopData[]): Blob {
	const file = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		workshops: workshops.map((data) =>
			data.workshop.live
				? { ...data, workshop: { ...data.workshop, live: roomForFile(data.workshop.live) } }
				: data
		)
	};
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
	/** Set when the trouble is a text that is too long: the most characters the field takes. */
	maxLength?: number;
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
		const result = v.safeParse(FILE, file, { abortEarly: true });
		if (result.success) return { ok: true, workshops: result.output.workshops };
		const [issue] = result.issues;
		const problem = problemOf(issue);
		return { ok: false, error: 'invalid', detail: detailOf(problem, issue.message), problem };
	} catch (e) {
		// A shape no check foresaw tripped an upgrade: still a refusal, never a crash.
		return { ok: false, error: 'invalid', detail: String(e) };
	}
}

const FILE = backupFileSchema(BACKUP_FORMAT, BACKUP_VERSION);

/** Where an issue is, from its path: ["workshops", 1, "touchpoints", 2, "title"] and the like. */
function problemOf(issue: v.BaseIssue<unknown>): Problem {
	const keys = (issue.path ?? []).map((item) => item.key as string | number);
	const [, index, part, row, ...field] = keys;
	const workshop = typeof index === 'number' ? index + 1 : 1;
	// A text over its cap (not a date string over its sanity limit): the screen says how long.
	const tooLong = issue.type === 'max_length' && issue.message.startsWith('text');
	const maxLength = tooLong ? Number(issue.requirement) : undefined;
	const problem: Problem = { workshop, list: null, row: null, field: '' };
	if (maxLength !== undefined) problem.maxLength = maxLength;
	if (isList(part)) {
		problem.list = part;
		if (typeof row === 'number') {
			problem.row = row + 1;
			problem.field = field.join('.');
		}
	} else if (part === 'workshop') {
		problem.field = keys.slice(3).join('.');
	}
	return problem;
}

const isList = (key: unknown): key is ListName => LIST_NAMES.includes(key as ListName);

/** e.g. "workshop 1, touchpoints row 3, evidence.0.quote: expected text". */
function detailOf({ workshop, list, row, field }: Problem, expected: string): string {
	const parts = [`workshop ${workshop}`];
	if (list) parts.push(row === null ? list : `${list} row ${row}`);
	if (field) parts.push(field);
	return `${parts.join(', ')}: expected ${expected}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
