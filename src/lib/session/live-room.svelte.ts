// The live room on the facilitator's laptop: the one place where the workshop (its session, and so
// Dexie) and the room's shared Y.Doc (synced by Hocuspocus with the app's own server) meet.
//
// What is shared. The Y.Doc holds five flat maps (domain/room.ts). The workshop shares into it
// only what phones need to follow the room — the `room` map: the step the wizard is on (1–10),
// the phases, the touchpoints in the timeline's order, the opportunities, and the settings
// (moderation, dots per person, results hidden or shown, closed). Nothing else of the workshop
// leaves the laptop. The room's code and tokens, its settings and the ledger of what has landed
// are kept in the workshop record (`live`), so a reload joins the same room again.
//
// Who writes what. This laptop (the facilitator's token) is the only writer of `room` and
// `moderation`, and may delete any item. A phone writes only its own keys in `items`, `scores`
// and `votes`; the server refuses anything else (server/rights.ts). In the workshop, the session
// stays the only writer: what the room adds comes in through session.add / update / edit /
// remove, the same path as a key press, and is saved by the same autosave.
//
// How a remote change lands without echoing back. The two directions never carry the same
// thing: items, scores and votes flow in (room → workshop), the `room` map flows out (workshop
// → room). Flowing in is idempotent: a contribution lands once, by the ledger (item key →
// version and text, room-landing.ts), under a row id made from its key, so a reload, a
// reconnect or a second tab finds it already there; scores and votes are copied onto their rows
// only when they differ. Flowing out writes a key of `room` only when its value differs, in a
// transaction marked as ours; so a landed touchpoint does appear in `room.touchpoints` (phones
// score it in step 8), but that write changes nothing the inward side reads, and the loop ends
// there. Nothing lands before the first sync with the server: an empty document must not read
// as "every item was withdrawn".
//
// A row that came from the room and that the facilitator deletes (in any window) hides its item
// in the room, so it leaves the wall and the phone says so: the one write into `moderation`
// that follows the workshop rather than a button.
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { syncSocket } from '$lib/room/doc';
import type { RoomItem } from '$lib/domain/room';
import {
	deletedFromWall,
	planLanding,
	roomRowKeys,
	roomStateOf,
	sameCounts,
	scoresByTouchpoint,
	votesByOpportunity,
	waitingItems,
	type LandingOp,
	type LiveRoomInfo,
	type RoomContent,
	type RoomSettings
} from '$lib/domain/room-landing';
import { t } from '$lib/i18n/locale.svelte';
import { CoFacilitation, sharedDocName } from './co-facilitation.svelte';
import { Presence } from './presence.svelte';
import type { WorkshopSession } from './workshop-session.svelte';

export type LiveStatus =
	'idle' | 'opening' | 'connecting' | 'live' | 'offline' | 'closed' | 'no-server' | 'failed';

/** What the room's API is reached with; tests pass a fake. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The provider, made by a function so tests can join a document without a network. `name` is
 *  the document's (the room's code, or the shared workshop's for co-facilitation). */
export type Connect = (
	doc: Y.Doc,
	info: LiveRoomInfo,
	events: { synced: () => void; status: (connected: boolean) => void; closed: () => void },
	name?: string
) => { destroy(): void; awareness?: Awareness | null };

const ORIGIN = Symbol('facilitator');

const defaultConnect: Connect = (doc, info, events, name = info.code) => {
	// The socket is made apart from the provider for its reconnect delay: back within seconds
	// of the laptop's Wi-Fi returning.
	const socket = syncSocket();
	const provider = new HocuspocusProvider({
		websocketProvider: socket,
		name,
		token: info.facilitatorToken,
		document: doc,
		onSynced: ({ state }) => state && events.synced(),
		onStatus: ({ status }) => events.status(status === 'connected'),
		onAuthenticationFailed: ({ reason }) => reason === 'closed' && events.closed()
	});
	provider.attach();
	return {
		awareness: provider.awareness,
		destroy() {
			provider.destroy();
			socket.destroy();
		}
	};
};

export class LiveRoom {
	status: LiveStatus = $state('idle');
	/** Phones in the room, from the server. */
	readonly count: PhoneCount;
	/** The room's items and their moderation marks, as plain values. */
	content: RoomContent = $state.raw({ items: {}, moderation: {} });

	readonly doc = new Y.Doc();
	#maps = {
		room: this.doc.getMap<unknown>('room'),
		items: this.doc.getMap<RoomItem>('items'),
		scores: this.doc.getMap<number>('scores'),
		votes: this.doc.getMap<number>('votes'),
		moderation: this.doc.getMap<string>('moderation')
	};
	#provider: { destroy(): void } | null = null;
	// State, so the room map's effect runs again once the first sync is in.
	#synced = $state(false);
	#stopPush: (() => void) | null = null;
	#stopCount: (() => void) | null = null;
	/** The workshop shared with a co-facilitator's laptop, and who is in it, while connected. */
	co: CoFacilitation | null = $state.raw(null);
	presence: Presence | null = $state.raw(null);
	#coProvider: { destroy(): void } | null = null;
	/** The room's items behind the workshop's rows at the last look (none before the first sync). */
	#roomRows: Set<string> | null = null;

	constructor(
		readonly session: WorkshopSession,
		private fetcher: Fetch = (input, init) => fetch(input, init),
		private connector: Connect = defaultConnect
	) {
		this.count = new PhoneCount(fetcher);
		this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
			if (origin === ORIGIN) return;
			this.#read();
			this.land();
		});
	}

	get info(): LiveRoomInfo | undefined {
		return this.session.workshop.live;
	}

	/** Whether the room is open for phones (this laptop may be offline from it for a moment). */
	get isOpen(): boolean {
		return !!this.info && !this.info.closed;
	}

	/** Items waiting for approval (moderation "review"). */
	get waiting() {
		const info = this.info;
		return info ? waitingItems(this.content, info, info.landed) : [];
	}

	/** Joins the room the workshop already has (after a reload), if it is still open. */
	resume() {
		if (this.isOpen && !this.#provider) this.#connect();
	}

	/** Opens a new room for this workshop on the app's server. */
	async open(): Promise<void> {
		if (this.isOpen) return this.resume();
		this.status = 'opening';
		let body: Partial<LiveRoomInfo>;
		try {
			const response = await this.fetcher('/api/rooms', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ workshopId: this.session.workshop.id })
			});
			// A static server (or none) answers anything but the room API's JSON.
			if (response.status !== 201) return void (this.status = 'no-server');
			body = (await response.json()) as Partial<LiveRoomInfo>;
		} catch {
			return void (this.status = 'no-server');
		}
		if (!body.code || !body.facilitatorToken || !body.roomToken || !body.joinUrl)
			return void (this.status = 'no-server');
		const info: LiveRoomInfo = {
			code: body.code,
			facilitatorToken: body.facilitatorToken,
			roomToken: body.roomToken,
			joinUrl: body.joinUrl,
			moderation: 'open',
			dots: 3,
			results: 'hidden',
			closed: false,
			landed: {}
		};
		this.session.edit((w) => {
			w.live = info;
		});
		this.#connect();
	}

	/** Ends the room: the server refuses every token from now on; what landed stays. */
	async close(): Promise<void> {
		const info = this.info;
		if (!info) return;
		try {
			await this.fetcher(`/api/rooms/${info.code}/close`, {
				method: 'POST',
				headers: { authorization: `Bearer ${info.facilitatorToken}` }
			});
		} catch {
			// The server is gone: the room is closed for this workshop all the same.
		}
		this.session.edit((w) => {
			w.live!.closed = true;
		});
		this.#disconnect();
		this.status = 'closed';
	}

	setSettings(patch: Partial<RoomSettings>) {
		if (!this.info) return;
		this.session.edit((w) => Object.assign(w.live!, patch));
		// Switching to open lets the waiting items onto the wall.
		this.land();
	}

	approve(key: string) {
		this.#maps.moderation.set(key, 'approved');
	}

	hide(key: string) {
		this.#maps.moderation.set(key, 'hidden');
	}

	/** Deletes a contribution from the room (and its row, unless the facilitator changed it). */
	remove(key: string) {
		this.doc.transact(() => {
			this.#maps.items.delete(key);
			this.#maps.moderation.delete(key);
		});
	}

	/** Stops following the room in this window (the room stays open). */
	destroy() {
		this.#disconnect();
		this.doc.destroy();
	}

	#connect() {
		const info = this.info!;
		this.status = 'connecting';
		this.#synced = false;
		this.#provider = this.connector(this.doc, info, {
			synced: () => {
				this.#synced = true;
				this.status = 'live';
				this.#read();
				this.land();
				this.#push();
			},
			status: (connected) => {
				if (!connected && this.status === 'live') this.status = 'offline';
				if (connected && this.#synced) this.status = 'live';
			},
			closed: () => {
				this.session.edit((w) => {
					w.live!.closed = true;
				});
				this.#disconnect();
				this.status = 'closed';
			}
		});
		// The workshop's side of the room follows the session as it changes.
		this.#stopPush = $effect.root(() => {
			$effect(() => this.#push());
			$effect(() => this.#hideDeleted());
		});
		this.#stopCount = this.count.follow(info);
		this.#connectShared(info);
	}

	/** The shared workshop, for a co-facilitator's laptop (co-facilitation.svelte.ts). */
	#connectShared(info: LiveRoomInfo) {
		const co = new CoFacilitation(this.session, info.code);
		const provider = this.connector(
			co.doc,
			info,
			{ synced: () => co.synced(), status: () => {}, closed: () => {} },
			sharedDocName(info.code)
		);
		this.co = co;
		this.#coProvider = provider;
		if (provider.awareness) this.presence = new Presence(provider.awareness, this.session);
	}

	#disconnect() {
		this.#stopPush?.();
		this.#stopPush = null;
		this.#stopCount?.();
		this.#stopCount = null;
		this.#provider?.destroy();
		this.#provider = null;
		this.#synced = false;
		this.presence?.destroy();
		this.presence = null;
		this.#coProvider?.destroy();
		this.#coProvider = null;
		this.co?.destroy();
		this.co = null;
	}

	#read() {
		this.content = {
			items: Object.fromEntries(this.#maps.items.entries()),
			moderation: Object.fromEntries(this.#maps.moderation.entries())
		};
	}

	/** Writes the room's state: only the keys whose value changed, marked as ours. */
	#push() {
		const info = this.info;
		if (!info || !this.#synced) return;
		const state = roomStateOf(this.session.data, this.session.place, info);
		const room = this.#maps.room;
		const changes = Object.entries(state).filter(
			([key, value]) => JSON.stringify(room.get(key)) !== JSON.stringify(value)
		);
		if (changes.length === 0) return;
		this.doc.transact(() => {
			for (const [key, value] of changes) room.set(key, structuredClone(value));
		}, ORIGIN);
	}

	/** Hides in the room the items whose rows were deleted here since the last look. */
	#hideDeleted() {
		const now = roomRowKeys(this.session.data);
		if (!this.#synced) return;
		const before = this.#roomRows;
		this.#roomRows = now;
		if (!before) return;
		const gone = deletedFromWall(before, now, this.content);
		if (gone.length)
			this.doc.transact(() => {
				for (const key of gone) this.#maps.moderation.set(key, 'hidden');
			});
	}

	/** Brings the room's contributions, scores and dots into the workshop: the phones' changes,
	 *  which this window's undo leaves alone. */
	land() {
		if (this.info && this.#synced) this.session.elsewhere(() => this.#land(this.info!));
	}

	#land(info: LiveRoomInfo) {
		const { session } = this;
		const landing = planLanding(session.data, this.content, info, {
			quotes: t('liveroom.quotesLabel')
		});
		for (const op of landing.ops) apply(session, op);
		if (landing.changed)
			session.edit((w) => {
				w.live!.landed = landing.landed;
			});

		const scores = scoresByTouchpoint(Object.fromEntries(this.#maps.scores.entries()));
		for (const tp of session.data.touchpoints)
			if (!sameCounts(tp.roomScores, scores[tp.id]))
				session.update('touchpoints', tp.id, { roomScores: scores[tp.id] ?? {} });
		const votes = votesByOpportunity(Object.fromEntries(this.#maps.votes.entries()));
		for (const o of session.data.opportunities)
			if (!sameCounts(o.roomVotes, votes[o.id]))
				session.update('opportunities', o.id, { roomVotes: votes[o.id] ?? {} });
	}
}

/** How many phones are in a room, asked of the server every few seconds with the facilitator's
 *  token (the presenter window, which has no document of its own, uses it too). */
export class PhoneCount {
	/** Phones connected now, and phones that have ever joined. */
	phones = $state(0);
	joined = $state(0);

	constructor(private fetcher: Fetch = (input, init) => fetch(input, init)) {}

	follow(info: LiveRoomInfo): () => void {
		const ask = async () => {
			try {
				const response = await this.fetcher(`/api/rooms/${info.code}`, {
					headers: { authorization: `Bearer ${info.facilitatorToken}` }
				});
				if (!response.ok) return;
				const body = (await response.json()) as { phones?: number; joined?: number };
				this.phones = body.phones ?? 0;
				this.joined = body.joined ?? 0;
			} catch {
				// Offline for a moment: the last count stays.
			}
		};
		void ask();
		const timer = setInterval(() => void ask(), 3000);
		return () => clearInterval(timer);
	}
}

function apply(session: WorkshopSession, op: LandingOp) {
	switch (op.op) {
		case 'add':
			return void session.add(op.list, op.fields as never);
		case 'update':
			return session.update(op.list, op.id, op.patch as never);
		case 'remove':
			return void session.remove(op.list, op.id);
		case 'statements':
			return session.edit((w) => {
				w.experience.statements = op.statements;
			});
	}
}
