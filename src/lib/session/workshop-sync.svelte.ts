// Keeps one open workshop in step with everything else that writes it: another tab, the presenter
// window, an import that replaced it. It remembers the stored copy this tab last saw (the base)
// of the record and of every row. Writes merge against it (db/sync.ts); what the live query
// reports is merged into the screen's state the same way, leaving alone whatever this tab has
// changed and not yet saved. A field changed in both places at once keeps the version saved last
// and is listed in `conflicts` in both tabs, each with the version it does not show, one click
// from being taken back: nothing is replaced without a word.
import {
	changedPaths,
	merge3,
	rebase,
	RECORD_RULES,
	sameValue,
	valueAt,
	type Conflict,
	type MergeRules,
	type Path
} from '$lib/domain/merge';
import {
	LIST_NAMES,
	type ListName,
	type ListTables,
	type WorkshopData,
	type WorkshopRecord
} from '$lib/domain/types';
import type { Committed } from '$lib/db/autosave';
import type { JourneyDb } from '$lib/db/db';
import { putRecordMerged, putRowMerged } from '$lib/db/sync';
import { deleteRow } from '$lib/db/workshops';
import type { Scope } from './history-index';
import { openSyncChannel, type Overwrote } from './sync-channel';

type AnyRow = ListTables[ListName];

export interface SyncConflict {
	/** The list of the row, or null for the workshop record. */
	list: ListName | null;
	id: string;
	path: Path;
	/** Whose version is saved: this tab's, or the other tab's (this tab's was replaced). */
	kept: 'here' | 'there';
	/** The version not saved, which one click puts back. */
	other: unknown;
	/** The row was deleted elsewhere while edited here: it is kept, with this tab's edits. */
	deleted?: boolean;
	/** The other version came from the co-facilitator's laptop, not another tab here. */
	afar?: boolean;
}

const keyOf = (name: ListName, id: string) => `${name}:${id}`;
const pathKey = (list: ListName | null, id: string, path: Path) =>
	[list ?? 'workshop', id, ...path].join('\u0000');
/** How long this tab answers for a value it saved: a message about it after that is old news. */
const OWN_MS = 60_000;

export class WorkshopSync {
	/** Fields changed here and elsewhere at once, newest last; this tab's version was kept. */
	conflicts: SyncConflict[] = $state([]);
	/** The workshop was deleted elsewhere while open here; this tab stopped writing it. */
	gone = $state(false);
	#record: WorkshopRecord;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	#rows = new Map<string, AnyRow>();
	/** The values this tab saved lately, by field: to know a message is about its own text. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	#saved = new Map<string, { value: unknown; at: number }>();
	#channel = openSyncChannel((m) => this.#heard(m));

	constructor(
		private db: JourneyDb,
		private local: WorkshopData,
		/** Runs a merge into the screen's state as somebody else's change (the undo history's
		 *  `elsewhere`), saying which part it may change. */
		private elsewhere: (change: () => boolean, scopes: Scope[]) => void = (change) => void change()
	) {
		const start = $state.snapshot(local) as WorkshopData;
		this.#record = start.workshop;
		this.#rememberRows(start);
	}

	close() {
		this.#channel.close();
	}

	/** The write of the workshop record, for autosave: merged with what is stored now. */
	async writeRecord(leaving: boolean): Promise<Committed | void> {
		if (this.gone) return;
		const mine = $state.snapshot(this.local.workshop) as WorkshopRecord;
		const merged = await putRecordMerged(this.db, this.#record, mine, leaving);
		return () => {
			if (!merged) return void (this.gone = true);
			this.#remember(null, mine.id, this.#record, mine, RECORD_RULES);
			this.#record = merged.value;
			this.elsewhere(() => {
				rebase(this.local.workshop as never, mine, merged.value);
				return !sameValue(mine, merged.value);
			}, ['record']);
			this.#note(null, mine.id, merged.conflicts);
		};
	}

	/** The write of one row (read when it runs, so it is always the newest copy). */
	async writeRow<K extends ListName>(
		name: K,
		row: ListTables[K],
		leaving: boolean
	): Promise<Committed | void> {
		if (this.gone) return;
		const key = keyOf(name, row.id);
		const mine = $state.snapshot(row) as ListTables[K];
		const base = this.#rows.get(key) as ListTables[K] | undefined;
		const written = await putRowMerged(this.db, name, base, mine, leaving);
		return () => {
			this.#remember(name, row.id, base, mine);
			this.#rows.set(key, written.value);
			this.elsewhere(() => {
				rebase(row as never, mine, written.value);
				return !sameValue(mine, written.value);
			}, [{ list: name, id: row.id }]);
			this.#note(name, row.id, written.conflicts);
			if (written.revived) this.#noteDeleted(name, row.id, mine);
		};
	}

	async deleteRow(name: ListName, id: string): Promise<Committed | void> {
		if (this.gone) return;
		await deleteRow(this.db, name, id);
		return () => void this.#rows.delete(keyOf(name, id));
	}

	/** Writes this tab's whole copy again (after the workshop was deleted elsewhere). */
	async keepAll(write: (data: WorkshopData) => Promise<void>) {
		const all = $state.snapshot(this.local) as WorkshopData;
		await write(all);
		this.#record = all.workshop;
		this.#rows.clear();
		this.#rememberRows(all);
		this.gone = false;
	}

	/**
	 * Takes in the stored workshop as the live query reports it (undefined: deleted). Returns
	 * true when the screen's data changed.
	 */
	receive(stored: WorkshopData | undefined): boolean {
		if (!stored) {
			this.gone = true;
			return false;
		}
		if (this.gone) return false;
		let changed = false;
		if (!sameValue(stored.workshop, this.#record)) {
			const mine = $state.snapshot(this.local.workshop) as WorkshopRecord;
			const merged = merge3(this.#record, mine, stored.workshop, RECORD_RULES);
			rebase(this.local.workshop as never, mine, merged.value);
			this.#record = stored.workshop;
			this.#note(null, mine.id, merged.conflicts);
			changed = true;
		}
		for (const name of LIST_NAMES) changed = this.#receiveList(name, stored[name]) || changed;
		return changed;
	}

	#remember(list: ListName | null, id: string, base: unknown, mine: unknown, rules?: MergeRules) {
		const at = Date.now();
		for (const path of changedPaths(base, mine, rules))
			if (!rules?.quiet?.(path))
				this.#saved.set(pathKey(list, id, path), { value: valueAt(mine, path), at });
	}

	/** Another tab saved its version over one this tab had saved: say so here. */
	#heard(m: Overwrote) {
		if (m.workshopId !== this.#record.id) return;
		const mine = this.#saved.get(pathKey(m.list, m.id, m.path));
		if (!mine || Date.now() - mine.at > OWN_MS || !sameValue(mine.value, m.lost)) return;
		this.#add({ list: m.list, id: m.id, path: m.path, kept: 'there', other: m.lost });
	}

	/** A field changed here and on the co-facilitator's laptop at once (co-facilitation.ts). */
	heardFromAfar(conflict: SyncConflict) {
		this.#add(conflict);
	}

	dismiss(conflict: SyncConflict) {
		this.conflicts = this.conflicts.filter((c) => c !== conflict);
	}

	#receiveList<K extends ListName>(name: K, stored: readonly ListTables[K][]): boolean {
		const list = this.local[name] as ListTables[K][];
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup for this call
		const storedIds = new Set(stored.map((r) => r.id));
		let changed = false;
		for (const [key, base] of this.#rows) {
			if (!key.startsWith(`${name}:`) || storedIds.has(base.id)) continue;
			this.#rows.delete(key);
			const index = list.findIndex((r) => r.id === base.id);
			if (index < 0) continue;
			const here = $state.snapshot(list[index]) as ListTables[K];
			// Deleted elsewhere: gone here too, unless this tab has edits not yet saved — then it
			// stays (its pending write stores it again) and the person is told.
			if (sameValue(here, base)) {
				list.splice(index, 1);
				changed = true;
			} else this.#noteDeleted(name, base.id, here);
		}
		for (const row of stored) {
			const key = keyOf(name, row.id);
			const base = this.#rows.get(key) as ListTables[K] | undefined;
			if (base && sameValue(base, row)) continue;
			this.#rows.set(key, row);
			const here = list.find((r) => r.id === row.id);
			if (!here) {
				// New elsewhere; a row this tab has just deleted (base known) stays deleted.
				if (!base) list.push(structuredClone(row));
				changed ||= !base;
				continue;
			}
			const mine = $state.snapshot(here) as ListTables[K];
			const merged = merge3(base ?? row, mine, row);
			rebase(here as never, mine, merged.value);
			this.#note(name, row.id, merged.conflicts);
			changed ||= !sameValue(mine, merged.value);
		}
		if (changed && list.some((r, i) => r.order !== i)) list.sort((a, b) => a.order - b.order);
		return changed;
	}

	#rememberRows(data: WorkshopData) {
		for (const name of LIST_NAMES)
			for (const row of data[name]) this.#rows.set(keyOf(name, row.id), row);
	}

	/** This tab's version was kept over the other's: tell this tab, and the other. */
	#note(list: ListName | null, id: string, conflicts: readonly Conflict[]) {
		for (const { path, theirs } of conflicts) {
			this.#add({ list, id, path, kept: 'here', other: theirs });
			this.#channel.post({ workshopId: this.#record.id, list, id, path, lost: theirs });
		}
	}

	#noteDeleted(list: ListName, id: string, mine: AnyRow) {
		this.#add({ list, id, path: [], kept: 'here', other: mine, deleted: true });
	}

	#add(conflict: SyncConflict) {
		const same = (c: SyncConflict) =>
			c.list === conflict.list && c.id === conflict.id && sameValue(c.path, conflict.path);
		this.conflicts = [...this.conflicts.filter((c) => !same(c)), conflict];
	}
}
