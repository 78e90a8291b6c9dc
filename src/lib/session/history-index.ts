// What the undo history's document holds, as a plain map indexed by part of the workshop (the
// record, each row): to find what changed in a part without reading Yjs or the whole workshop,
// and to give back a row whole when an undo brings it back. Kept in step with the document by
// the history (history.svelte.ts), which writes every change to both.
import { inHistory } from '$lib/domain/history';
import { sameValue } from '$lib/domain/merge';
import type { ListName, ListTables, WorkshopRecord } from '$lib/domain/types';
import { recordEntries, rowEntries, type Entries } from '$lib/domain/workshop-doc';

/** A part of the workshop: the record, or one row. */
export type Scope = 'record' | { list: ListName; id: string };

/** The workshop as it is now, read as plain values. */
export interface WorkshopNow {
	record(): WorkshopRecord;
	row(list: ListName, id: string): ListTables[ListName] | undefined;
}

const NOTHING: Entries = new Map();
const SEP = '\u001f';
const rowId = (list: ListName, id: string) => `${list}\u0000${id}`;

export class HeldEntries {
	/** Every value held, by key (workshop-doc.ts). */
	readonly values: Entries = new Map();
	#recordKeys = new Set<string>();
	#rowKeys = new Map<string, Set<string>>();

	/** The rows held, whether or not the workshop still has them. */
	*rows(): Generator<{ list: ListName; id: string }> {
		for (const key of this.#rowKeys.keys()) {
			const [list, id] = key.split('\u0000') as [ListName, string];
			yield { list, id };
		}
	}

	/** A row as held, by field. */
	row(list: ListName, id: string): Record<string, unknown> {
		const row: Record<string, unknown> = {};
		for (const key of this.#rowKeys.get(rowId(list, id)) ?? [])
			row[key.slice(key.lastIndexOf(SEP) + 1)] = this.values.get(key);
		return row;
	}

	/** The values held for these parts that differ from the workshop now (undefined: gone). */
	changes(scopes: readonly Scope[], now: WorkshopNow): [string, unknown][] {
		const changes = new Map<string, unknown>();
		const compare = (fresh: Entries, had: Set<string> | undefined, record = false) => {
			for (const [key, value] of fresh)
				if ((!record || inHistory(key)) && !sameValue(this.values.get(key), value))
					changes.set(key, value);
			for (const key of had ?? []) if (!fresh.has(key)) changes.set(key, undefined);
		};
		for (const scope of scopes) {
			if (scope === 'record') {
				compare(recordEntries(now.record()), this.#recordKeys, true);
				continue;
			}
			const row = now.row(scope.list, scope.id);
			compare(
				row ? rowEntries(scope.list, row) : NOTHING,
				this.#rowKeys.get(rowId(scope.list, scope.id))
			);
		}
		return [...changes];
	}

	/** Takes these changes in (undefined: the value is gone). */
	remember(changes: readonly (readonly [string, unknown])[]) {
		for (const [key, value] of changes) {
			const [kind, list, id] = key.split(SEP);
			const at = kind === 'w' ? null : rowId(list as ListName, id!);
			let keys = at ? this.#rowKeys.get(at) : this.#recordKeys;
			if (!keys) this.#rowKeys.set(at!, (keys = new Set()));
			if (value === undefined) {
				this.values.delete(key);
				keys.delete(key);
				if (at && keys.size === 0) this.#rowKeys.delete(at);
			} else {
				this.values.set(key, value);
				keys.add(key);
			}
		}
	}
}
