// One open workshop in the browser: its data as Svelte state, the workshop machine, and
// autosave. Edits change the state at once (the screen never waits for the disk) and are
// written to IndexedDB within 250 ms, one row per edit. This sits with the components in the
// layers: it joins the machine and the database, which never import each other.
//
// A touchpoint card added here and left with nothing in it is a draft (isDraftTouchpoint): it is
// never written, not by autosave nor by the flush when the tab closes, and it is dropped when the
// room moves to another step, so no "Untitled touchpoint" reaches steps 8 and 9, the report or
// the workshop file. Empty touchpoints already stored (by older versions) are left alone.
import { untrack } from 'svelte';
import { createActor } from 'xstate';
import { allStatuses, hasJourneyName } from '$lib/domain/steps';
import { newRow } from '$lib/domain/factories';
import { isDraftTouchpoint } from '$lib/domain/touchpoints';
import { setAt } from '$lib/domain/merge';
import type { Incoming } from '$lib/domain/workshop-doc';
import {
	LIST_NAMES,
	type ListName,
	type ListTables,
	type StepId,
	type Touchpoint,
	type WorkshopData,
	type WorkshopRecord,
	type Place
} from '$lib/domain/types';
import { ActorState } from '$lib/machine/actor-state.svelte';
import { persist, restore } from '$lib/machine/persist';
import { placeOf, type WorkshopFacts, type workshopMachine } from '$lib/machine/workshop.machine';
import { Autosave, type SaveStatus } from '$lib/db/autosave';
import { flushBeforeUpgrade, getDb, writeTogether, type JourneyDb } from '$lib/db/db';
import { watchWorkshop } from '$lib/db/watch';
import { saveWorkshop } from '$lib/db/workshops';
import { History } from './history.svelte';
import { StepTimer } from './step-timer.svelte';
import { UndoState } from './undo.svelte';
import { WorkshopSync, type SyncConflict } from './workshop-sync.svelte';

type Row<K extends ListName> = ListTables[K];

export type { SaveStatus };

/** Opens a session on the app's database: the way pages start editing a workshop. */
export function openSession(data: WorkshopData): WorkshopSession {
	return new WorkshopSession(getDb(), data);
}

export function factsOf(data: WorkshopData): WorkshopFacts {
	return { statuses: allStatuses(data), hasJourneyName: hasJourneyName(data) };
}

export class WorkshopSession {
	data: WorkshopData = $state() as WorkshopData;
	saveStatus: SaveStatus = $state('saved');
	readonly machine: ActorState<ReturnType<typeof createActor<typeof workshopMachine>>>;
	readonly autosave: Autosave;
	/** Undo and redo of this window's edits. */
	readonly history: History;
	/** The last deletion, which the toast offers to undo. */
	readonly undo: UndoState;
	/** Whether this window shows the steps (an undo goes to the step of its change); the
	 *  preparation page does not. */
	showsSteps = true;
	/** The timer of the step the room is on (on the report, the last step's). */
	readonly timer: StepTimer;
	/** Other tabs' and windows' edits of this workshop, merged in as they are stored. */
	readonly sync: WorkshopSync;
	#lastPlace: Place;
	#unsubscribe: () => void;
	/** Touchpoints added in this session: only these can be drafts (see the top). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	#born = new Set<string>();

	constructor(
		readonly db: JourneyDb,
		initial: WorkshopData
	) {
		this.data = initial;
		this.history = new History({
			record: () => this.data.workshop,
			list: (list) => this.data[list],
			where: () => (this.showsSteps ? this.place : null),
			goto: (step) => this.send({ type: 'nav.goto', step }),
			apply: (plan) => this.applyChanges(plan)
		});
		this.undo = new UndoState(this.history);
		this.sync = new WorkshopSync(db, this.data, (change, scopes) =>
			this.history.elsewhere(change, scopes)
		);
		this.autosave = new Autosave(
			(s) => (this.saveStatus = s),
			undefined,
			(writes, leaving) => this.#write(() => writeTogether(db, writes, leaving))
		);
		this.machine = new ActorState(restore(initial.workshop.machine, factsOf(initial)));
		this.#lastPlace = this.place;
		this.timer = new StepTimer(this, this.place === 'report' ? 'improve' : this.place);
		const sub = this.machine.actor.subscribe(() => this.#onMove());
		const release = flushBeforeUpgrade(() => this.flush());
		const unwatch = watchWorkshop(
			db,
			initial.workshop.id,
			(stored, at) => {
				// A read begun while this tab was writing, or before its last write was stored, may
				// be older than what this tab saved: taking it in would put old values back for a
				// moment (and count them as somebody else's). The read after the write follows.
				if (at.writing > 0 || at.stored < this.#stored) return;
				let changed = false;
				// receive says whether it changed anything: nothing to look for when it did not.
				this.history.elsewhere(() => (changed = this.sync.receive(stored)));
				if (changed) this.#tellMachine();
			},
			() => ({ writing: this.#writing, stored: this.#stored })
		);
		this.#unsubscribe = () => {
			sub.unsubscribe();
			unwatch();
			this.sync.close();
			this.history.destroy();
			release();
		};
	}

	/** What the save indicator says: a workshop deleted in another tab is not being saved. */
	get shownSaveStatus(): SaveStatus {
		return this.sync.gone ? 'error' : this.saveStatus;
	}

	get place(): Place {
		return placeOf(this.machine.snapshot.value);
	}

	/** The timer's note of the time the room has spent on a step. */
	recordSpent(step: StepId, ms: number) {
		this.edit((w) => (w.facilitation.spentMs[step] = ms));
	}

	get workshop(): WorkshopRecord {
		return this.data.workshop;
	}

	/** Change fields of the workshop record: `session.edit((w) => (w.journey.name = v))`. */
	edit(change: (w: WorkshopRecord) => void) {
		change(this.data.workshop);
		this.history.touch('record');
		this.#touched();
	}

	/** Runs changes that came from somebody else (the other laptop, a phone in the live room):
	 *  saved like any edit, never undone by this window's undo. */
	elsewhere(change: () => void) {
		this.history.elsewhere(change, []);
	}

	add<K extends ListName>(name: K, fields: Partial<Row<K>> = {}): Row<K> {
		const list = this.data[name] as Row<K>[];
		const row = {
			...newRow[name]({ workshopId: this.workshop.id, order: list.length }),
			...fields
		} as Row<K>;
		if (name === 'touchpoints') this.#born.add(row.id);
		this.history.touch({ list: name, id: row.id }, row.id);
		list.push(row);
		this.#saveRow(name, list[list.length - 1]!);
		return list[list.length - 1]!;
	}

	/** Puts a whole row from elsewhere (the co-facilitator's laptop) in its place by its order. */
	insert<K extends ListName>(name: K, row: Row<K>) {
		const list = this.data[name] as Row<K>[];
		if (list.some((r) => r.id === row.id)) return;
		const at = list.findIndex((r) => r.order > row.order);
		list.splice(at < 0 ? list.length : at, 0, row);
		this.#saveRow(
			name,
			list.find((r) => r.id === row.id)!
		);
	}

	update<K extends ListName>(name: K, id: string, patch: Partial<Row<K>>) {
		const row = (this.data[name] as Row<K>[]).find((r) => r.id === id);
		if (!row) return;
		this.history.touch({ list: name, id }, id);
		Object.assign(row, patch);
		this.#saveRow(name, row);
	}

	/**
	 * Changes many rows in one go (a touchpoint moved across a big map renumbers a hundred):
	 * each row is written once, and the workshop is stamped and checked once. Rows that carry
	 * an `order` end up in the list at that index, so the list order is the stored order.
	 */
	updateMany<K extends ListName>(
		name: K,
		changes: readonly { id: string; patch: Partial<Row<K>> }[]
	) {
		if (changes.length === 0) return;
		this.history.touch({ list: name, id: changes[0]!.id }, changes[0]!.id);
		const list = this.data[name] as Row<K>[];
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup for this call, not state
		const byId = new Map(list.map((r) => [r.id, r]));
		for (const { id, patch } of changes) {
			const row = byId.get(id);
			if (!row) continue;
			Object.assign(row, patch);
			this.#queueRow(name, row);
		}
		if (list.some((r, i) => r.order !== i)) list.sort((a, b) => a.order - b.order);
		this.#touched();
	}

	/** Removes a row; returns it and where it was, so it can be put back. */
	remove<K extends ListName>(name: K, id: string): { row: Row<K>; index: number } | undefined {
		const list = this.data[name] as Row<K>[];
		const index = list.findIndex((r) => r.id === id);
		if (index < 0) return undefined;
		this.history.touch({ list: name, id }, id);
		const [row] = list.splice(index, 1);
		this.#renumber(name, index);
		this.autosave.schedule(`${name}:${id}`, () => this.sync.deleteRow(name, id));
		this.#touched();
		return { row: row!, index };
	}

	/** Removes a row and offers "Deleted — Undo" with `message`; Undo puts it back in place. */
	removeWithUndo<K extends ListName>(name: K, id: string, message: string, onrestore?: () => void) {
		const removed = this.remove(name, id);
		if (!removed) return;
		this.undo.offer(message, () => this.restore(name, removed.row, removed.index), onrestore);
	}

	/** Puts a removed row back at `index` (or at the end when the list has shrunk since). */
	restore<K extends ListName>(name: K, row: Row<K>, index: number) {
		const list = this.data[name] as Row<K>[];
		if (list.some((r) => r.id === row.id)) return;
		const at = Math.min(index, list.length);
		list.splice(at, 0, row);
		this.#renumber(name, at);
	}

	/** Moves a row up (−1) or down (+1) in its list. */
	move(name: ListName, id: string, delta: -1 | 1) {
		const list = this.data[name] as Row<ListName>[];
		const from = list.findIndex((r) => r.id === id);
		const to = from + delta;
		if (from < 0 || to < 0 || to >= list.length) return;
		this.history.touch({ list: name, id }, id);
		const [row] = list.splice(from, 1);
		list.splice(to, 0, row!);
		this.#renumber(name, Math.min(from, to));
	}

	/** Undoes this window's last edit (the deletion toast goes: its item is back). */
	undoLast(): boolean {
		this.history.flush();
		const offer = this.undo.current;
		// The toast's deletion is the newest step: its Undo also puts the keyboard back on it.
		if (offer && offer.step === this.history.top) return (this.undo.undo(), true);
		this.undo.dismiss();
		return this.history.undo();
	}

	redoLast(): boolean {
		this.undo.dismiss();
		return this.history.redo();
	}

	send(event: Parameters<typeof this.machine.send>[0]) {
		this.machine.send(event);
	}

	/** Saves the version of a field changed in two places that was not saved (or, for a row
	 *  deleted elsewhere, deletes it here too). */
	takeOther(conflict: SyncConflict) {
		this.sync.dismiss(conflict);
		const { list, id, path, other } = conflict;
		if (!list) return this.edit((w) => setAt(w as never, path, structuredClone(other)));
		if (conflict.deleted) return void this.remove(list, id);
		const row = (this.data[list] as Row<ListName>[]).find((r) => r.id === id);
		if (!row) return;
		setAt(row as never, path, structuredClone(other));
		this.#saveRow(list, row);
	}

	/** The workshop was deleted elsewhere: store this tab's whole copy again. */
	keepHere(): Promise<void> {
		return this.sync.keepAll((data) => saveWorkshop(this.db, data));
	}

	/** Writes in flight, and writes stored so far: what a read of the database may miss. */
	#writing = 0;
	#stored = 0;

	async #write(write: () => Promise<void>) {
		this.#writing++;
		try {
			await write();
		} finally {
			this.#writing--;
			this.#stored++;
		}
	}

	/** Writes everything pending now (before a report, when leaving). */
	flush(): Promise<void> {
		return this.autosave.flush();
	}

	close() {
		this.#unsubscribe();
		this.timer.stop();
		void this.flush();
		this.machine.stop();
	}

	/** Makes changes planned from the workshop's field entries (an undo or a redo, the other
	 *  laptop's edits): the rows' orders come with them, so nothing is renumbered here. */
	applyChanges(plan: Incoming) {
		if (plan.record.length)
			this.edit((w) => {
				for (const [path, value] of plan.record) setAt(w as never, path, structuredClone(value));
			});
		for (const list of LIST_NAMES) {
			const patches = plan.patches.filter((p) => p.list === list);
			if (patches.length)
				this.updateMany(
					list,
					patches.map(({ id, patch }) => ({ id, patch: patch as never }))
				);
		}
		// A row comes back with the values the history holds; a field somebody else emptied in
		// the meantime comes back empty rather than missing.
		for (const { list, row } of plan.inserts)
			this.insert(list, {
				...newRow[list]({ workshopId: this.workshop.id, order: row.order }),
				...row
			} as never);
		for (const { list, id } of plan.removed) {
			const rows = this.data[list] as Row<ListName>[];
			const index = rows.findIndex((r) => r.id === id);
			if (index < 0) continue;
			rows.splice(index, 1);
			this.autosave.schedule(`${list}:${id}`, () => this.sync.deleteRow(list, id));
			this.#touched();
		}
	}

	#renumber(name: ListName, fromIndex: number) {
		const list = this.data[name] as Row<ListName>[];
		list.slice(fromIndex).forEach((r, i) => {
			r.order = fromIndex + i;
			this.#queueRow(name, r);
		});
		this.#touched();
	}

	#saveRow<K extends ListName>(name: K, row: Row<K>) {
		this.#queueRow(name, row);
		this.#touched();
	}

	/**
	 * One pending write per row, read when it runs: a later edit, move or removal of the same row
	 * replaces it, so an older copy can never land after a newer one.
	 */
	#queueRow<K extends ListName>(name: K, row: Row<K>) {
		this.history.touch({ list: name, id: row.id });
		if (this.#isDraft(name, row)) {
			// Not stored; one typed and then emptied again is taken out of the database.
			this.autosave.schedule(`${name}:${row.id}`, () => this.sync.deleteRow(name, row.id));
			return;
		}
		this.autosave.schedule(`${name}:${row.id}`, (leaving) =>
			this.sync.writeRow(name, row, leaving)
		);
	}

	#isDraft(name: ListName, row: Row<ListName>): boolean {
		return name === 'touchpoints' && this.#born.has(row.id) && isDraftTouchpoint(row as Touchpoint);
	}

	/** The drafts left on the board go when the room moves on: they were never a touchpoint. */
	#dropDrafts() {
		const drafts = this.data.touchpoints.filter((tp) => this.#isDraft('touchpoints', tp));
		if (drafts.length)
			this.elsewhere(() => {
				for (const tp of drafts) this.remove('touchpoints', tp.id);
			});
	}

	/** Every edit stamps the record, saves it, and tells the machine what is done now. */
	#touched() {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
		this.data.workshop.updatedAt = new Date().toISOString();
		this.#saveRecord();
		this.#tellMachine();
	}

	#tellMachine() {
		// Read in place: a copy of a 300-touchpoint map on every key press cost more than the rules.
		this.machine.send({ type: 'data.changed', facts: untrack(() => factsOf(this.data)) });
	}

	#saveRecord() {
		this.autosave.schedule('workshop', (leaving) => this.sync.writeRecord(leaving));
	}

	#onMove() {
		const place = this.place;
		if (place === this.#lastPlace) return;
		this.#lastPlace = place;
		this.#dropDrafts();
		if (place !== 'report') this.timer.switchTo(place);
		this.data.workshop.machine = persist(this.machine.actor);
		this.#saveRecord();
		// A step change is a natural moment to be sure everything is on disk.
		void this.autosave.flush();
	}
}
