// Ranking of step 9: quick wins first. Priority follows impact against effort, then the room's
// votes, then the order the room wrote them in.
import type { EmotionScore, Opportunity, Touchpoint } from './types';

export type Quadrant = 'quickWin' | 'bigBet' | 'fillIn' | 'moneyPit';

/** On the 1–5 scales, 4 and 5 are high impact, 1–3 is low effort. */
export function quadrant(o: Pick<Opportunity, 'impact' | 'effort'>): Quadrant {
	const highImpact = o.impact >= 4;
	const lowEffort = o.effort <= 3;
	if (highImpact) return lowEffort ? 'quickWin' : 'bigBet';
	return lowEffort ? 'fillIn' : 'moneyPit';
}

const QUADRANT_ORDER: Record<Quadrant, number> = { quickWin: 0, bigBet: 1, fillIn: 2, moneyPit: 3 };

export function rankOpportunities<T extends Opportunity>(list: readonly T[]): T[] {
	return [...list].sort(
		(a, b) =>
			QUADRANT_ORDER[quadrant(a)] - QUADRANT_ORDER[quadrant(b)] ||
			b.impact - b.effort - (a.impact - a.effort) ||
			b.votes - a.votes ||
			a.order - b.order
	);
}

/**
 * What the room should look at first: gaps, then the lowest-scoring touchpoints (≤ −1), that no
 * opportunity addresses yet.
 */
export function suggestTouchpoints(
	touchpoints: readonly Touchpoint[],
	opportunities: readonly Opportunity[]
): Touchpoint[] {
	const covered = new Set(opportunities.flatMap((o) => o.touchpointIds));
	const score = (t: Touchpoint): number => (t.kind === 'gap' ? -3 : (t.emotion ?? 0));
	return touchpoints
		.filter(
			(t) => !covered.has(t.id) && t.title.trim() && (t.kind === 'gap' || lowScore(t.emotion))
		)
		.sort((a, b) => score(a) - score(b) || a.order - b.order);
}

function lowScore(e: EmotionScore | null) {
	return e !== null && e <= -1;
}
