// The live room's rules, in plain TypeScript: the shape of the room's shared document, what a
// phone may write in it, and the limits that keep one phone from flooding the wall. The server
// enforces them on every message a phone sends (server/rights.ts); the phone page checks the same
// rules before it sends, so a phone that plays fair never meets a refusal. Nothing here knows Yjs:
// the document's shared maps are read and written elsewhere, as keys and plain JSON values.
//
// The document (one per room, named by the room's code) holds five flat maps, created once:
// - `room`: written by the facilitator only — the current step and what phones need for it.
// - `items`: `phoneId|itemId` → a contribution, written by that phone (the facilitator may
//   write or delete any).
// - `scores`: `touchpointId|phoneId` → 1–5, the phone's emotion for a touchpoint.
// - `votes`: `opportunityId|phoneId` → dots the phone put on an opportunity.
// - `moderation`: item key → approved | hidden, facilitator only.
// Keys are flat on purpose: two clients creating the same nested map at once lose one side.

export const ROOM_MAPS = ['room', 'items', 'scores', 'votes', 'moderation'] as const;
export type RoomMapName = (typeof ROOM_MAPS)[number];

/** Room codes: 6 letters and digits a person can read off a projector without confusing any
 *  two (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 6;

export function isRoomCode(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		value.length === CODE_LENGTH &&
		[...value].every((c) => CODE_ALPHABET.includes(c))
	);
}

/** A room has two documents: its own (the code), which phones join, and the workshop shared
 *  between facilitators' laptops (code + ".workshop"), which only facilitator keys open. */
const SHARED = '.workshop';
export const sharedDocName = (code: string) => code + SHARED;

/** The room a document belongs to, and whether it is the facilitators' shared workshop; null
 *  for a name that is neither. */
export function roomOfDocument(name: string): { code: string; shared: boolean } | null {
	const shared = name.endsWith(SHARED);
	const code = shared ? name.slice(0, -SHARED.length) : name;
	return isRoomCode(code) ? { code, shared } : null;
}

/** A phone's own id, an item's id: short, plain, safe in a key split by `|`. */
const ID = /^[A-Za-z0-9_-]{1,40}$/;
export const isId = (value: unknown): value is string =>
	typeof value === 'string' && ID.test(value);

export const ITEM_KINDS = ['stakeholder', 'experience', 'quote', 'touchpoint', 'idea'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What a phone sends: plain JSON, never a nested shared type. */
export interface RoomItem {
	kind: ItemKind;
	text: string;
	phaseId?: string;
	gap?: boolean;
	name?: string;
	/** When it was written or last edited (ms since 1970), for ordering on the wall. */
	at: number;
}

export interface RoomPhase {
	id: string;
	name: string;
}
export interface RoomTouchpoint {
	id: string;
	name: string;
	phaseId?: string;
}
export interface RoomOpportunity {
	id: string;
	text: string;
}

/** What the facilitator writes in the `room` map, key by key. */
export interface RoomState {
	step: number;
	phases: RoomPhase[];
	touchpoints: RoomTouchpoint[];
	opportunities: RoomOpportunity[];
	/** open: contributions go straight onto the wall; review: the facilitator approves first. */
	moderation: 'open' | 'review';
	dots: number;
	results: 'hidden' | 'shown';
	closed: boolean;
}

export const DEFAULT_ROOM: RoomState = {
	step: 1,
	phases: [],
	touchpoints: [],
	opportunities: [],
	moderation: 'open',
	dots: 3,
	results: 'hidden',
	closed: false
};

export const LIMITS = {
	/** Characters in a contribution's text. */
	text: 280,
	/** Characters in a name. */
	name: 40,
	/** New contributions a phone may add in a minute. */
	itemsPerMinute: 20,
	/** Contributions a phone may hold in a room. */
	itemsPerPhone: 200,
	/** The most dots a facilitator can hand out. */
	dots: 20,
	/** Bytes of one message from a phone. */
	messageBytes: 256 * 1024,
	/** Bytes of one message from a facilitator's laptop: the whole workshop may travel in one
	 *  (a co-facilitator's first sync of a 300-touchpoint map is about half a megabyte). */
	facilitatorMessageBytes: 8 * 1024 * 1024
} as const;

/** What a phone can be asked for on each step (the step's number, 1–10). */
export const STEP_KIND: Partial<Record<number, ItemKind>> = {
	2: 'stakeholder',
	3: 'experience',
	5: 'quote',
	7: 'touchpoint',
	9: 'idea'
};

/** The room's state as read from its map: anything missing or malformed falls back to the
 *  default, so a half-written room never breaks a phone. */
export function readRoom(get: (key: string) => unknown): RoomState {
	const list = <T>(value: unknown, ok: (v: unknown) => v is T): T[] =>
		Array.isArray(value) ? value.filter(ok) : [];
	const named = (v: unknown): v is { id: string; name: string } =>
		!!v && typeof v === 'object' && isId((v as RoomPhase).id);
	const step = get('step');
	const dots = get('dots');
	return {
		step: typeof step === 'number' && step >= 1 && step <= 10 ? step : DEFAULT_ROOM.step,
		phases: list(get('phases'), named),
		touchpoints: list(get('touchpoints'), named),
		opportunities: list(
			get('opportunities'),
			(v): v is RoomOpportunity => !!v && typeof v === 'object' && isId((v as RoomOpportunity).id)
		),
		moderation: get('moderation') === 'review' ? 'review' : 'open',
		dots:
			typeof dots === 'number' && Number.isInteger(dots) && dots >= 0 && dots <= LIMITS.dots
				? dots
				: DEFAULT_ROOM.dots,
		results: get('results') === 'shown' ? 'shown' : 'hidden',
		closed: get('closed') === true
	};
}

export const itemKey = (phoneId: string, itemId: string) => `${phoneId}|${itemId}`;
export const scoreKey = (touchpointId: string, phoneId: string) => `${touchpointId}|${phoneId}`;
export const voteKey = (opportunityId: string, phoneId: string) => `${opportunityId}|${phoneId}`;

/** The two halves of a flat key, or null when it is not `id|id`. */
export function splitKey(key: string): [string, string] | null {
	const parts = key.split('|');
	return parts.length === 2 && isId(parts[0]) && isId(parts[1]) ? [parts[0], parts[1]] : null;
}

/** Which phone a key belongs to: the first half in items, the second in scores and votes. */
export function ownerOf(map: RoomMapName, key: string): string | null {
	const parts = splitKey(key);
	if (!parts || map === 'room' || map === 'moderation') return null;
	return map === 'items' ? parts[0] : parts[1];
}

/** Why a contribution is not acceptable, or null when it is. */
export function itemProblem(value: unknown, room: RoomState): RefusalReason | null {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return 'malformed';
	const item = value as Record<string, unknown>;
	const allowed = new Set(['kind', 'text', 'phaseId', 'gap', 'name', 'at']);
	if (Object.keys(item).some((k) => !allowed.has(k))) return 'malformed';
	if (!ITEM_KINDS.includes(item.kind as ItemKind)) return 'malformed';
	if (typeof item.text !== 'string' || typeof item.at !== 'number' || !Number.isFinite(item.at))
		return 'malformed';
	if (item.text.trim() === '') return 'empty';
	if (item.text.length > LIMITS.text) return 'too-long';
	if (item.name !== undefined && (typeof item.name !== 'string' || item.name.length > LIMITS.name))
		return 'too-long';
	if (item.gap !== undefined && typeof item.gap !== 'boolean') return 'malformed';
	if (item.phaseId !== undefined) {
		if (item.kind !== 'touchpoint' || !room.phases.some((p) => p.id === item.phaseId))
			return 'malformed';
	}
	return null;
}

export type RefusalReason =
	| 'not-yours'
	| 'facilitator-only'
	| 'malformed'
	| 'empty'
	| 'too-long'
	| 'too-many'
	| 'too-fast'
	| 'no-dots'
	| 'closed';

/** One key of one map, before and after a phone's message. */
export interface KeyChange {
	map: string;
	key: string;
	before: unknown;
	after: unknown;
}

/** What the server knows of the phone and the room when it judges a message. */
export interface PhoneContext {
	phoneId: string;
	room: RoomState;
	/** The phone's dots after the message, over every opportunity. */
	dotsAfter: number;
	/** The phone's dots before the message. */
	dotsBefore: number;
	/** The phone's contributions after the message. */
	itemsAfter: number;
	/** New contributions in the last minute, this message's included. */
	addedLastMinute: number;
}

/** Whether a phone may make one change: null when it may, else why not. The facilitator may
 *  make any change and is never asked. */
export function phoneChangeProblem(change: KeyChange, ctx: PhoneContext): RefusalReason | null {
	const { map, key, after } = change;
	if (!(ROOM_MAPS as readonly string[]).includes(map)) return 'facilitator-only';
	const name = map as RoomMapName;
	if (name === 'room' || name === 'moderation') return 'facilitator-only';
	if (ownerOf(name, key) !== ctx.phoneId) return 'not-yours';
	if (ctx.room.closed) return 'closed';
	// Withdrawing one's own is always allowed.
	if (after === undefined) return null;
	const [first] = splitKey(key)!;
	if (name === 'items') {
		const problem = itemProblem(after, ctx.room);
		if (problem) return problem;
		if (change.before === undefined) {
			if (ctx.itemsAfter > LIMITS.itemsPerPhone) return 'too-many';
			if (ctx.addedLastMinute > LIMITS.itemsPerMinute) return 'too-fast';
		}
		return null;
	}
	if (name === 'scores') {
		if (!ctx.room.touchpoints.some((t) => t.id === first)) return 'malformed';
		return Number.isInteger(after) && (after as number) >= 1 && (after as number) <= 5
			? null
			: 'malformed';
	}
	// votes
	if (!ctx.room.opportunities.some((o) => o.id === first)) return 'malformed';
	if (!Number.isInteger(after) || (after as number) < 1) return 'malformed';
	// Taking dots back is always allowed, even after the facilitator lowered the limit.
	if (ctx.dotsAfter > ctx.room.dots && ctx.dotsAfter > ctx.dotsBefore) return 'no-dots';
	return null;
}

/** Dots a phone has placed, from the votes map's entries. */
export function dotsOf(phoneId: string, votes: Iterable<[string, unknown]>): number {
	let sum = 0;
	for (const [key, value] of votes)
		if (ownerOf('votes', key) === phoneId && typeof value === 'number' && value > 0) sum += value;
	return sum;
}
