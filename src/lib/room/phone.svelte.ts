// A participant's phone in the live room, as Svelte state. It joins with the room token from the
// link's #fragment (traded once for this phone's own id and token, kept in localStorage so a
// reload is the same phone), keeps the room's document in memory and in localStorage, and syncs
// it with the server over Hocuspocus. What the phone writes goes into its own document first,
// so without a network nothing is lost: the provider sends it, once, when the connection is back
// (Yjs sends exactly what the server lacks), and after a reload the stored document does the
// same. The phone checks the domain's rules before it writes, as the server will, so a fair
// phone never meets a refusal; the messages say what to do instead.
//
// Plain http on a LAN address is not a secure context: no crypto.randomUUID, no service worker,
// no clipboard. Nothing here needs them.
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { SvelteSet } from 'svelte/reactivity';
import * as Y from 'yjs';
import {
	DEFAULT_ROOM,
	itemKey,
	itemProblem,
	LIMITS,
	scoreKey,
	voteKey,
	type ItemKind,
	type RefusalReason,
	type RoomItem
} from '$lib/domain/room';
import {
	applyText,
	phoneView,
	roomMaps,
	shortId,
	stateToText,
	syncSocket,
	type PhoneView
} from './doc';

export type PhoneStatus =
	'joining' | 'live' | 'offline' | 'closed' | 'no-token' | 'bad-link' | 'failed';

interface Saved {
	phoneId: string;
	phoneToken: string;
	name?: string;
	doc?: string;
}

const storageKey = (code: string) => `journey-workshop.room.${code}`;

/** What `join` answers; tests pass a fake. */
export type JoinFetch = (code: string, token: string) => Promise<Response>;

const defaultJoin: JoinFetch = (code, token) =>
	fetch(`/api/rooms/${code}/join`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ token })
	});

export class PhoneRoom {
	status: PhoneStatus = $state('joining');
	view: PhoneView = $state.raw({
		room: DEFAULT_ROOM,
		mine: [],
		scores: {},
		votes: {},
		dotsUsed: 0
	});
	/** Item keys written here that the server has not confirmed yet. */
	readonly waiting = new SvelteSet<string>();
	name = $state('');

	readonly code: string;
	#token: string;
	#join: JoinFetch;
	#doc = new Y.Doc();
	#maps = roomMaps(this.#doc);
	#provider: HocuspocusProvider | null = null;
	#socket: HocuspocusProviderWebsocket | null = null;
	#phoneId = '';
	#adds: number[] = [];
	#saveTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(code: string, fragmentToken: string, join: JoinFetch = defaultJoin) {
		this.code = code;
		this.#token = fragmentToken;
		this.#join = join;
	}

	#saved(): Saved | null {
		try {
			return JSON.parse(localStorage.getItem(storageKey(this.code)) ?? 'null') as Saved | null;
		} catch {
			return null;
		}
	}

	#save() {
		clearTimeout(this.#saveTimer);
		if (!this.#phoneId) return;
		const saved: Saved = {
			...this.#saved()!,
			name: this.name,
			doc: stateToText(this.#doc)
		};
		try {
			localStorage.setItem(storageKey(this.code), JSON.stringify(saved));
		} catch {
			// Storage full or blocked: the document is still in memory and syncs as usual.
		}
	}

	async start(): Promise<void> {
		let saved = this.#saved();
		if (!saved) {
			if (!this.#token) return void (this.status = 'no-token');
			try {
				const response = await this.#join(this.code, this.#token);
				if (response.status === 410) return void (this.status = 'closed');
				if (!response.ok) return void (this.status = 'bad-link');
				const joined = (await response.json()) as Saved;
				saved = { phoneId: joined.phoneId, phoneToken: joined.phoneToken };
				localStorage.setItem(storageKey(this.code), JSON.stringify(saved));
			} catch {
				return void (this.status = 'failed');
			}
		}
		this.#phoneId = saved.phoneId;
		this.name = saved.name ?? '';
		if (saved.doc) applyText(this.#doc, saved.doc);
		this.#refresh();
		this.#doc.on('update', (_update: Uint8Array, origin: unknown) => {
			this.#refresh();
			if (origin !== 'storage') {
				clearTimeout(this.#saveTimer);
				this.#saveTimer = setTimeout(() => this.#save(), 300);
			}
		});
		addEventListener('pagehide', () => this.#save());
		addEventListener('online', () => void this.#socket?.connect());
		this.#connect(saved.phoneToken);
	}

	#connect(token: string) {
		// The socket is made apart from the provider, for its reconnect settings: back within a few
		// seconds of the Wi-Fi's return (and at once when the phone says it is online).
		this.#socket = syncSocket();
		this.#provider = new HocuspocusProvider({
			websocketProvider: this.#socket,
			name: this.code,
			token,
			document: this.#doc,
			// No presence from phones (the server refuses it); a sync every 20 s keeps a quiet
			// connection from looking dead.
			awareness: null,
			forceSyncInterval: 20_000,
			onSynced: ({ state }) => {
				if (state && this.status !== 'closed') this.status = 'live';
			},
			onStatus: ({ status }) => {
				if (status === 'disconnected' && (this.status === 'live' || this.status === 'joining'))
					this.status = 'offline';
			},
			onUnsyncedChanges: ({ number }) => {
				if (number === 0) this.waiting.clear();
			},
			onAuthenticationFailed: ({ reason }) => {
				this.status = reason === 'closed' ? 'closed' : 'bad-link';
				if (reason !== 'closed') localStorage.removeItem(storageKey(this.code));
				this.stop();
			},
			onStateless: ({ payload }) => {
				if (payload.includes('"closed"')) {
					this.status = 'closed';
					this.stop();
				}
			}
		});
		this.#provider.attach();
	}

	stop() {
		this.#save();
		this.#provider?.destroy();
		this.#socket?.destroy();
		this.#provider = null;
		this.#socket = null;
	}

	#refresh() {
		this.view = phoneView(this.#maps, this.#phoneId);
		if (this.view.room.closed) this.status = 'closed';
	}

	#mark(key: string) {
		if (this.status === 'live' && !this.#provider?.hasUnsyncedChanges) return;
		this.waiting.add(key);
	}

	/** Adds a contribution, or says why not (too long, too fast …). */
	add(kind: ItemKind, text: string, extra: Partial<RoomItem> = {}): RefusalReason | null {
		const item = this.#item(kind, text, extra);
		const problem = itemProblem(item, this.view.room);
		if (problem) return problem;
		const since = Date.now() - 60_000;
		this.#adds = this.#adds.filter((at) => at > since);
		if (this.#adds.length >= LIMITS.itemsPerMinute) return 'too-fast';
		if (this.view.mine.length >= LIMITS.itemsPerPhone) return 'too-many';
		const key = itemKey(this.#phoneId, shortId());
		this.#adds.push(Date.now());
		this.#mark(key);
		this.#maps.items.set(key, item);
		return null;
	}

	edit(key: string, kind: ItemKind, text: string, extra: Partial<RoomItem> = {}) {
		const item = this.#item(kind, text, extra);
		const problem = itemProblem(item, this.view.room);
		if (problem) return problem;
		this.#mark(key);
		this.#maps.items.set(key, item);
		return null;
	}

	#item(kind: ItemKind, text: string, extra: Partial<RoomItem>): RoomItem {
		const name = this.name.trim().slice(0, LIMITS.name);
		return { ...extra, kind, text: text.trim(), at: Date.now(), ...(name ? { name } : {}) };
	}

	withdraw(key: string) {
		this.#maps.items.delete(key);
	}

	score(touchpointId: string, score: number) {
		this.#maps.scores.set(scoreKey(touchpointId, this.#phoneId), score);
	}

	/** One dot more (+1) or less (−1) on an opportunity; 'no-dots' when none are left. */
	vote(opportunityId: string, delta: 1 | -1): RefusalReason | null {
		const key = voteKey(opportunityId, this.#phoneId);
		const now = this.#maps.votes.get(key) ?? 0;
		if (delta > 0 && this.view.dotsUsed >= this.view.room.dots) return 'no-dots';
		const next = now + delta;
		if (next <= 0) this.#maps.votes.delete(key);
		else this.#maps.votes.set(key, next);
		return null;
	}

	setName(name: string) {
		this.name = name.slice(0, LIMITS.name);
		this.#save();
	}
}
