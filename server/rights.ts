// The server's gate on what a phone writes. Hocuspocus hands every incoming websocket message to
// `beforeHandleMessage` before it applies it (hocuspocus 3.4 Connection.handleMessage); a hook
// that throws makes it drop the message and close that one connection. So for a phone's message
// that carries a document update (sync step 2 or an update), this:
//  1. applies the update to a throw-away copy of the room's document and collects, from the
//     copy's transaction, every key of every shared map it changed;
//  2. asks the domain's rules (src/lib/domain/room.ts) whether this phone may make each change;
//  3. if all are allowed, applies the update to the real document right here, inside the hook,
//     so checking and applying are one step: two messages checked against the same state could
//     otherwise together spend more dots than either alone. Hocuspocus then applies it again,
//     which changes nothing, and acknowledges it to the phone as usual.
// Anything else a phone might send that reaches other clients is refused too: stateless
// broadcasts, and awareness (who is here, which field each is typing in). Presence is for the
// facilitators' screens; the phones' provider runs without it, so a phone cannot forge it.
// The facilitator's connection is not checked: it may write anything in its room.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
	ownerOf,
	phoneChangeProblem,
	readRoom,
	ROOM_MAPS,
	type KeyChange,
	type RefusalReason
} from '../src/lib/domain/room';

/** The y-protocols / hocuspocus message types a connection may send. */
const MESSAGE = {
	sync: 0,
	awareness: 1,
	auth: 2,
	queryAwareness: 3,
	syncReply: 4,
	stateless: 5,
	broadcastStateless: 6,
	close: 7
} as const;
const SYNC_STEP_1 = 0;

export class Refused extends Error {
	constructor(
		readonly why: RefusalReason | 'unknown-message',
		readonly detail = ''
	) {
		super(`refused: ${why}${detail ? ` (${detail})` : ''}`);
	}
	// What hocuspocus sends the phone as the reason it closes the connection.
	get code() {
		return 4400;
	}
	get reason() {
		return `refused:${this.why}`;
	}
}

/** A struct of an update, decoded but not integrated: an Item, a GC or a Skip. */
type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];

/**
 * Every key the update would change in the document, with its value before and after, read
 * from the update's own structure without applying it (applying it to a copy of the room's
 * document cost a copy of the whole room per message: at 400 phones, most of the server's time).
 * Each new entry is attributed to its map and key as Yjs itself would integrate it (its own
 * parent, or that of the entry it was written after), and each deletion to the entry it deletes.
 * Anything that is not a plain value under a key of one of the room's flat maps, or that refers
 * to something the document does not have yet (Yjs would keep it aside and apply it later,
 * unchecked), is refused.
 */
/** A key's change, with every value the update writes to it on the way. */
export type Written = KeyChange & { values: unknown[]; last?: Struct };

export function changesOf(doc: Y.Doc, update: Uint8Array): Written[] {
	let decoded: ReturnType<typeof Y.decodeUpdate>;
	try {
		decoded = Y.decodeUpdate(update);
	} catch (error) {
		throw new Refused('malformed', String(error));
	}
	const { structs, ds } = decoded;
	const mapNames = new Set<string>(ROOM_MAPS);
	/** Where each new entry lands, by its position in `structs`. */
	const places = new Map<Struct, [string, string]>();
	const next = new Map<number, number>();

	/** The struct holding `id`, in this update or in the document, or null if neither has it. */
	function structAt(id: Y.ID): Struct | Y.Item | Y.GC | null {
		if (id.clock < Y.getState(doc.store, id.client)) return Y.getItem(doc.store, id);
		for (const struct of structs)
			if (
				struct.id.client === id.client &&
				struct.id.clock <= id.clock &&
				id.clock < struct.id.clock + struct.length
			)
				return struct;
		return null;
	}

	/** The map and key an entry belongs to. */
	function placeOf(struct: Struct | Y.Item | Y.GC | null): [string, string] {
		if (!(struct instanceof Y.Item)) throw new Refused('malformed', 'refers to a removed entry');
		const known = places.get(struct);
		if (known) return known;
		if (struct.parent instanceof Y.AbstractType) {
			// Already in the document: a root map's entry, or something nested (refused).
			if (struct.parent._item !== null || struct.parentSub === null)
				throw new Refused('malformed', 'not a key of a room map');
			return [Y.findRootTypeKey(struct.parent), struct.parentSub];
		}
		let place: [string, string];
		if (typeof struct.parent === 'string') {
			if (struct.parentSub === null)
				throw new Refused('malformed', `a list change in ${struct.parent}`);
			place = [struct.parent, struct.parentSub];
		} else if (struct.parent === null && (struct.origin || struct.rightOrigin)) {
			// Yjs takes the parent of the entry this one was written after (or before).
			const neighbour = structAt((struct.origin ?? struct.rightOrigin)!);
			if (!neighbour) throw new Refused('malformed', 'incomplete update');
			place = placeOf(neighbour);
		} else throw new Refused('malformed', 'inside a nested type');
		places.set(struct, place);
		return place;
	}

	const changed = new Map<string, Written>();
	const change = (map: string, key: string): Written => {
		if (!mapNames.has(map)) throw new Refused('facilitator-only', `a shared type "${map}"`);
		const id = `${map}\u0000${key}`;
		let found = changed.get(id);
		if (!found) {
			const before = doc.getMap(map).get(key);
			found = { map, key, before, after: before, values: [] };
			changed.set(id, found);
		}
		return found;
	};

	for (const struct of structs) {
		// Every client's part must follow on from what the document has: a gap would wait.
		const from = next.get(struct.id.client) ?? Y.getState(doc.store, struct.id.client);
		if (struct.id.clock > from) throw new Refused('malformed', 'incomplete update');
		next.set(struct.id.client, Math.max(from, struct.id.clock + struct.length));
		if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
		if (struct instanceof Y.GC) continue; // removed content: carries nothing
		if (!(struct instanceof Y.Item)) throw new Refused('malformed', 'a gap in the update');
		const [map, key] = placeOf(struct);
		const entry = change(map, key);
		if (struct.content instanceof Y.ContentAny) {
			const values = struct.content.getContent();
			entry.after = values[values.length - 1];
			entry.values.push(...values);
			entry.last = struct;
		} else if (struct.content instanceof Y.ContentDeleted) entry.after = undefined;
		else throw new Refused('malformed', `${struct.content.constructor.name} in ${map}`);
	}

	for (const [client, ranges] of ds.clients)
		for (const range of ranges)
			for (let clock = range.clock; clock < range.clock + range.len;) {
				const struct = structAt(Y.createID(client, clock));
				if (!struct) throw new Refused('malformed', 'incomplete update');
				clock = struct.id.clock + struct.length;
				if (struct instanceof Y.GC || (struct instanceof Y.Item && struct.deleted)) continue;
				const [map, key] = placeOf(struct);
				const entry = change(map, key);
				// The key's current entry goes: the key is gone unless this update sets it again.
				const current = (doc.getMap(map) as Y.Map<unknown>)._map.get(key);
				if ((current === struct && entry.values.length === 0) || entry.last === struct)
					entry.after = undefined;
			}
	return [...changed.values()];
}

/** Each phone's contributions and dots in a room, kept up to date as the maps change, so a
 *  message is judged without counting the whole room again. */
class Totals {
	items = new Map<string, number>();
	dots = new Map<string, number>();
	constructor(doc: Y.Doc) {
		const items = doc.getMap('items');
		const votes = doc.getMap('votes');
		for (const key of items.keys()) this.#add(this.items, ownerOf('items', key), 1);
		for (const [key, value] of votes)
			this.#add(this.dots, ownerOf('votes', key), Number(value) || 0);
		items.observe((event) => {
			for (const [key, { action }] of event.changes.keys)
				if (action !== 'update')
					this.#add(this.items, ownerOf('items', key), action === 'add' ? 1 : -1);
		});
		votes.observe((event) => {
			for (const [key, { action, oldValue }] of event.changes.keys) {
				const owner = ownerOf('votes', key);
				if (action !== 'add') this.#add(this.dots, owner, -(Number(oldValue) || 0));
				if (action !== 'delete') this.#add(this.dots, owner, Number(votes.get(key)) || 0);
			}
		});
	}
	#add(counts: Map<string, number>, owner: string | null, n: number) {
		if (owner) counts.set(owner, (counts.get(owner) ?? 0) + n);
	}
}
const totals = new WeakMap<Y.Doc, Totals>();
function totalsOf(doc: Y.Doc): Totals {
	let found = totals.get(doc);
	if (!found) totals.set(doc, (found = new Totals(doc)));
	return found;
}

/** New contributions per phone, with the time each was added: the per-minute limit. */
export class RateLog {
	#adds = new Map<string, number[]>();
	constructor(private now: () => number = Date.now) {}
	recent(phoneId: string): number {
		const since = this.now() - 60_000;
		const times = (this.#adds.get(phoneId) ?? []).filter((t) => t > since);
		this.#adds.set(phoneId, times);
		return times.length;
	}
	add(phoneId: string, n: number) {
		if (n <= 0) return;
		const times = this.#adds.get(phoneId) ?? [];
		for (let i = 0; i < n; i++) times.push(this.now());
		this.#adds.set(phoneId, times);
	}
}

/**
 * Judges one update from a phone against the document; throws Refused on the first change the
 * phone may not make. Returns how many new contributions it adds.
 */
export function checkPhoneUpdate(
	doc: Y.Doc,
	update: Uint8Array,
	phoneId: string,
	rate: RateLog
): number {
	const changes = changesOf(doc, update);
	if (changes.length === 0) return 0;
	const roomMap = doc.getMap('room');
	const room = readRoom((key) => roomMap.get(key));
	const sum = totalsOf(doc);
	const dotsBefore = sum.dots.get(phoneId) ?? 0;
	let dotsAfter = dotsBefore;
	let itemsAfter = sum.items.get(phoneId) ?? 0;
	let added = 0;
	for (const c of changes) {
		if (c.map === 'votes' && ownerOf('votes', c.key) === phoneId)
			dotsAfter += (Number(c.after) || 0) - (Number(c.before) || 0);
		if (c.map === 'items' && c.before === undefined && c.after !== undefined) added++;
		if (c.map === 'items')
			itemsAfter += (c.after !== undefined ? 1 : 0) - (c.before !== undefined ? 1 : 0);
	}
	const ctx = {
		phoneId,
		room,
		dotsBefore,
		dotsAfter,
		itemsAfter,
		addedLastMinute: rate.recent(phoneId) + added
	};
	for (const change of changes) {
		// Every value the update writes must be acceptable, not only the last one for its key.
		for (const after of [...new Set([change.after, ...change.values])]) {
			if (after === undefined && change.after !== undefined) continue;
			const problem = phoneChangeProblem({ ...change, after }, ctx);
			if (problem) throw new Refused(problem, `${change.map}:${change.key}`);
		}
	}
	return added;
}

/** Who is on the other end of a connection: set by the server when it authenticates. */
export type Who = { role: 'facilitator' } | { role: 'phone'; phoneId: string };

/**
 * The hook's work for one message: passes what may pass, applies a phone's allowed update to the
 * document itself (see the header), and throws Refused for the rest.
 */
export function guardMessage(
	who: Who,
	doc: Y.Doc,
	data: Uint8Array,
	rate: RateLog,
	origin: unknown
): void {
	if (who.role === 'facilitator') return;
	let type: number;
	let update: Uint8Array | null = null;
	try {
		const decoder = decoding.createDecoder(data);
		decoding.readVarString(decoder); // the document's name, checked by hocuspocus
		type = decoding.readVarUint(decoder);
		if (type === MESSAGE.sync || type === MESSAGE.syncReply) {
			const step = decoding.readVarUint(decoder);
			// Step 1 only asks what the phone lacks; steps 2 and updates carry changes.
			if (step !== SYNC_STEP_1) update = decoding.readVarUint8Array(decoder);
		}
	} catch (error) {
		throw new Refused('malformed', String(error));
	}
	if (type === MESSAGE.stateless || type === MESSAGE.broadcastStateless)
		throw new Refused('facilitator-only', 'stateless message');
	if (type === MESSAGE.awareness) throw new Refused('facilitator-only', 'awareness');
	if (
		type !== MESSAGE.sync &&
		type !== MESSAGE.syncReply &&
		type !== MESSAGE.auth &&
		type !== MESSAGE.queryAwareness &&
		type !== MESSAGE.close
	)
		throw new Refused('unknown-message', String(type));
	if (!update) return;
	const added = checkPhoneUpdate(doc, update, who.phoneId, rate);
	Y.applyUpdate(doc, update, origin);
	rate.add(who.phoneId, added);
}
