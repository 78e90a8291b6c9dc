// The workshop as flat key → value pairs: the shape two laptops share when a co-facilitator works
// the same workshop (issue 20), in a Yjs map each laptop keeps in step with its own database.
//
// Flat keys, never maps inside maps: two laptops that create the same nested map at once lose
// one side's entries (seen in the live room's tests). A key per field means edits of different
// fields never meet; the same field changed on two laptops at once keeps one value, the same on
// both, and the other laptop's version is offered back with the words tabs use (merge.ts).
//
// Keys (parts joined by U+001F, which no id, list or field name contains):
//   w ␟ path…             a value of the workshop record: each leaf of its objects, lists whole,
//                          as merge.ts measures a change (an empty object is a value too);
//   r ␟ list ␟ id ␟ field  a field of a row;
//   x ␟ list ␟ id          a row deleted: kept, so an edit from the other laptop that crosses
//                          the delete does not bring half a row back.
// Not shared: the record's timestamp and the persisted machine (each window's own place in the
// steps). The live room is shared: both laptops run the same room with the same keys, and its
// ledger keeps either from landing what the other already landed (or deleted).
import { isPlainObject, RECORD_RULES, sameValue, setAt, type Path } from './merge';
import {
	LIST_NAMES,
	type ListName,
	type ListTables,
	type WorkshopData,
	type WorkshopRecord
} from './types';

const SEP = '\u001f';
const NOT_SHARED = new Set(['updatedAt', 'machine']);

export type Entries = Map<string, unknown>;

const recordKey = (path: Path) => ['w', ...path].join(SEP);
export const rowFieldKey = (list: ListName, id: string, field: string) =>
	['r', list, id, field].join(SEP);
export const deletedKey = (list: ListName, id: string) => ['x', list, id].join(SEP);

export type EntryKey =
	| { kind: 'w'; path: string[] }
	| { kind: 'r'; list: ListName; id: string; field: string }
	| { kind: 'x'; list: ListName; id: string };

/** What a key names; null for a key this version does not know (a newer laptop's). */
export function parseKey(key: string): EntryKey | null {
	const [kind, ...rest] = key.split(SEP);
	if (kind === 'w' && rest.length > 0) return { kind, path: rest };
	const [list, id, field] = rest;
	if (!LIST_NAMES.includes(list as ListName) || !id) return null;
	if (kind === 'r' && field && rest.length === 3)
		return { kind, list: list as ListName, id, field };
	if (kind === 'x' && rest.length === 2) return { kind, list: list as ListName, id };
	return null;
}

function leaves(value: unknown, path: Path, out: Entries) {
	if (isPlainObject(value) && Object.keys(value).length > 0 && !RECORD_RULES.atomic?.(path)) {
		for (const [key, inner] of Object.entries(value)) leaves(inner, [...path, key], out);
	} else if (value !== undefined) out.set(recordKey(path), value);
}

/** Every shared value of a workshop, by key. */
export function toEntries(data: WorkshopData): Entries {
	const out = recordEntries(data.workshop);
	for (const list of LIST_NAMES) for (const row of data[list]) rowEntries(list, row, out);
	return out;
}

/** The shared values of the workshop record alone, by key. */
export function recordEntries(record: WorkshopRecord, out: Entries = new Map()): Entries {
	for (const [key, value] of Object.entries(record))
		if (!NOT_SHARED.has(key)) leaves(value, [key], out);
	return out;
}

/** The values of one row, by key. */
export function rowEntries(list: ListName, row: ListTables[ListName], out: Entries = new Map()) {
	for (const [field, value] of Object.entries(row))
		if (value !== undefined) out.set(rowFieldKey(list, row.id, field), value);
	return out;
}

/** What changed from `before` (the state both laptops last agreed on: what this laptop last read
 *  from the shared map or wrote into it, never its own copy alone) to `after`: the keys to set
 *  and to delete. A deleted row's mark is never taken back. */
export function entriesDiff(
	before: Entries,
	after: Entries,
	same: (a: unknown, b: unknown) => boolean
): { set: [string, unknown][]; del: string[] } {
	const set = [...after].filter(
		([key, value]) => !before.has(key) || !same(before.get(key), value)
	);
	const del = [...before.keys()].filter((key) => !after.has(key) && !key.startsWith(`x${SEP}`));
	return { set, del };
}

/**
 * The workshop the entries describe, or null when they hold none yet. `record` gives what is not
 * shared (the timestamp and the machine): this laptop's own record, or a fresh one.
 */
export function fromEntries(entries: Entries, record: WorkshopRecord): WorkshopData | null {
	const parts = [...entries].map(([key, value]) => [key.split(SEP), value] as const);
	const recordParts = parts
		.filter(([p]) => p[0] === 'w')
		// Shorter paths first: a value inside an object that was empty lands in it, not under it.
		.sort(([a], [b]) => a.length - b.length);
	if (recordParts.length === 0) return null;
	const workshop: Record<string, unknown> = {};
	for (const key of NOT_SHARED)
		if (key in record) workshop[key] = structuredClone(record[key as keyof WorkshopRecord]);
	for (const [path, value] of recordParts) setAt(workshop, path.slice(1), structuredClone(value));

	const deleted = new Set(parts.filter(([p]) => p[0] === 'x').map(([p]) => `${p[1]}${SEP}${p[2]}`));
	const rows = new Map<string, Record<string, unknown>>();
	for (const [[kind, list, id, field], value] of parts) {
		if (kind !== 'r' || !list || !id || !field || deleted.has(`${list}${SEP}${id}`)) continue;
		const key = `${list}${SEP}${id}`;
		if (!rows.has(key)) rows.set(key, {});
		rows.get(key)![field] = structuredClone(value);
	}
	const data = { workshop } as unknown as WorkshopData;
	for (const list of LIST_NAMES) {
		const inList = [...rows]
			.filter(([key]) => key.startsWith(`${list}${SEP}`))
			.map(([, row]) => row)
			// A row is whole once its id and order have arrived with it.
			.filter((row) => typeof row.id === 'string' && typeof row.order === 'number')
			.sort((a, b) => (a.order as number) - (b.order as number));
		(data as unknown as Record<string, unknown>)[list] = inList;
	}
	return data;
}

type AnyRow = ListTables[ListName];
interface RowRef {
	list: ListName;
	id: string;
}

/** The rows that have fields among the entries, by their deleted-mark key. */
function rowsOf(entries: Entries): Map<string, RowRef> {
	const rows = new Map<string, RowRef>();
	for (const key of entries.keys()) {
		const at = parseKey(key);
		if (at?.kind === 'r') rows.set(deletedKey(at.list, at.id), { list: at.list, id: at.id });
	}
	return rows;
}

/** Rows that were there when the laptops last agreed and are gone here: to be marked deleted. */
export function removedRows(agreed: Entries, local: Entries): RowRef[] {
	const here = rowsOf(local);
	return [...rowsOf(agreed)].filter(([key]) => !here.has(key)).map(([, row]) => row);
}

/** A row whole from the entries, or null while its id or order is missing or it is deleted. */
function wholeRow(entries: Entries, { list, id }: RowRef): AnyRow | null {
	if (entries.has(deletedKey(list, id))) return null;
	const row: Record<string, unknown> = {};
	for (const [key, value] of entries) {
		const at = parseKey(key);
		if (at?.kind === 'r' && at.list === list && at.id === id)
			row[at.field] = structuredClone(value);
	}
	return typeof row.id === 'string' && typeof row.order === 'number'
		? (row as unknown as AnyRow)
		: null;
}

export interface Incoming {
	/** Record values to set (undefined: to remove). */
	record: [Path, unknown][];
	/** Fields of rows this laptop has. */
	patches: (RowRef & { patch: Record<string, unknown> })[];
	/** Rows new to this laptop, whole. */
	inserts: { list: ListName; row: AnyRow }[];
	removed: RowRef[];
	/** Fields changed on both laptops at once: whose version stays, and the other one. */
	tell: { key: EntryKey & { kind: 'w' | 'r' }; kept: 'here' | 'there'; other: unknown }[];
}

/**
 * What the other laptop changed since the laptops last agreed (`agreed` → `shared`), as changes
 * to make here, where `local` is this laptop's workshop now. A field this laptop has changed too
 * and not sent yet stays as it is here (it goes out next: kept here); a field this laptop sent a
 * moment ago (`sentLately`) and that comes back changed was replaced (kept there).
 */
export function planIncoming(
	agreed: Entries,
	shared: Entries,
	local: Entries,
	sentLately: (key: string) => boolean
): Incoming {
	const { set, del } = entriesDiff(agreed, shared, sameValue);
	const plan: Incoming = { record: [], patches: [], inserts: [], removed: [], tell: [] };
	const here = rowsOf(local);
	const patches = new Map<string, Incoming['patches'][number]>();
	const changes: [string, unknown][] = [
		...set,
		...del.map((key): [string, unknown] => [key, undefined])
	];
	for (const [key, theirs] of changes) {
		const at = parseKey(key);
		if (!at) continue;
		if (at.kind === 'x') {
			if (here.has(key)) plan.removed.push(at);
			continue;
		}
		const mine = local.get(key);
		const was = agreed.get(key);
		if (!sameValue(mine, was) && !sameValue(mine, theirs)) {
			plan.tell.push({ key: at, kept: 'here', other: theirs });
			continue;
		}
		if (sentLately(key) && was !== undefined && !sameValue(was, theirs))
			plan.tell.push({ key: at, kept: 'there', other: was });
		if (at.kind === 'w') {
			plan.record.push([at.path, theirs]);
			continue;
		}
		const row = deletedKey(at.list, at.id);
		if (shared.has(row)) continue;
		if (!here.has(row)) {
			if (!plan.inserts.some((i) => i.list === at.list && i.row.id === at.id)) {
				const whole = wholeRow(shared, at);
				if (whole) plan.inserts.push({ list: at.list, row: whole });
			}
			continue;
		}
		if (!patches.has(row)) patches.set(row, { list: at.list, id: at.id, patch: {} });
		patches.get(row)!.patch[at.field] = theirs;
	}
	plan.patches = [...patches.values()];
	return plan;
}

/**
 * The changes to make in this laptop's workshop, given the keys that changed and their new
 * values (undefined: gone), as an undo brings them: a row whose id goes is removed, a row whose
 * fields come back while it is not here is put back whole, the rest are patches. `hasRow` says
 * whether the workshop has the row now; `rowAfter` gives a row's values after the change, by
 * field (the history keeps them by row, so nothing here reads the whole workshop).
 */
export function planChanges(
	changes: readonly (readonly [string, unknown])[],
	rowAfter: (list: ListName, id: string) => Record<string, unknown>,
	hasRow: (list: ListName, id: string) => boolean
): Incoming {
	const plan: Incoming = { record: [], patches: [], inserts: [], removed: [], tell: [] };
	const patches = new Map<string, Incoming['patches'][number]>();
	for (const [key, value] of changes) {
		const at = parseKey(key);
		if (!at || at.kind === 'x') continue;
		if (at.kind === 'w') {
			plan.record.push([at.path, value]);
			continue;
		}
		const row = deletedKey(at.list, at.id);
		if (!hasRow(at.list, at.id)) {
			if (plan.inserts.some((i) => i.list === at.list && i.row.id === at.id)) continue;
			const row = structuredClone(rowAfter(at.list, at.id));
			// A row is whole once its id and order are there.
			if (typeof row.id === 'string' && typeof row.order === 'number')
				plan.inserts.push({ list: at.list, row: row as unknown as AnyRow });
			continue;
		}
		if (at.field === 'id' && value === undefined) {
			if (!plan.removed.some((r) => r.list === at.list && r.id === at.id))
				plan.removed.push({ list: at.list, id: at.id });
			continue;
		}
		if (!patches.has(row)) patches.set(row, { list: at.list, id: at.id, patch: {} });
		patches.get(row)!.patch[at.field] = value;
	}
	plan.patches = [...patches.values()].filter(
		(p) => !plan.removed.some((r) => r.list === p.list && r.id === p.id)
	);
	return plan;
}
