// Step 9: what the room should turn into opportunities, where each opportunity lands on the
// impact/effort grid, and the order they are worked on (quick wins first).
import { isLow } from './emotion';
import { frequentPainPoints } from './interviews';
import { timeline } from './timeline';
import type { EmotionScore, Opportunity, Touchpoint, WorkshopData } from './types';

export type Quadrant = 'quickWin' | 'bigBet' | 'fillIn' | 'moneyPit';

/** The quadrants in priority order: the order of the ranking and of the grid's reading. */
export const QUADRANTS: readonly Quadrant[] = ['quickWin', 'bigBet', 'fillIn', 'moneyPit'];

/**
 * Where an opportunity lands on the 2×2. The middle of both 1–5 scales, 3, counts as LOW on both
 * axes: impact has to be clearly high (4–5) to promise a win, while an effort of 3 is still
 * something a team can take on without a project. So 4/3 is a quick win and 3/3 a fill-in.
 */
export function quadrant(o: Pick<Opportunity, 'impact' | 'effort'>): Quadrant {
	const highImpact = o.impact >= 4;
	const lowEffort = o.effort <= 3;
	if (highImpact) return lowEffort ? 'quickWin' : 'bigBet';
	return lowEffort ? 'fillIn' : 'moneyPit';
}

const QUADRANT_ORDER: Record<Quadrant, number> = { quickWin: 0, bigBet: 1, fillIn: 2, moneyPit: 3 };

/**
 * Priority: quick wins, then big bets, fill-ins and money pits. The quadrant already weighs impact
 * against effort, so inside one the room's votes decide; on equal votes the larger lead of impact
 * over effort goes first, then the one added first (`order`, not the array position).
 */
export function rankOpportunities<T extends Opportunity>(list: readonly T[]): T[] {
	return [...list].sort(
		(a, b) =>
			QUADRANT_ORDER[quadrant(a)] - QUADRANT_ORDER[quadrant(b)] ||
			b.votes - a.votes ||
			b.impact - b.effort - (a.impact - a.effort) ||
			a.order - b.order
	);
}

/** Every quadrant with its opportunities, each in ranking order; empty quadrants included. */
export function byQuadrant<T extends Opportunity>(list: readonly T[]): Record<Quadrant, T[]> {
	const groups: Record<Quadrant, T[]> = { quickWin: [], bigBet: [], fillIn: [], moneyPit: [] };
	for (const o of rankOpportunities(list)) groups[quadrant(o)].push(o);
	return groups;
}

export type SortMode = 'added' | 'votes' | 'priority';

/** The list in one of the room's orders: as added, most votes first (ties as added), or ranked. */
export function sortOpportunities<T extends Opportunity>(list: readonly T[], mode: SortMode): T[] {
	if (mode === 'priority') return rankOpportunities(list);
	const added = [...list].sort((a, b) => a.order - b.order);
	return mode === 'votes' ? added.sort((a, b) => b.votes - a.votes) : added;
}

/** What the room is offered to work on, and why. */
export type Suggestion =
	/** A touchpoint (or a gap) the room scored −1 or −2. */
	| { kind: 'low'; touchpoint: Touchpoint; score: EmotionScore }
	/** A gap, not scored low (or not scored at all): nobody talks to the customer here. */
	| { kind: 'gap'; touchpoint: Touchpoint }
	/** A pain point heard in `count` interviews, as it was first written. */
	| { kind: 'painPoint'; text: string; count: number };

/** Pain points are the same when they differ only in case or spacing (as in step 5's summary). */
export function painPointKey(text: string): string {
	return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export type SuggestionSource = Pick<
	WorkshopData,
	'touchpoints' | 'opportunities' | 'interviews'
> & {
	workshop: { plan: Pick<WorkshopData['workshop']['plan'], 'phases'> };
};

/** A suggestion as step 9 lists it: open, or done, with the opportunity that answers it. */
export interface SuggestionItem {
	suggestion: Suggestion;
	/** `suggestionKey(suggestion)`. */
	key: string;
	/** The opportunity made from it, or else one that answers it by hand; null while open. */
	takenBy: Opportunity | null;
}

/**
 * Every low, gap and pain point, most urgent first: the low touchpoints (−2 before −1, each in
 * timeline order), then the other gaps in timeline order, then the interviews' pain points (most
 * often heard first). Each is done once an opportunity was made from it (`fromSuggestion`, which
 * stays true when the room later edits the opportunity, so it is never offered twice), or once an
 * opportunity answers it by hand: a touchpoint in its `touchpointIds`, a pain point as its
 * `painPoint` (case and spacing aside). Done ones keep their place, so the list never shifts
 * under the facilitator's finger. Touchpoints without a title are left out: nothing to show.
 */
export function suggestionList(data: SuggestionSource): SuggestionItem[] {
	const byOrder = [...data.opportunities].sort((a, b) => a.order - b.order);
	const titled = timeline(data.workshop.plan.phases, data.touchpoints).filter((tp) =>
		tp.title.trim()
	);
	const lows: Suggestion[] = titled
		.filter((tp) => isLow(tp.emotion))
		// sort is stable: within a score the timeline order stays
		.sort((a, b) => a.emotion! - b.emotion!)
		.map((tp) => ({ kind: 'low', touchpoint: tp, score: tp.emotion! }));
	const gaps: Suggestion[] = titled
		.filter((tp) => tp.kind === 'gap' && !isLow(tp.emotion))
		.map((tp) => ({ kind: 'gap', touchpoint: tp }));
	const pains: Suggestion[] = frequentPainPoints(data.interviews, Infinity).map((p) => ({
		kind: 'painPoint',
		text: p.text,
		count: p.count
	}));
	const answers = (o: Opportunity, s: Suggestion) =>
		s.kind === 'painPoint'
			? painPointKey(o.painPoint) === painPointKey(s.text)
			: o.touchpointIds.includes(s.touchpoint.id);
	return [...lows, ...gaps, ...pains].map((suggestion) => {
		const key = suggestionKey(suggestion);
		const takenBy =
			byOrder.find((o) => o.fromSuggestion === key) ??
			byOrder.find((o) => answers(o, suggestion)) ??
			null;
		return { suggestion, key, takenBy };
	});
}

/** What no opportunity answers yet, most urgent first (see `suggestionList`). */
export function suggestions(data: SuggestionSource): Suggestion[] {
	return suggestionList(data).flatMap((i) => (i.takenBy ? [] : [i.suggestion]));
}

/** The fields of the opportunity a suggestion becomes. */
export function fromSuggestion(s: Suggestion): Partial<Opportunity> {
	const fromSuggestion = suggestionKey(s);
	if (s.kind === 'painPoint') return { painPoint: s.text, problem: s.text, fromSuggestion };
	const tp = s.touchpoint;
	return {
		touchpointIds: [tp.id],
		problem: tp.emotionReason.trim() || tp.title.trim(),
		fromSuggestion
	};
}

/** A stable key for a suggestion (a touchpoint id, or the pain point's text). */
export function suggestionKey(s: Suggestion): string {
	return s.kind === 'painPoint' ? `pain:${painPointKey(s.text)}` : `tp:${s.touchpoint.id}`;
}
