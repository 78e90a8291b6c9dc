// Three-way merge of one stored value (the workshop record, or one row of a list) edited in two
// places at once — two tabs, or a tab and the presenter window. Each side's changes are measured
// against the copy both started from (`base`): a field only one side changed takes that side's
// value, so edits of different fields never undo each other. A field both changed to different
// values keeps `mine` (the edit this tab has just made) and is reported, so the person can see
// the other version and choose it instead: nothing is overwritten silently.

export type Path = readonly string[];

export interface Conflict {
	path: Path;
	mine: unknown;
	theirs: unknown;
}

export interface MergeRules {
	/** Paths merged as one value, never field by field (a machine snapshot). */
	atomic?: (path: Path) => boolean;
	/** Paths where both sides differing is expected and not worth a word (timestamps). */
	quiet?: (path: Path) => boolean;
}

export interface Merged<T> {
	value: T;
	conflicts: Conflict[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** Structural equality of plain data (what IndexedDB stores: objects, arrays, primitives). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
	if (isPlainObject(a) && isPlainObject(b)) {
		const keys = Object.keys(a);
		if (keys.length !== Object.keys(b).length) return false;
		return keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
	}
	return false;
}

export function merge3<T>(base: T, mine: T, theirs: T, rules: MergeRules = {}): Merged<T> {
	const conflicts: Conflict[] = [];
	const value = mergeAt([], base, mine, theirs, rules, conflicts) as T;
	return { value, conflicts };
}

function mergeAt(
	path: Path,
	base: unknown,
	mine: unknown,
	theirs: unknown,
	rules: MergeRules,
	conflicts: Conflict[]
): unknown {
	if (sameValue(mine, theirs) || sameValue(base, theirs)) return mine;
	if (sameValue(base, mine)) return theirs;
	if (isPlainObject(mine) && isPlainObject(theirs) && !rules.atomic?.(path)) {
		const from = isPlainObject(base) ? base : {};
		const out: Record<string, unknown> = {};
		for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
			const merged = mergeAt([...path, key], from[key], mine[key], theirs[key], rules, conflicts);
			if (merged !== undefined) out[key] = merged;
		}
		return out;
	}
	if (!rules.quiet?.(path)) conflicts.push({ path, mine, theirs });
	return mine;
}

export function valueAt(root: unknown, path: Path): unknown {
	let at = root;
	for (const key of path) {
		if (!isPlainObject(at)) return undefined;
		at = at[key];
	}
	return at;
}

/** The paths of the single values that differ between `a` and `b` (lists count as one value). */
export function changedPaths(
	a: unknown,
	b: unknown,
	rules: MergeRules = {},
	path: Path = []
): Path[] {
	if (sameValue(a, b)) return [];
	if (!isPlainObject(a) || !isPlainObject(b) || rules.atomic?.(path)) return [path];
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) =>
		changedPaths(a[key], b[key], rules, [...path, key])
	);
}

/**
 * Brings `target` (live state) from `from` to `to`, field by field, but leaves alone any field
 * `target` has changed away from `from` in the meantime: typing that happened while a save or a
 * read was on its way is never thrown away. Values are copied, never shared with `to`.
 */
export function rebase(target: Record<string, unknown>, from: unknown, to: unknown): void {
	const before = isPlainObject(from) ? from : {};
	const after = isPlainObject(to) ? to : {};
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		const was = before[key];
		const now = after[key];
		if (sameValue(was, now)) continue;
		const here = target[key];
		if (isPlainObject(here) && isPlainObject(was) && isPlainObject(now)) rebase(here, was, now);
		else if (sameValue(here, was)) {
			if (now === undefined) delete target[key];
			else target[key] = structuredClone(now);
		}
	}
}

/** Writes `value` at `path` inside `root`, making the objects on the way when they are missing. */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
	if (path.length === 0) return;
	let at = root;
	for (const key of path.slice(0, -1)) {
		if (!isPlainObject(at[key])) at[key] = {};
		at = at[key] as Record<string, unknown>;
	}
	at[path[path.length - 1]!] = value;
}

/**
 * The workshop record: the persisted machine (where this tab is in the steps) is one value, and
 * it, the timestamp and the time spent per step are each tab's own bookkeeping, never a question
 * to put to the person.
 */
export const RECORD_RULES: MergeRules = {
	atomic: (path) => path[0] === 'machine',
	quiet: (path) =>
		path[0] === 'updatedAt' ||
		path[0] === 'machine' ||
		(path[0] === 'facilitation' && path[1] === 'spentMs')
};
