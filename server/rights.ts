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
	dotsOf,
	itemsOf,
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

/** A snapshot of each room document's state, made once per change rather than per message. */
const states = new WeakMap<Y.Doc, Uint8Array>();
function stateOf(doc: Y.Doc): Uint8Array {
	let state = states.get(doc);
	if (!state) {
		state = Y.encodeStateAsUpdate(doc);
		states.set(doc, state);
		doc.on('update', () => states.delete(doc));
	}
	return state;
}

/** Every key the update would change in the document, with its value before and after. Throws
 *  Refused when the update touches anything that is not a key of a flat room map. */
export function changesOf(doc: Y.Doc, update: Uint8Array): { changes: KeyChange[]; copy: Y.Doc } {
	const copy = new Y.Doc({ gc: false });
	Y.applyUpdate(copy, stateOf(doc));
	const maps = new Map<unknown, string>(ROOM_MAPS.map((name) => [copy.getMap(name), name]));
	const touched: [unknown, Set<string | null>][] = [];
	copy.on('afterTransaction', (tr: Y.Transaction) => {
		for (const [type, keys] of tr.changed) touched.push([type, keys]);
	});
	try {
		Y.applyUpdate(copy, update);
	} catch (error) {
		throw new Refused('malformed', String(error));
	}
	// Parts that wait for something the document lacks would land later, unchecked.
	if (copy.store.pendingStructs || copy.store.pendingDs)
		throw new Refused('malformed', 'incomplete update');
	const changes: KeyChange[] = [];
	for (const [type, keys] of touched) {
		const map = maps.get(type);
		if (!map) throw new Refused('facilitator-only', 'a shared type outside the room maps');
		for (const key of keys) {
			if (key === null) throw new Refused('malformed', `a list change in ${map}`);
			changes.push({
				map,
				key,
				before: doc.getMap(map).get(key),
				after: copy.getMap(map).get(key)
			});
		}
	}
	return { changes, copy };
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
	const { changes, copy } = changesOf(doc, update);
	try {
		if (changes.length === 0) return 0;
		const roomMap = doc.getMap('room');
		const room = readRoom((key) => roomMap.get(key));
		const added = changes.filter(
			(c) => c.map === 'items' && c.before === undefined && c.after !== undefined
		).length;
		const ctx = {
			phoneId,
			room,
			dotsBefore: dotsOf(phoneId, doc.getMap('votes').entries()),
			dotsAfter: dotsOf(phoneId, copy.getMap('votes').entries()),
			itemsAfter: itemsOf(phoneId, copy.getMap('items').keys()),
			addedLastMinute: rate.recent(phoneId) + added
		};
		for (const change of changes) {
			const problem = phoneChangeProblem(change, ctx);
			if (problem) throw new Refused(problem, `${change.map}:${change.key}`);
		}
		return added;
	} finally {
		copy.destroy();
	}
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
