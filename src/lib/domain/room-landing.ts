// Where the live room's contributions land in the workshop, in plain TypeScript (no Yjs, no
// Dexie): the session's live-room module reads the room's maps into plain values, asks `planLanding`
// what to change, and makes those changes through the session like any edit. It also says what
// the facilitator writes into the room's `room` map (`roomStateOf`), and the figures the screens
// show (a touchpoint's room emotion, an opportunity's dots).
//
// A contribution lands once. The workshop record keeps a ledger (`LiveRoomInfo.landed`): item key
// → the version (`at`) and the text that landed. An item whose version is in the ledger is done,
// whether its row is still there or the facilitator deleted it; an edit from the phone (a newer
// `at`) changes the row only while the row still says what the phone sent — once the facilitator
// has changed it, it is theirs. A withdrawn or hidden item takes its row with it on the same
// terms. Rows get an id made from the item's key, so two tabs landing the same item at once
// write the same row rather than two.
import { isId, splitKey, type ItemKind, type RoomItem, type RoomState } from './room';
import {
	STEP_IDS,
	type Interview,
	type Opportunity,
	type Place,
	type Stakeholder,
	type Touchpoint,
	type WorkshopData
} from './types';

/** Where a row came from: the room's item key, and the name the phone gave, if any. */
export interface RoomOrigin {
	key: string;
	name?: string;
}

export interface LandedEntry {
	/** The item's `at` when it landed or was last followed. */
	at: number;
	/** The text that landed: the row is the facilitator's once it says something else. */
	text: string;
}

/** The room's settings, as the facilitator sets them. */
export interface RoomSettings {
	moderation: 'open' | 'review';
	dots: number;
	results: 'hidden' | 'shown';
}

/** The workshop's room, kept in its record so a reload joins the same room again. */
export interface LiveRoomInfo extends RoomSettings {
	code: string;
	facilitatorToken: string;
	roomToken: string;
	joinUrl: string;
	closed: boolean;
	landed: Record<string, LandedEntry>;
}

/**
 * The room as a workshop file carries it: its code, settings and ledger (so nothing lands twice),
 * but not its keys. The file is handed around, and the facilitator's token would let anyone run
 * a room that is still open. For the laptop that opens the file the room is over; this laptop,
 * restoring its own file, keeps the keys it has (`keepKeys`).
 */
export function roomForFile(info: LiveRoomInfo): LiveRoomInfo {
	return {
		...info,
		facilitatorToken: '',
		roomToken: '',
		joinUrl: info.joinUrl.split('#')[0]!,
		closed: true
	};
}

/** A file's room over this laptop's record of the same room: the keys and state stay local. */
export function keepKeys(
	fromFile: LiveRoomInfo | undefined,
	here: LiveRoomInfo | undefined
): LiveRoomInfo | undefined {
	if (!fromFile || !here || fromFile.code !== here.code || fromFile.facilitatorToken)
		return fromFile;
	const { facilitatorToken, roomToken, joinUrl, closed } = here;
	return { ...fromFile, facilitatorToken, roomToken, joinUrl, closed };
}

/** The room's maps as plain values. */
export interface RoomContent {
	items: Record<string, RoomItem>;
	moderation: Record<string, string>;
}

export type RowList = 'stakeholders' | 'touchpoints' | 'opportunities';

export type LandingOp =
	| { op: 'add'; list: 'stakeholders'; fields: Partial<Stakeholder> }
	| { op: 'add'; list: 'touchpoints'; fields: Partial<Touchpoint> }
	| { op: 'add'; list: 'opportunities'; fields: Partial<Opportunity> }
	| { op: 'add'; list: 'interviews'; fields: Partial<Interview> }
	| { op: 'update'; list: RowList | 'interviews'; id: string; patch: Record<string, unknown> }
	| { op: 'remove'; list: RowList; id: string }
	| { op: 'statements'; statements: string[] };

export interface Landing {
	ops: LandingOp[];
	landed: Record<string, LandedEntry>;
	/** Whether the ledger changed. */
	changed: boolean;
}

/** The row id of an item's row: the same in every tab. */
export const rowIdOf = (key: string) => `r-${key.replace('|', '-')}`;
/** The one interview that holds the room's quotes, per room. */
export const quotesInterviewId = (code: string) => `room-quotes-${code}`;

const ROW_LIST: Partial<Record<ItemKind, RowList>> = {
	stakeholder: 'stakeholders',
	touchpoint: 'touchpoints',
	idea: 'opportunities'
};

/** The room's item keys behind the workshop's rows: what the facilitator would be deleting. */
export function roomRowKeys(data: WorkshopData): Set<string> {
	const keys = new Set<string>();
	for (const list of Object.values(ROW_LIST))
		for (const row of data[list] as { fromRoom?: RoomOrigin }[])
			if (row.fromRoom) keys.add(row.fromRoom.key);
	return keys;
}

/** Items whose row was here (`before`) and is gone now, while the item is still on the wall: the
 *  facilitator deleted the row, so the room hides the item too (a withdrawal or a hide took its
 *  row the other way and needs nothing). */
export function deletedFromWall(
	before: ReadonlySet<string>,
	now: ReadonlySet<string>,
	content: RoomContent
): string[] {
	return [...before].filter(
		(key) => !now.has(key) && key in content.items && content.moderation[key] !== 'hidden'
	);
}

/** Whether an item goes onto the wall: never when hidden; in review only once approved (an item
 *  on the wall before review was switched on stays). */
export function isLandable(
	key: string,
	content: RoomContent,
	settings: RoomSettings,
	landed: Record<string, LandedEntry>
): boolean {
	const mark = content.moderation[key];
	if (mark === 'hidden') return false;
	return settings.moderation === 'open' || mark === 'approved' || key in landed;
}

/** Items waiting for the facilitator's approval, oldest first. */
export function waitingItems(
	content: RoomContent,
	settings: RoomSettings,
	landed: Record<string, LandedEntry>
): { key: string; item: RoomItem }[] {
	return Object.entries(content.items)
		.filter(
			([key]) => !isLandable(key, content, settings, landed) && content.moderation[key] !== 'hidden'
		)
		.map(([key, item]) => ({ key, item }))
		.sort((a, b) => a.item.at - b.item.at);
}

const lines = (text: string) => (text === '' ? [] : text.split('\n'));

/** What to change in the workshop so it holds what the room has on its wall. `labels.quotes`
 *  names the interview the room's quotes go into. */
export function planLanding(
	data: WorkshopData,
	content: RoomContent,
	info: LiveRoomInfo,
	labels: { quotes: string }
): Landing {
	const ops: LandingOp[] = [];
	const landed = { ...info.landed };
	let changed = false;
	let statements = [...data.workshop.experience.statements];
	let statementsChanged = false;
	const quotesId = quotesInterviewId(info.code);
	const quotesRow = data.interviews.find((r) => r.id === quotesId);
	let quotes = quotesRow ? lines(quotesRow.quotes) : null;
	let quotesChanged = false;
	const rowOf = (list: RowList, id: string) =>
		(data[list] as { id: string }[]).find((r) => r.id === id);
	const textOf = (list: RowList, row: object): string =>
		list === 'stakeholders'
			? (row as Stakeholder).name
			: list === 'touchpoints'
				? (row as Touchpoint).title
				: (row as Opportunity).idea;
	const field = (list: RowList) =>
		list === 'stakeholders' ? 'name' : list === 'touchpoints' ? 'title' : 'idea';
	const phaseOf = (item: RoomItem) =>
		data.workshop.plan.phases.some((p) => p.id === item.phaseId)
			? item.phaseId!
			: (data.workshop.plan.phases[0]?.id ?? '');

	const add = (key: string, item: RoomItem) => {
		const origin: RoomOrigin = item.name ? { key, name: item.name } : { key };
		const list = ROW_LIST[item.kind];
		const id = rowIdOf(key);
		if (list) {
			if (rowOf(list, id)) return;
			if (list === 'stakeholders')
				ops.push({ op: 'add', list, fields: { id, name: item.text, fromRoom: origin } });
			else if (list === 'touchpoints')
				ops.push({
					op: 'add',
					list,
					fields: {
						id,
						title: item.text,
						phaseId: phaseOf(item),
						kind: item.gap ? 'gap' : 'touchpoint',
						fromRoom: origin
					}
				});
			else ops.push({ op: 'add', list, fields: { id, idea: item.text, fromRoom: origin } });
		} else if (item.kind === 'experience') {
			if (!statements.includes(item.text)) {
				statements = [...statements, item.text];
				statementsChanged = true;
			}
		} else {
			quotes ??= [];
			if (!quotes.includes(item.text)) {
				quotes = [...quotes, item.text];
				quotesChanged = true;
			}
		}
	};

	/** Replaces (or with `next` undefined, removes) what landed, if it still says `was`. */
	const follow = (key: string, kind: ItemKind, was: string, next: RoomItem | undefined) => {
		const list = ROW_LIST[kind];
		if (list) {
			const id = rowIdOf(key);
			const row = rowOf(list, id);
			if (!row || textOf(list, row) !== was) return false;
			if (!next) ops.push({ op: 'remove', list, id });
			else {
				const patch: Record<string, unknown> = { [field(list)]: next.text };
				if (list === 'touchpoints') {
					patch.kind = next.gap ? 'gap' : 'touchpoint';
					if (next.phaseId && next.phaseId !== (row as Touchpoint).phaseId)
						patch.phaseId = phaseOf(next);
				}
				ops.push({ op: 'update', list, id, patch });
			}
			return true;
		}
		const swap = (all: string[]) => {
			const at = all.indexOf(was);
			if (at < 0) return null;
			return next ? all.map((s, i) => (i === at ? next.text : s)) : all.filter((_, i) => i !== at);
		};
		if (kind === 'experience') {
			const swapped = swap(statements);
			if (!swapped) return false;
			statements = swapped;
			statementsChanged = true;
		} else {
			const swapped = quotes && swap(quotes);
			if (!swapped) return false;
			quotes = swapped;
			quotesChanged = true;
		}
		return true;
	};

	for (const [key, item] of Object.entries(content.items)) {
		if (!isLandable(key, content, info, info.landed)) continue;
		const entry = landed[key];
		if (!entry) {
			add(key, item);
			landed[key] = { at: item.at, text: item.text };
			changed = true;
		} else if (entry.at !== item.at) {
			const followed = entry.text !== item.text ? follow(key, item.kind, entry.text, item) : true;
			landed[key] = { at: item.at, text: followed ? item.text : entry.text };
			changed = true;
		}
	}
	for (const [key, entry] of Object.entries(info.landed)) {
		const item = content.items[key];
		if (item && isLandable(key, content, info, info.landed)) continue;
		// Withdrawn or hidden: the row goes, unless the facilitator has made it theirs.
		const kind = item?.kind ?? kindOfLanded(data, key, entry, info.code);
		if (kind) follow(key, kind, entry.text, undefined);
		delete landed[key];
		changed = true;
	}

	if (statementsChanged) ops.push({ op: 'statements', statements });
	if (quotesChanged && quotes) {
		const text = quotes.join('\n');
		if (quotesRow)
			ops.push({ op: 'update', list: 'interviews', id: quotesId, patch: { quotes: text } });
		else
			ops.push({
				op: 'add',
				list: 'interviews',
				fields: { id: quotesId, label: labels.quotes, quotes: text }
			});
	}
	return { ops, landed, changed };
}

/** The kind of a withdrawn item, from where its text landed (the item itself is gone). */
function kindOfLanded(
	data: WorkshopData,
	key: string,
	entry: LandedEntry,
	code: string
): ItemKind | null {
	const id = rowIdOf(key);
	if (data.stakeholders.some((r) => r.id === id)) return 'stakeholder';
	if (data.touchpoints.some((r) => r.id === id)) return 'touchpoint';
	if (data.opportunities.some((r) => r.id === id)) return 'idea';
	if (data.workshop.experience.statements.includes(entry.text)) return 'experience';
	const quotes = data.interviews.find((r) => r.id === quotesInterviewId(code));
	if (quotes && lines(quotes.quotes).includes(entry.text)) return 'quote';
	return null;
}

/** Each phone's score per touchpoint (`touchpointId|phoneId` → 1–5), grouped by touchpoint. */
export function scoresByTouchpoint(
	scores: Record<string, number>
): Record<string, Record<string, number>> {
	return perFirst(scores, (n) => Number.isInteger(n) && n >= 1 && n <= 5);
}

/** Each phone's dots per opportunity, grouped by opportunity. */
export function votesByOpportunity(
	votes: Record<string, number>
): Record<string, Record<string, number>> {
	return perFirst(votes, (n) => Number.isInteger(n) && n > 0);
}

function perFirst(entries: Record<string, number>, ok: (n: number) => boolean) {
	const out: Record<string, Record<string, number>> = {};
	for (const [key, value] of Object.entries(entries)) {
		const parts = splitKey(key);
		if (!parts || typeof value !== 'number' || !ok(value)) continue;
		(out[parts[0]] ??= {})[parts[1]] = value;
	}
	return out;
}

/** Whether two phone → number maps say the same (absent and empty are the same). */
export function sameCounts(
	a: Record<string, number> | undefined,
	b: Record<string, number> | undefined
) {
	const ka = Object.keys(a ?? {});
	if (ka.length !== Object.keys(b ?? {}).length) return false;
	return ka.every((k) => b?.[k] === a?.[k]);
}

/** The room's emotion at a touchpoint, on the app's −2…+2 scale (the phones' faces are 1–5). */
export interface RoomEmotion {
	count: number;
	mean: number;
	/** The standard deviation: how far the room disagrees. */
	spread: number;
}

export function roomEmotion(scores: Record<string, number> | undefined): RoomEmotion | null {
	const values = Object.values(scores ?? {}).map((n) => n - 3);
	if (values.length === 0) return null;
	const mean = values.reduce((s, n) => s + n, 0) / values.length;
	const spread = Math.sqrt(values.reduce((s, n) => s + (n - mean) ** 2, 0) / values.length);
	return { count: values.length, mean, spread };
}

/** The room's dots on an opportunity. */
export const roomDots = (votes: Record<string, number> | undefined) =>
	Object.values(votes ?? {}).reduce((s, n) => s + n, 0);

/** The step number (1–10) the phones follow; the report counts as the last step. */
export const roomStepOf = (place: Place) => (place === 'report' ? 10 : STEP_IDS.indexOf(place) + 1);

const phaseIndex = (data: WorkshopData, t: Touchpoint) => {
	const i = data.workshop.plan.phases.findIndex((p) => p.id === t.phaseId);
	return i < 0 ? Infinity : i;
};

/** What the facilitator writes into the room's `room` map. */
export function roomStateOf(data: WorkshopData, place: Place, info: LiveRoomInfo): RoomState {
	return {
		step: roomStepOf(place),
		phases: data.workshop.plan.phases
			.filter((p) => isId(p.id))
			.map((p) => ({ id: p.id, name: p.name })),
		// In the timeline's order: phase by phase, each phase's cards in their order.
		touchpoints: [...data.touchpoints]
			.sort((a, b) => phaseIndex(data, a) - phaseIndex(data, b) || a.order - b.order)
			.filter((t) => isId(t.id) && t.title.trim() !== '')
			.map((t) => ({ id: t.id, name: t.title, phaseId: t.phaseId })),
		opportunities: data.opportunities
			.filter((o) => isId(o.id) && (o.idea || o.problem).trim() !== '')
			.map((o) => ({ id: o.id, text: o.idea || o.problem })),
		moderation: info.moderation,
		dots: info.dots,
		results: info.results,
		closed: info.closed
	};
}
