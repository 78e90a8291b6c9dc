import { describe, expect, it } from 'vitest';
import {
	byQuadrant,
	fromSuggestion,
	quadrant,
	rankOpportunities,
	sortOpportunities,
	suggestionKey,
	suggestionList,
	suggestions,
	type Suggestion
} from '$lib/domain/opportunities';
import type { WorkshopData } from '$lib/domain/types';
import { blankWorkshop, interview, opportunity, touchpoint } from './helpers';

describe('quadrant', () => {
	it('counts 3 as low on both axes: impact 4–5 is high, effort 4–5 is high', () => {
		expect(quadrant({ impact: 4, effort: 3 })).toBe('quickWin');
		expect(quadrant({ impact: 5, effort: 1 })).toBe('quickWin');
		expect(quadrant({ impact: 4, effort: 4 })).toBe('bigBet');
		expect(quadrant({ impact: 5, effort: 5 })).toBe('bigBet');
		expect(quadrant({ impact: 3, effort: 3 })).toBe('fillIn');
		expect(quadrant({ impact: 1, effort: 1 })).toBe('fillIn');
		expect(quadrant({ impact: 3, effort: 4 })).toBe('moneyPit');
		expect(quadrant({ impact: 1, effort: 5 })).toBe('moneyPit');
	});

	it('puts a new opportunity (impact 3, effort 3) among the fill-ins', () => {
		expect(quadrant(opportunity(0))).toBe('fillIn');
	});
});

const problems = (list: { problem: string }[]) => list.map((o) => o.problem);

describe('rankOpportunities', () => {
	it('puts quick wins first, then big bets, fill-ins and money pits', () => {
		const list = [
			opportunity(0, { problem: 'pit', impact: 2, effort: 5, votes: 9 }),
			opportunity(1, { problem: 'fill', impact: 2, effort: 1, votes: 5 }),
			opportunity(2, { problem: 'bet', impact: 5, effort: 5, votes: 2 }),
			opportunity(3, { problem: 'win', impact: 4, effort: 3 })
		];
		expect(problems(rankOpportunities(list))).toEqual(['win', 'bet', 'fill', 'pit']);
	});

	it('within a quadrant, the room’s votes come before the lead of impact over effort', () => {
		const list = [
			opportunity(0, { problem: 'a', impact: 4, effort: 3, votes: 9 }),
			opportunity(1, { problem: 'b', impact: 5, effort: 1, votes: 2 }),
			opportunity(2, { problem: 'c', impact: 5, effort: 3, votes: 2 })
		];
		expect(problems(rankOpportunities(list))).toEqual(['a', 'b', 'c']);
	});

	it('on equal votes and equal lead, keeps the order the room added them in', () => {
		const list = [
			opportunity(0, { problem: 'first', impact: 4, effort: 2, votes: 1 }),
			opportunity(1, { problem: 'second', impact: 5, effort: 3, votes: 3 }),
			opportunity(2, { problem: 'third', impact: 4, effort: 2, votes: 1 })
		];
		expect(problems(rankOpportunities(list))).toEqual(['second', 'first', 'third']);
		// same input in a different array order: the order field, not the position, decides
		expect(problems(rankOpportunities([...list].reverse()))).toEqual(['second', 'first', 'third']);
	});

	it('does not change the list it is given', () => {
		const list = [
			opportunity(0, { problem: 'low', impact: 1, effort: 5 }),
			opportunity(1, { problem: 'high', impact: 5, effort: 1 })
		];
		const ranked = rankOpportunities(list);
		expect(problems(list)).toEqual(['low', 'high']);
		expect(problems(ranked)).toEqual(['high', 'low']);
		expect(ranked).not.toBe(list);
	});
});

describe('byQuadrant', () => {
	it('groups every opportunity into its quadrant, ranked, with empty quadrants kept', () => {
		const list = [
			opportunity(0, { problem: 'win few votes', impact: 4, effort: 3, votes: 1 }),
			opportunity(1, { problem: 'fill', impact: 3, effort: 3 }),
			opportunity(2, { problem: 'win many votes', impact: 5, effort: 1, votes: 4 })
		];
		const groups = byQuadrant(list);
		expect(problems(groups.quickWin)).toEqual(['win many votes', 'win few votes']);
		expect(problems(groups.fillIn)).toEqual(['fill']);
		expect(groups.bigBet).toEqual([]);
		expect(groups.moneyPit).toEqual([]);
	});
});

describe('sortOpportunities', () => {
	const list = [
		opportunity(2, { problem: 'c', impact: 5, effort: 1, votes: 1 }),
		opportunity(0, { problem: 'a', impact: 1, effort: 5, votes: 3 }),
		opportunity(1, { problem: 'b', impact: 2, effort: 2, votes: 1 })
	];

	it('"as added" follows the order field', () => {
		expect(problems(sortOpportunities(list, 'added'))).toEqual(['a', 'b', 'c']);
	});

	it('"by votes" puts most votes first, ties as added', () => {
		expect(problems(sortOpportunities(list, 'votes'))).toEqual(['a', 'b', 'c']);
		const more = [...list, opportunity(3, { problem: 'd', votes: 2 })];
		expect(problems(sortOpportunities(more, 'votes'))).toEqual(['a', 'd', 'b', 'c']);
	});

	it('"by priority" is the ranking', () => {
		expect(problems(sortOpportunities(list, 'priority'))).toEqual(['c', 'b', 'a']);
	});
});

/** A workshop with these touchpoints (in the first phase unless given) and opportunities. */
function workshop(p: Partial<Pick<WorkshopData, 'touchpoints' | 'opportunities'>>) {
	const d = blankWorkshop();
	const first = d.workshop.plan.phases[0]!.id;
	d.touchpoints = (p.touchpoints ?? []).map((tp) => ({ ...tp, phaseId: tp.phaseId || first }));
	d.opportunities = p.opportunities ?? [];
	return d;
}

const describeAll = (list: Suggestion[]) =>
	list.map((s) =>
		s.kind === 'painPoint'
			? `pain ${s.text} ×${s.count}`
			: s.kind === 'low'
				? `low ${s.score} ${s.touchpoint.title}`
				: `gap ${s.touchpoint.title}`
	);

describe('suggestions', () => {
	it('offers the lows (lowest first, then timeline order), then the gaps, in timeline order', () => {
		const d = blankWorkshop();
		const [before, during, after] = d.workshop.plan.phases.map((p) => p.id);
		d.touchpoints = [
			// `order` alone would put these the other way round: the phases decide first
			touchpoint(0, { title: 'minus one late', emotion: -1, phaseId: after }),
			touchpoint(1, { title: 'happy', emotion: 2, phaseId: before }),
			touchpoint(2, { title: 'minus two', emotion: -2, phaseId: during }),
			touchpoint(3, { title: 'gap unscored', kind: 'gap', emotion: null, phaseId: after }),
			touchpoint(4, { title: 'neutral', emotion: 0, phaseId: before }),
			touchpoint(5, { title: 'minus one early', emotion: -1, phaseId: before }),
			touchpoint(6, { title: 'gap positive', kind: 'gap', emotion: 1, phaseId: before }),
			touchpoint(7, { title: 'gap very low', kind: 'gap', emotion: -2, phaseId: after }),
			touchpoint(8, { title: 'unscored', emotion: null, phaseId: before })
		];
		expect(describeAll(suggestions(d))).toEqual([
			'low -2 minus two',
			'low -2 gap very low',
			'low -1 minus one early',
			'low -1 minus one late',
			'gap gap positive',
			'gap gap unscored'
		]);
	});

	it('adds the interviews’ pain points, most often heard first, grouped across case and spaces', () => {
		const d = workshop({ touchpoints: [touchpoint(0, { title: 'gap', kind: 'gap' })] });
		d.interviews = [
			interview(d, 0, { painPoints: 'Slow delivery\nNo status' }),
			interview(d, 1, { painPoints: 'no  STATUS \nForgot the charger' })
		];
		expect(describeAll(suggestions(d))).toEqual([
			'gap gap',
			'pain No status ×2',
			'pain Slow delivery ×1',
			'pain Forgot the charger ×1'
		]);
	});

	it('drops what an opportunity already answers, and offers it again once that is gone', () => {
		const d = workshop({
			touchpoints: [
				touchpoint(0, { title: 'gap', kind: 'gap', emotion: -2 }),
				touchpoint(1, { title: 'low', emotion: -2 }),
				touchpoint(2, { title: 'other low', emotion: -1 })
			]
		});
		d.interviews = [interview(d, 0, { painPoints: 'No status\nSlow delivery' })];
		const [gap, low, otherLow] = d.touchpoints;
		d.opportunities = [
			opportunity(0, { touchpointIds: [gap!.id, otherLow!.id] }),
			// case and spacing do not matter when matching a pain point
			opportunity(1, { painPoint: '  no   STATUS ' })
		];
		expect(describeAll(suggestions(d))).toEqual(['low -2 low', 'pain Slow delivery ×1']);
		d.opportunities.push(
			opportunity(2, { touchpointIds: [low!.id] }),
			opportunity(3, { painPoint: 'Slow delivery' })
		);
		expect(suggestions(d)).toEqual([]);
		d.opportunities = [];
		expect(suggestions(d)).toHaveLength(5);
	});

	it('a pain point in the problem text alone does not count as answered', () => {
		const d = workshop({});
		d.interviews = [interview(d, 0, { painPoints: 'No status' })];
		d.opportunities = [opportunity(0, { problem: 'No status' })];
		expect(describeAll(suggestions(d))).toEqual(['pain No status ×1']);
	});

	it('lists what is done in its place, with the opportunity made from it, never offered again', () => {
		const d = workshop({
			touchpoints: [
				touchpoint(0, { title: 'low', emotion: -2 }),
				touchpoint(1, { title: 'gap', kind: 'gap' }),
				touchpoint(2, { title: 'other low', emotion: -1 })
			]
		});
		d.interviews = [interview(d, 0, { painPoints: 'No status' })];
		const [low, gap, otherLow] = d.touchpoints;
		const made = opportunity(1, { ...fromSuggestion({ kind: 'gap', touchpoint: gap! }) });
		// By hand, on the same touchpoint as the one made from the suggestion, added first.
		const byHand = opportunity(0, { touchpointIds: [otherLow!.id] });
		d.opportunities = [made, byHand];
		const list = () =>
			suggestionList(d).map((i) => [describeAll([i.suggestion])[0], i.takenBy?.id ?? null]);
		expect(list()).toEqual([
			['low -2 low', null],
			['low -1 other low', byHand.id],
			['gap gap', made.id],
			['pain No status ×1', null]
		]);
		// The room points the opportunity at another touchpoint: the gap stays done, not offered
		// again (a second press would make a twin).
		made.touchpointIds = [low!.id];
		expect(list()).toEqual([
			['low -2 low', made.id],
			['low -1 other low', byHand.id],
			['gap gap', made.id],
			['pain No status ×1', null]
		]);
		expect(describeAll(suggestions(d))).toEqual(['pain No status ×1']);
	});

	it('skips touchpoints without a title', () => {
		const d = workshop({
			touchpoints: [touchpoint(0, { title: '  ', kind: 'gap' }), touchpoint(1, { emotion: -2 })]
		});
		expect(suggestions(d)).toEqual([]);
	});
});

describe('fromSuggestion', () => {
	it('a touchpoint gives its id and its emotion reason (or its title) as the problem', () => {
		const withReason = touchpoint(0, { title: 'Waiting', emotionReason: ' No news for weeks ' });
		expect(fromSuggestion({ kind: 'low', touchpoint: withReason, score: -2 })).toEqual({
			touchpointIds: [withReason.id],
			problem: 'No news for weeks',
			fromSuggestion: `tp:${withReason.id}`
		});
		const gap = touchpoint(1, { title: 'Waiting with no status', kind: 'gap' });
		expect(fromSuggestion({ kind: 'gap', touchpoint: gap })).toEqual({
			touchpointIds: [gap.id],
			problem: 'Waiting with no status',
			fromSuggestion: `tp:${gap.id}`
		});
	});

	it('a pain point gives the pain point and the same problem', () => {
		expect(fromSuggestion({ kind: 'painPoint', text: 'No status', count: 2 })).toEqual({
			painPoint: 'No status',
			problem: 'No status',
			fromSuggestion: 'pain:no status'
		});
	});

	it('keys pain points across case and spacing, touchpoints by id', () => {
		expect(suggestionKey({ kind: 'painPoint', text: 'No  Status', count: 1 })).toBe(
			suggestionKey({ kind: 'painPoint', text: 'no status', count: 3 })
		);
		const tp = touchpoint(0, { title: 'x' });
		expect(suggestionKey({ kind: 'gap', touchpoint: tp })).toBe(`tp:${tp.id}`);
	});
});
