// Revisiting a journey: step 10 says to map it again after the actions and see whether the
// experience moved. `makeRevisit` makes the next workshop on the same journey from the last one
// (what the room mapped is carried over, what it decided and did is not), and `compareVisits` lines
// the visits up: the earlier curves on today's touchpoints, what moved, what is new or gone, the
// earlier actions and the measures then and now.
//
// Rows are keyed by id across every workshop on the device, so nothing carried over keeps its id:
// a carried touchpoint or followed measure names the one it came from in `carriedFrom`, and the
// comparison follows those links back through the chain (a touchpoint carried twice is the same
// touchpoint on all three curves). Pure: no browser, no database.
import { copyWorkshop } from './copy-workshop';
import { isIsoDate, todayIso } from './dates';
import { emptyPreparation } from './factories';
import { newId } from './ids';
import { timeline } from './timeline';
import type {
	ActionStatus,
	EmotionScore,
	RevisitLink,
	Touchpoint,
	WorkshopData,
	WorkshopRecord
} from './types';

/** How far back the comparison looks: the chain of earlier visits stops after this many. */
export const MAX_EARLIER_VISITS = 10;

/** The day a workshop was held: its date, or the day it was last changed when it has none. */
export function visitDate(w: WorkshopRecord): string {
	return isIsoDate(w.date) ? w.date : w.updatedAt.slice(0, 10);
}

export interface RevisitOptions {
	/** Start with the earlier scores (and their reasons), or with every touchpoint unscored. */
	keepScores: boolean;
	ids?: () => string;
	now?: Date;
}

/**
 * The next visit of `earlier`'s journey: scope, desired experience, stakeholders, personas, phases
 * and touchpoints carried over under new ids; interviews, opportunities and actions left behind
 * (they are the earlier visit's; step 10 shows its actions). The review date decided last time
 * becomes the date (today when none was set). Evidence pointed at the earlier interviews, so it
 * stays with them; the followed measures come along with their value now left to be measured.
 */
export function makeRevisit(earlier: WorkshopData, options: RevisitOptions): WorkshopData {
	const { keepScores, ids = newId, now = new Date() } = options;
	const copy = copyWorkshop(earlier, earlier.workshop.journey.name, now, ids);
	const before = earlier.workshop;
	// The live room was the earlier visit's: a new room is opened for this one.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { live, ...record } = copy.workshop;
	const workshop: WorkshopRecord = {
		...record,
		date: isIsoDate(before.improve.reviewDate) ? before.improve.reviewDate : todayIso(now),
		improve: {
			...record.improve,
			measures: record.improve.measures.map((m, i) => ({
				...m,
				current: '',
				carriedFrom: before.improve.measures[i]!.id
			})),
			reviewDate: ''
		},
		preparation: { ...record.preparation, checklist: emptyPreparation().checklist },
		facilitation: { spentMs: {}, notes: {} },
		machine: null,
		revisit: { of: before.id, ofDate: visitDate(before), ofName: before.journey.name }
	};
	return {
		workshop,
		stakeholders: copy.stakeholders.map(({ fromRoom: _, ...s }) => s),
		personas: copy.personas,
		interviews: [],
		touchpoints: copy.touchpoints.map(({ fromRoom: _f, roomScores: _r, ...tp }, i) => ({
			...tp,
			carriedFrom: earlier.touchpoints[i]!.id,
			evidence: [],
			emotion: keepScores ? tp.emotion : null,
			emotionReason: keepScores ? tp.emotionReason : ''
		})),
		opportunities: [],
		actions: []
	};
}

/** An earlier visit's feelings, on today's touchpoints. */
export interface EarlierVisit {
	id: string;
	/** yyyy-mm-dd */
	date: string;
	name: string;
	/** Today's touchpoint id → the score it had at this visit (absent: it was not there yet). */
	scores: Record<string, EmotionScore | null>;
}

export interface MovedTouchpoint {
	id: string;
	title: string;
	before: EmotionScore;
	now: EmotionScore;
	/** now − before: positive went up. */
	change: number;
}

export interface NamedTouchpoint {
	id: string;
	title: string;
}

export interface EarlierAction {
	id: string;
	title: string;
	status: ActionStatus;
	done: boolean;
}

export interface MeasureThenNow {
	id: string;
	name: string;
	/** The value at the earlier visit, or '' (a new measure, or none written then). */
	earlier: string;
	now: string;
	target: string;
}

export interface Comparison {
	/** The earlier visits, oldest first (today's is not among them). */
	visits: EarlierVisit[];
	/** The visit just before this one, or null. */
	previous: EarlierVisit | null;
	/** Touchpoints scored at both visits whose feeling changed, in today's timeline order. */
	moved: MovedTouchpoint[];
	/** Touchpoints mapped today that the previous visit did not have. */
	added: NamedTouchpoint[];
	/** The previous visit's touchpoints that are not on today's map. */
	removed: NamedTouchpoint[];
	/** The previous visit's actions, with whether they were done. */
	actions: EarlierAction[];
	/** Today's followed measures beside their value at the previous visit. */
	measures: MeasureThenNow[];
	/** The earlier workshop this one revisits, when it is not on this device. */
	missing: RevisitLink | null;
}

const titled = (tp: Touchpoint) => tp.title.trim() !== '';

function ordered(data: WorkshopData): Touchpoint[] {
	return timeline(data.workshop.plan.phases, data.touchpoints).filter(titled);
}

/**
 * Lines up a chain of visits of one journey, oldest first, today's last (as `loadChain` reads it).
 * A chain of one is a first visit, or a revisit whose earlier workshop is not here (`missing`).
 */
export function compareVisits(chain: readonly WorkshopData[]): Comparison {
	const today = chain[chain.length - 1]!;
	const now = ordered(today);
	const visits: EarlierVisit[] = [];
	// Today's touchpoint id → the touchpoint it was at the visit being looked at, going back.
	let at = new Map<string, Touchpoint>(now.map((tp) => [tp.id, tp]));
	let previousMatches = new Map<string, Touchpoint>();
	for (let k = chain.length - 2; k >= 0; k--) {
		const visit = chain[k]!;
		const rows = new Map(visit.touchpoints.map((tp) => [tp.id, tp]));
		const next = new Map<string, Touchpoint>();
		for (const [todayId, tp] of at) {
			const then = tp.carriedFrom === undefined ? undefined : rows.get(tp.carriedFrom);
			if (then && titled(then)) next.set(todayId, then);
		}
		at = next;
		if (k === chain.length - 2) previousMatches = next;
		visits.unshift({
			id: visit.workshop.id,
			date: visitDate(visit.workshop),
			name: visit.workshop.journey.name,
			scores: Object.fromEntries([...next].map(([id, tp]) => [id, tp.emotion]))
		});
	}
	const previousData = chain.length > 1 ? chain[chain.length - 2]! : null;
	const previous = visits.at(-1) ?? null;
	const carried = new Set([...previousMatches.values()].map((tp) => tp.id));
	const moved: MovedTouchpoint[] = [];
	for (const tp of now) {
		const before = previousMatches.get(tp.id)?.emotion ?? null;
		if (before === null || tp.emotion === null || before === tp.emotion) continue;
		moved.push({
			id: tp.id,
			title: tp.title,
			before,
			now: tp.emotion,
			change: tp.emotion - before
		});
	}
	const earlierMeasures = new Map(
		(previousData?.workshop.improve.measures ?? []).map((m) => [m.id, m])
	);
	const link = today.workshop.revisit;
	return {
		visits,
		previous,
		moved,
		added: previousData
			? now.filter((tp) => !previousMatches.has(tp.id)).map(({ id, title }) => ({ id, title }))
			: [],
		removed: previousData
			? ordered(previousData)
					.filter((tp) => !carried.has(tp.id))
					.map(({ id, title }) => ({ id, title }))
			: [],
		actions: (previousData?.actions ?? [])
			.filter((a) => a.title.trim())
			.sort((a, b) => a.order - b.order)
			.map((a) => ({ id: a.id, title: a.title, status: a.status, done: a.status === 'done' })),
		measures: previousData
			? today.workshop.improve.measures
					.filter((m) => m.name.trim())
					.map((m) => ({
						id: m.id,
						name: m.name,
						earlier: (m.carriedFrom && earlierMeasures.get(m.carriedFrom)?.current) || '',
						now: m.current,
						target: m.target
					}))
			: [],
		missing: link && !previousData ? link : null
	};
}

/** "↑ +2" / "↓ −1": how a score moved, with a real minus sign. */
export function movedMark(change: number): string {
	return change > 0 ? `↑ +${change}` : `↓ \u2212${-change}`;
}
