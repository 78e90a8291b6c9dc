// The undo history's rules, in plain data: which of the workshop's values a person's undo may
// take back, and what one step of the history did, in words the app can say ("Undo: delete
// touchpoint 'Order form'"). The name is worked out from the values the step changed, so every
// kind of edit is named without each screen naming its own.
//
// Not in the history: the time the room spent on each step (the timer writes it as it runs) and
// the live room's own record (opening and closing a room are not edits of the map); the record's
// timestamp and the machine are not shared values at all (workshop-doc.ts).
import type { ListName, StepId } from './types';
import { parseKey, rowFieldKey, type Entries, type EntryKey } from './workshop-doc';

/** Whether a value of the workshop is one a person's undo can take back. */
export function inHistory(key: string): boolean {
	const at = parseKey(key);
	if (!at) return false;
	if (at.kind !== 'w') return true;
	const [top, next] = at.path;
	return top !== 'live' && !(top === 'facilitation' && next === 'spentMs');
}

export type ChangeKind = 'add' | 'delete' | 'move' | 'score' | 'vote' | 'edit';

/** Where a change of the workshop record belongs: a step, the preparation, or the notes. */
export type Area = StepId | 'prepare' | 'notes';

/** One step of the history, described. */
export interface ChangeLabel {
	kind: ChangeKind;
	/** The list of the row changed, or null for the workshop record. */
	list: ListName | null;
	/** The row acted on (what an undo shows), or null for the record. */
	id: string | null;
	/** A gap rather than a touchpoint (step 7 names them apart). */
	gap?: boolean;
	/** The row's own text (its title or name), or '' when it has none. */
	name: string;
	/** How many rows it added or deleted (more than one: a paste, a phase with its cards). */
	count: number;
	/** For the record: where the change belongs. */
	area: Area | null;
}

const SCORES = new Set([
	'emotion',
	'desiredEmotion',
	'importanceCustomer',
	'importanceBusiness',
	'impact',
	'effort'
]);
const MOVES = new Set(['order', 'phaseId']);

/** The field of a row that names it, in order of preference. */
const NAME_FIELDS: Record<ListName, readonly string[]> = {
	stakeholders: ['name', 'team', 'role'],
	personas: ['name', 'jobTitle'],
	interviews: ['label', 'role'],
	touchpoints: ['title'],
	opportunities: ['idea', 'problem'],
	actions: ['title']
};

const RECORD_AREAS: Record<string, Area> = {
	journey: 'journey',
	experience: 'experience',
	plan: 'plan',
	improve: 'improve',
	facilitation: 'notes'
};

function areaOf(path: readonly string[]): Area {
	return RECORD_AREAS[path[0] ?? ''] ?? 'prepare';
}

type RowKey = EntryKey & { kind: 'r' };

/**
 * Describes a change: `changes` are the keys it changed with their new values (undefined: gone),
 * `before` the values before it. `subject` is the row the person acted on, when the change
 * touched several (a move renumbers its neighbours).
 */
export function describeChange(
	before: Entries,
	changes: readonly (readonly [string, unknown])[],
	subject?: string
): ChangeLabel {
	const rows: RowKey[] = [];
	const record: string[][] = [];
	for (const [key] of changes) {
		const at = parseKey(key);
		if (at?.kind === 'r') rows.push(at);
		else if (at?.kind === 'w') record.push(at.path);
	}
	if (rows.length === 0) {
		return {
			kind: 'edit',
			list: null,
			id: null,
			name: '',
			count: 1,
			area: record[0] ? areaOf(record[0]) : null
		};
	}
	const value = new Map(changes);
	const idKeys = rows.filter((r) => r.field === 'id');
	const added = idKeys.filter((r) => value.get(keyOf(r)) !== undefined);
	const deleted = idKeys.filter((r) => value.get(keyOf(r)) === undefined);
	const fields = new Set(rows.map((r) => r.field));
	const pick = (within: RowKey[]) =>
		within.find((r) => r.id === subject) ??
		within.find((r) => r.field === 'phaseId') ??
		within.find((r) => r.field !== 'order') ??
		within[0]!;
	let kind: ChangeKind;
	let row: RowKey;
	let count = 1;
	if (added.length > 0) [kind, row, count] = ['add', pick(added), added.length];
	else if (deleted.length > 0) [kind, row, count] = ['delete', pick(deleted), deleted.length];
	else {
		row = pick(rows);
		kind = [...fields].every((f) => MOVES.has(f))
			? 'move'
			: [...fields].every((f) => SCORES.has(f))
				? 'score'
				: fields.has('votes') || fields.has('roomVotes')
					? 'vote'
					: 'edit';
	}
	// The name as it reads after the change (what was typed), or before it (what was deleted).
	const read = (field: string) => {
		const key = keyOf({ ...row, field });
		return value.has(key) ? value.get(key) : before.get(key);
	};
	const text = (read: (f: string) => unknown) =>
		NAME_FIELDS[row.list]
			.map((f) => read(f))
			.find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? '';
	const name = text(read) || text((f) => before.get(keyOf({ ...row, field: f })));
	const gap = row.list === 'touchpoints' && read('kind') === 'gap';
	return { kind, list: row.list, id: row.id, gap, name: name.trim(), count, area: null };
}

const keyOf = (at: RowKey) => rowFieldKey(at.list, at.id, at.field);
