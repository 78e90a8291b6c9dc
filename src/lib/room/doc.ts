// The room's shared document as the phone reads it: the five flat maps (see domain/room.ts for
// who writes what), and small helpers to turn them into plain values for the page. Nothing here
// talks to the network.
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
	dotsOf,
	ownerOf,
	readRoom,
	splitKey,
	type RoomItem,
	type RoomState
} from '$lib/domain/room';

export function roomMaps(doc: Y.Doc) {
	return {
		room: doc.getMap<unknown>('room'),
		items: doc.getMap<RoomItem>('items'),
		scores: doc.getMap<number>('scores'),
		votes: doc.getMap<number>('votes'),
		moderation: doc.getMap<string>('moderation')
	};
}
export type RoomMaps = ReturnType<typeof roomMaps>;

export interface MyItem {
	key: string;
	id: string;
	item: RoomItem;
	hidden: boolean;
}

/** What one phone sees of the document: the room's state and its own contributions and votes. */
export interface PhoneView {
	room: RoomState;
	mine: MyItem[];
	/** touchpointId → the phone's score, 1–5 */
	scores: Record<string, number>;
	/** opportunityId → the phone's dots */
	votes: Record<string, number>;
	dotsUsed: number;
}

export function phoneView(maps: RoomMaps, phoneId: string): PhoneView {
	const mine: MyItem[] = [];
	for (const [key, item] of maps.items) {
		if (ownerOf('items', key) !== phoneId) continue;
		mine.push({ key, id: splitKey(key)![1], item, hidden: maps.moderation.get(key) === 'hidden' });
	}
	mine.sort((a, b) => a.item.at - b.item.at);
	const scores: Record<string, number> = {};
	for (const [key, value] of maps.scores)
		if (ownerOf('scores', key) === phoneId) scores[splitKey(key)![0]] = value;
	const votes: Record<string, number> = {};
	for (const [key, value] of maps.votes)
		if (ownerOf('votes', key) === phoneId) votes[splitKey(key)![0]] = value;
	return {
		room: readRoom((key) => maps.room.get(key)),
		mine,
		scores,
		votes,
		dotsUsed: dotsOf(phoneId, maps.votes.entries())
	};
}

/** A document's state as text for localStorage, and back. */
export function stateToText(doc: Y.Doc): string {
	const bytes = Y.encodeStateAsUpdate(doc);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export function applyText(doc: Y.Doc, text: string) {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	Y.applyUpdate(doc, bytes, 'storage');
}

/** A short random id from getRandomValues, which, unlike crypto.randomUUID, works on plain
 *  http on a LAN address (not a secure context). */
export function shortId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
		.join('')
		.slice(0, 12);
}

/** The room's socket on the server that served this page (the laptop, for phones and laptop
 *  alike): one connection carries every room document. */
export function syncSocket(): HocuspocusProviderWebsocket {
	const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
	return new HocuspocusProviderWebsocket({
		url: `${scheme}://${location.host}/sync`,
		maxDelay: 4000
	});
}
