import { describe, expect, it } from 'vitest';
import { quadrant, rankOpportunities, suggestTouchpoints } from '$lib/domain/opportunities';
import { opportunity, touchpoint } from './helpers';

describe('quadrant', () => {
	it('splits impact at 4 and effort at 3', () => {
		expect(quadrant({ impact: 4, effort: 3 })).toBe('quickWin');
		expect(quadrant({ impact: 5, effort: 1 })).toBe('quickWin');
		expect(quadrant({ impact: 4, effort: 4 })).toBe('bigBet');
		expect(quadrant({ impact: 5, effort: 5 })).toBe('bigBet');
		expect(quadrant({ impact: 3, effort: 3 })).toBe('fillIn');
		expect(quadrant({ impact: 1, effort: 1 })).toBe('fillIn');
		expect(quadrant({ impact: 3, effort: 4 })).toBe('moneyPit');
		expect(quadrant({ impact: 1, effort: 5 })).toBe('moneyPit');
	});
});

describe('rankOpportunities', () => {
	const titles = (list: { problem: string }[]) => list.map((o) => o.problem);

	it('puts quick wins first, then big bets, fill-ins and money pits', () => {
		const list = [
			opportunity(0, { problem: 'pit', impact: 2, effort: 5 }),
			opportunity(1, { problem: 'fill', impact: 2, effort: 1 }),
			opportunity(2, { problem: 'bet', impact: 5, effort: 5 }),
			opportunity(3, { problem: 'win', impact: 4, effort: 3 })
		];
		expect(titles(rankOpportunities(list))).toEqual(['win', 'bet', 'fill', 'pit']);
	});

	it('within a quadrant, prefers a larger lead of impact over effort', () => {
		const list = [
			opportunity(0, { problem: 'a', impact: 4, effort: 3, votes: 9 }),
			opportunity(1, { problem: 'b', impact: 5, effort: 1 }),
			opportunity(2, { problem: 'c', impact: 5, effort: 3 })
		];
		expect(titles(rankOpportunities(list))).toEqual(['b', 'c', 'a']);
	});

	it('breaks ties by votes, then by the order the room wrote them', () => {
		const list = [
			opportunity(0, { problem: 'first', impact: 4, effort: 2, votes: 1 }),
			opportunity(1, { problem: 'second', impact: 5, effort: 3, votes: 3 }),
			opportunity(2, { problem: 'third', impact: 4, effort: 2, votes: 1 })
		];
		expect(titles(rankOpportunities(list))).toEqual(['second', 'first', 'third']);
		// same input in a different array order: order field, not array position, decides
		expect(titles(rankOpportunities([...list].reverse()))).toEqual(['second', 'first', 'third']);
	});

	it('does not change the list it is given', () => {
		const list = [
			opportunity(0, { problem: 'low', impact: 1, effort: 5 }),
			opportunity(1, { problem: 'high', impact: 5, effort: 1 })
		];
		const ranked = rankOpportunities(list);
		expect(titles(list)).toEqual(['low', 'high']);
		expect(titles(ranked)).toEqual(['high', 'low']);
		expect(ranked).not.toBe(list);
	});
});

describe('suggestTouchpoints', () => {
	const titles = (list: { title: string }[]) => list.map((t) => t.title);

	it('proposes gaps first, then the lowest scores, in timeline order within a score', () => {
		const tps = [
			touchpoint(0, { title: 'minus one early', emotion: -1 }),
			touchpoint(1, { title: 'happy', emotion: 2 }),
			touchpoint(2, { title: 'minus two', emotion: -2 }),
			touchpoint(3, { title: 'gap unscored', kind: 'gap', emotion: null }),
			touchpoint(4, { title: 'neutral', emotion: 0 }),
			touchpoint(5, { title: 'minus one late', emotion: -1 }),
			touchpoint(6, { title: 'gap positive', kind: 'gap', emotion: 1 }),
			touchpoint(7, { title: 'unscored', emotion: null })
		];
		expect(titles(suggestTouchpoints(tps, []))).toEqual([
			'gap unscored',
			'gap positive',
			'minus two',
			'minus one early',
			'minus one late'
		]);
	});

	it('leaves out touchpoints an opportunity already addresses', () => {
		const tps = [
			touchpoint(0, { title: 'gap', kind: 'gap', emotion: -2 }),
			touchpoint(1, { title: 'low', emotion: -2 }),
			touchpoint(2, { title: 'other low', emotion: -1 })
		];
		const opp = opportunity(0, { touchpointIds: [tps[0]!.id, tps[2]!.id] });
		expect(titles(suggestTouchpoints(tps, [opp]))).toEqual(['low']);
		expect(suggestTouchpoints(tps, [opp, opportunity(1, { touchpointIds: [tps[1]!.id] })])).toEqual(
			[]
		);
	});

	it('skips rows without a title', () => {
		const tps = [
			touchpoint(0, { title: '  ', kind: 'gap' }),
			touchpoint(1, { title: '', emotion: -2 })
		];
		expect(suggestTouchpoints(tps, [])).toEqual([]);
	});
});
