// Undo and redo of every edit made in this window, on Yjs's own undo engine (Y.UndoManager).
//
// The workshop lives in the session's state and in IndexedDB; beside it this window keeps a Y.Doc
// holding the workshop as flat field entries (domain/workshop-doc.ts, the shape co-facilitation
// shares). Every change of the session is written into that document as it happens, marked with
// who made it: this window's person (MINE, which the undo manager tracks) or somebody else — a
// tab, the other laptop, a phone in the live room, the merge of a save (ELSEWHERE, not tracked).
// So an undo takes back only this person's changes, and Yjs leaves alone a value somebody else
// changed since (it never overwrites a newer value it did not make).
//
// An undo changes the document; what it changed is made in the session like any edit (saved by
// autosave, sent to other tabs and the other laptop), without being written back as a new step.
//
// Steps: typing in one field is one step until a pause (PAUSE_MS), as in an editor; any other
// edit — add, delete, move, a score, a vote, a choice — is a step of its own, so no key ever undoes
// two things at once. Each step remembers what it was (domain/history.ts names it) and where the
// person was, so an undo made from another step goes there and shows the change.
//
// It lives as long as the page: a reload starts a new history (what is saved stays saved).
import * as Y from 'yjs';
import { describeChange, type ChangeLabel } from '$lib/domain/history';
import {
	LIST_NAMES,
	type ListName,
	type ListTables,
	type Place,
	type WorkshopRecord
} from '$lib/domain/types';
import { planChanges, type Incoming } from '$lib/domain/workshop-doc';
import { HeldEntries, type Scope } from './history-index';

const MINE = Symbol('this window');
const ELSEWHERE = Symbol('elsewhere');
/** Typing in one field with no pause this long is one step. */
export const PAUSE_MS = 1000;
/** The most steps kept (the issue asks for at least 200). */
export const KEEP_STEPS = 500;

/** One step of the history: what it did and where it was done (null: no step to go to). */
export interface HistoryStep {
	label: ChangeLabel;
	where: Place | null;
}

/** The session as the history needs it. */
export interface HistoryHost {
	record(): WorkshopRecord;
	list(list: ListName): readonly ListTables[ListName][];
	/** Where this window is now, or null where steps are not shown (preparation). */
	where(): Place | null;
	goto(place: Place): void;
	/** Makes an undo's changes in the workshop, as an edit of this window. */
	apply(plan: Incoming): void;
}

const rowId = (list: ListName, id: string) => `${list}\u0000${id}`;

export class History {
	/** What Undo and Redo would do now (the buttons' labels), or null when nothing. */
	undoStep: HistoryStep | null = $state.raw(null);
	redoStep: HistoryStep | null = $state.raw(null);
	/** The step last undone or redone, for the screen to say so and show it; `n` counts them. */
	shown: { step: HistoryStep; redo: boolean; n: number } | null = $state.raw(null);

	#doc = new Y.Doc();
	#map = this.#doc.getMap<unknown>('workshop');
	#undo: Y.UndoManager;
	/** What the document holds, as plain values (to compare without reading Yjs). */
	#held = new HeldEntries();
	#origin: symbol = MINE;
	#applying = false;
	/** The parts changed since the last capture, written as one step at the end of the task. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	#pending = new Map<string, Scope>();
	#subject: string | undefined;
	#scheduled = false;
	/** The field the last step of typing was in, while it may still grow. */
	#typing: string | null = null;
	#typedAt = 0;
	#typingField: object | null = null;
	#typedIn: object | null | undefined;
	#textUndo = false;

	constructor(private host: HistoryHost) {
		this.#undo = new Y.UndoManager(this.#map, {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Yjs's option, never shown
			trackedOrigins: new Set([MINE]),
			captureTimeout: PAUSE_MS
		});
		this.#origin = ELSEWHERE;
		this.#capture(this.#allScopes());
		this.#origin = MINE;
		this.#map.observe((event) => {
			if (event.transaction.origin === this.#undo) this.#applyUndo(event.keysChanged);
		});
	}

	/** The newest step, as an object that stays the same while it is the newest. */
	get top(): unknown {
		return this.#undo.undoStack.at(-1) ?? null;
	}

	/**
	 * Notes that a part of the workshop changed. Everything changed in one task (a key press, a
	 * click, a drop) is written as one step when the task ends; `subject` is the row the person
	 * acted on.
	 */
	touch(scope: Scope, subject?: string) {
		if (this.#applying) return;
		this.#pending.set(scope === 'record' ? scope : rowId(scope.list, scope.id), scope);
		this.#subject ??= subject;
		if (this.#scheduled) return;
		this.#scheduled = true;
		queueMicrotask(() => this.flush());
	}

	/** Writes the changes noted so far now. */
	flush() {
		this.#scheduled = false;
		const scopes = [...this.#pending.values()];
		const subject = this.#subject;
		this.#pending.clear();
		this.#subject = undefined;
		if (scopes.length) this.#capture(scopes, subject);
	}

	/** Writes what changed in these parts into the document: as this person's step, or as
	 *  somebody else's inside `elsewhere`. */
	#capture(scopes: readonly Scope[], subject?: string) {
		const rowOf = this.#rows();
		const changes = this.#held.changes(scopes, {
			record: () => $state.snapshot(this.host.record()) as WorkshopRecord,
			row: (list, id) => {
				const row = rowOf(list, id);
				return row && ($state.snapshot(row) as typeof row);
			}
		});
		if (changes.length === 0) return;
		const mine = this.#origin === MINE && !this.#textUndo;
		const label = mine ? describeChange(this.#held.values, changes, subject) : null;
		if (mine) this.#startStep(changes);
		this.#doc.transact(
			() => {
				for (const [key, value] of changes)
					if (value === undefined) this.#map.delete(key);
					else this.#map.set(key, value);
			},
			mine ? MINE : ELSEWHERE
		);
		this.#held.remember(changes);
		if (label) this.#nameStep(label);
		else this.#typing = null;
		this.#refresh();
	}

	/** Runs `change` as somebody else's (another tab, the other laptop, a phone): not undoable
	 *  here. Changes made straight in the state (a merge) are looked for in `scopes` (all of the
	 *  workshop when not given), unless `change` says it changed nothing (false). */
	elsewhere(change: () => boolean | void, scopes?: readonly Scope[]) {
		this.flush();
		const was = this.#origin;
		this.#origin = ELSEWHERE;
		try {
			const looked = change() === false ? [] : (scopes ?? this.#allScopes());
			this.#capture([...looked, ...this.#pending.values()]);
		} finally {
			this.#pending.clear();
			this.#subject = undefined;
			this.#origin = was;
		}
	}

	undo(): boolean {
		return this.#pop('undo');
	}

	/** The browser is undoing (or redoing) text in a field: the change that follows is the
	 *  field's own, not a new step; the app's steps of that typing simply have nothing left. */
	textUndo() {
		this.flush();
		this.#textUndo = true;
		setTimeout(() => (this.#textUndo = false));
	}

	redo(): boolean {
		return this.#pop('redo');
	}

	destroy() {
		this.#undo.destroy();
		this.#doc.destroy();
	}

	#pop(kind: 'undo' | 'redo'): boolean {
		this.flush();
		this.#undo.stopCapturing();
		this.#typing = null;
		this.#applying = true;
		let item: Y.UndoManager['undoStack'][number] | null;
		try {
			item = kind === 'undo' ? this.#undo.undo() : this.#undo.redo();
		} finally {
			this.#applying = false;
		}
		if (!item) return false;
		const step = item.meta.get('step') as HistoryStep;
		// The step goes to the other stack with its name and place, for the way back.
		const other = kind === 'undo' ? this.#undo.redoStack : this.#undo.undoStack;
		other.at(-1)?.meta.set('step', step);
		if (step.where && step.where !== this.host.where()) this.host.goto(step.where);
		this.shown = { step, redo: kind === 'redo', n: (this.shown?.n ?? 0) + 1 };
		this.#refresh();
		return true;
	}

	#applyUndo(keys: Set<string | null>) {
		const changes: [string, unknown][] = [];
		for (const key of keys)
			if (key !== null) changes.push([key, this.#map.has(key) ? this.#map.get(key) : undefined]);
		this.#held.remember(changes);
		const rowOf = this.#rows();
		const plan = planChanges(
			changes,
			(list, id) => this.#held.row(list, id),
			(list, id) => !!rowOf(list, id)
		);
		this.host.apply(plan);
		// What the undo made in the session is in the document already: not a step of its own.
		this.#pending.clear();
		this.#subject = undefined;
	}

	/** A step of typing goes on while the same field is typed in; anything else starts anew. */
	#startStep(changes: [string, unknown][]) {
		const [key, value] = changes[0]!;
		const hint = this.#typedIn;
		this.#typedIn = undefined;
		// Typing: a text field's input (the page says which field), or, where no page says,
		// a text changed as text; a pick in a list or a click never is.
		const typing =
			changes.length === 1 &&
			(hint !== undefined
				? hint !== null
				: typeof value === 'string' && typeof this.#held.values.get(key) === 'string');
		const now = Date.now();
		const same = key === this.#typing && (hint ?? null) === this.#typingField;
		if (!typing || !same || now - this.#typedAt > PAUSE_MS) this.#undo.stopCapturing();
		this.#typing = typing ? key : null;
		this.#typingField = typing ? (hint ?? null) : null;
		this.#typedAt = now;
	}

	/** The change that follows comes from typing in this text field (null: from a choice, a
	 *  select or a box ticked). Letters typed into one field are one step until a pause. */
	typedIn(field: object | null) {
		this.#typedIn = field;
		setTimeout(() => (this.#typedIn = undefined));
	}

	#nameStep(label: ChangeLabel) {
		const item = this.#undo.undoStack.at(-1);
		if (!item) return;
		const was = item.meta.get('step') as HistoryStep | undefined;
		item.meta.set('step', { label, where: was?.where ?? this.host.where() } satisfies HistoryStep);
		// Anything but typing is a step of its own: the next change starts another.
		if (!this.#typing) this.#undo.stopCapturing();
		const over = this.#undo.undoStack.length - KEEP_STEPS;
		if (over > 0) this.#undo.undoStack.splice(0, over);
	}

	#refresh() {
		this.undoStep = (this.#undo.undoStack.at(-1)?.meta.get('step') as HistoryStep) ?? null;
		this.redoStep = (this.#undo.redoStack.at(-1)?.meta.get('step') as HistoryStep) ?? null;
	}

	#allScopes(): Scope[] {
		const scopes: Scope[] = ['record'];
		for (const list of LIST_NAMES)
			for (const { id } of this.host.list(list)) scopes.push({ list, id });
		const rowOf = this.#rows();
		for (const row of this.#held.rows()) if (!rowOf(row.list, row.id)) scopes.push(row);
		return scopes;
	}

	/** The workshop's rows by id, looked up once per list for one capture or undo (hundreds of
	 *  rows change together when one moves). */
	#rows() {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup for this call
		const lists = new Map<ListName, Map<string, ListTables[ListName]>>();
		return (list: ListName, id: string) => {
			let rows = lists.get(list);
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup for this call
			if (!rows) lists.set(list, (rows = new Map(this.host.list(list).map((r) => [r.id, r]))));
			return rows.get(id);
		};
	}
}
