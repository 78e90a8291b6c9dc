// Two facilitators on two laptops, one workshop. Each laptop keeps the workshop in its own
// IndexedDB, as always; between the laptops travels a Yjs document of the room's (`CODE.workshop`
// on the app's server, facilitator tokens only), holding the workshop as flat field entries
// (domain/workshop-doc.ts). This module joins the two on one laptop.
//
// Why not one mechanism for tabs and laptops. The tabs of one browser share the database
// itself: it is the one copy that survives a closed laptop lid, and workshop-sync merges every
// tab's saves into it field by field. A second laptop cannot share that database, so its edits
// come in here and are made through the session like any other edit: saved by the same autosave,
// seen by this laptop's other tabs through the database as usual. So a co-facilitator's laptop
// is, to this laptop's tabs, one more tab — same merges, same words for a conflict.
//
// Who writes what, and no echo. Out: what this window's session holds (its edits, and what other
// tabs saved) is compared with what both laptops last agreed on (`#agreed`: the shared map as
// last read or written); only the difference is written, marked as ours. In: a change from the
// other laptop is the shared map's difference from `#agreed`; it is made in the session, and
// `#agreed` becomes the shared map, so the write-out that follows finds nothing to send.
//
// The same field on both laptops at once. Yjs keeps one value on both. If this laptop has an edit
// of the field not yet sent, that edit stays and goes out next (so it wins), and the person here
// sees the other laptop's version one click away ("kept here"). The laptop whose value was
// replaced finds the field it wrote a moment ago changed: its person sees their version one
// click away ("kept there"). Nothing is replaced without a word.
//
// Offline. The document lives in this window and in localStorage (so a reload keeps what was
// not sent yet); the provider sends what the server lacks when the network is back, and Yjs
// merges both laptops' edits. A laptop that joins late gets everything.
import * as Y from 'yjs';
import { sameValue } from '$lib/domain/merge';
import { applyText, stateToText } from '$lib/room/doc';
import { sharedDocName } from '$lib/domain/room';
import {
	deletedKey,
	entriesDiff,
	planIncoming,
	removedRows,
	toEntries,
	type Entries
} from '$lib/domain/workshop-doc';
import type { WorkshopSession } from './workshop-session.svelte';

const OURS = Symbol('this laptop');
const NOTHING: Entries = new Map();
/** Edits are gathered this long before they go out: a word typed, not every letter. */
const SEND_AFTER_MS = 30;
const STORE_AFTER_MS = 1000;
/** How long this laptop answers for a value it sent: a change of it after that is news, not a
 *  conflict. */
const OWN_MS = 60_000;

const storageKey = (code: string) => `journey-workshop.shared.${code}`;

export { sharedDocName };

export class CoFacilitation {
	readonly doc = new Y.Doc();
	#map = this.doc.getMap<unknown>('workshop');
	/** The entries both laptops last agreed on; null until the first sync (nothing goes out). */
	#agreed: Entries | null = null;
	/** When this laptop last sent each key. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
	#sent = new Map<string, number>();
	#sendTimer: ReturnType<typeof setTimeout> | undefined;
	#storeTimer: ReturnType<typeof setTimeout> | undefined;
	#stop: (() => void) | null = null;

	constructor(
		readonly session: WorkshopSession,
		readonly code: string,
		/** Where the document waits between reloads (tests give each laptop its own). */
		private storage: Store = globalThis.localStorage ?? null
	) {
		this.#restore();
		this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
			this.#storeSoon();
			if (origin !== OURS && origin !== 'storage' && this.#agreed) this.#receive();
		});
		// Out: every change of the session (here or from another tab) is looked at, gathered.
		this.#stop = $effect.root(() => {
			$effect(() => {
				// The snapshot reads every field: a change anywhere in the workshop runs this again.
				void $state.snapshot(this.session.data);
				clearTimeout(this.#sendTimer);
				this.#sendTimer = setTimeout(() => this.#send(), SEND_AFTER_MS);
			});
		});
	}

	/** The provider's first sync is in: from here on the laptops are in step. */
	synced() {
		if (this.#agreed) return;
		// Agreed on nothing yet: the first laptop sends everything it has; a laptop joining makes
		// here everything the shared workshop has.
		this.#agreed = NOTHING;
		if (this.#map.size === 0) this.#send();
		else this.#receive();
	}

	destroy() {
		clearTimeout(this.#sendTimer);
		this.#send();
		this.#store();
		this.#stop?.();
		this.doc.destroy();
	}

	#shared(): Entries {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a copy to compare, never shown
		return new Map(this.#map.entries());
	}

	#local(): Entries {
		return toEntries($state.snapshot(this.session.data));
	}

	/** Writes what changed here since the laptops last agreed. */
	#send() {
		const agreed = this.#agreed;
		if (!agreed) return;
		const local = this.#local();
		const { set, del } = entriesDiff(agreed, local, sameValue);
		if (set.length === 0 && del.length === 0) return;
		const removed = removedRows(agreed, local);
		this.doc.transact(() => {
			for (const [key, value] of set) this.#map.set(key, value);
			for (const key of del) this.#map.delete(key);
			for (const { list, id } of removed) this.#map.set(deletedKey(list, id), true);
		}, OURS);
		const now = Date.now();
		for (const [key] of set) this.#sent.set(key, now);
		this.#agreed = this.#shared();
	}

	/** Makes here what the other laptop changed since the laptops last agreed. */
	#receive() {
		const shared = this.#shared();
		const plan = planIncoming(this.#agreed!, shared, this.#local(), (key) => {
			const at = this.#sent.get(key);
			return at !== undefined && Date.now() - at < OWN_MS;
		});
		// From here, the shared map is what both agree on; a field kept here still differs from
		// it, and goes out with the next send.
		this.#agreed = shared;
		// The other laptop's edits are its person's: this window's undo leaves them alone.
		this.session.elsewhere(() => this.#make(plan));
	}

	#make(plan: ReturnType<typeof planIncoming>) {
		const { session } = this;
		session.applyChanges(plan);
		for (const { key, kept, other } of plan.tell)
			session.sync.heardFromAfar(
				key.kind === 'w'
					? { list: null, id: session.workshop.id, path: key.path, kept, other, afar: true }
					: { list: key.list, id: key.id, path: [key.field], kept, other, afar: true }
			);
	}

	#restore() {
		if (loadSharedState(this.storage, this.code, this.doc) && this.#map.size > 0)
			// What was stored is what this laptop and the shared workshop last agreed on.
			this.#agreed = this.#shared();
	}

	#storeSoon() {
		clearTimeout(this.#storeTimer);
		this.#storeTimer = setTimeout(() => this.#store(), STORE_AFTER_MS);
	}

	#store() {
		clearTimeout(this.#storeTimer);
		saveSharedState(this.storage, this.code, this.doc);
	}
}

type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

/** Keeps the shared document between reloads (and for the wizard after joining). */
export function saveSharedState(storage: Store, code: string, doc: Y.Doc) {
	try {
		storage?.setItem(storageKey(code), stateToText(doc));
	} catch {
		// Storage full or blocked: the document is still in this window and on the server.
	}
}

/** Puts the kept document into `doc` (as from 'storage'); false when there was none or it was
 *  broken. */
function loadSharedState(storage: Store, code: string, doc: Y.Doc): boolean {
	try {
		const text = storage?.getItem(storageKey(code));
		if (!text) return false;
		applyText(doc, text);
		return true;
	} catch {
		// A broken copy: the server's is the one to follow.
		return false;
	}
}
